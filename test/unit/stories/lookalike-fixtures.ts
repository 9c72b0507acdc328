/**
 * Invented look-alike events (no real reporting): two drink-driving arrests of two footballers of one club, told
 * in nearly the same words. Only the player, the day and the figures tell them apart, as in real news when the
 * same kind of thing happens twice in one place.
 */
import type { Article } from '../../../lambdas/pipeline/model.js';

const art = (id: string, title: string, text: string): Article => ({ id, source: id.split('/')[0] as string, format: 'txt', title, text });

/** Arrest 1: defender Tomas Brell, Saturday, March 2021, blood alcohol 0.14. */
export const ARREST_BRELL: Article[] = [
  art('ledger/brell.txt', 'Harwick Rovers defender arrested on suspicion of drunk driving',
    'Harwick Rovers defender Tomas Brell was arrested early on Saturday on suspicion of drunk driving, police said.\n' +
    'Officers stopped his car on the ring road after midnight and a breath test showed a blood alcohol level of 0.14, police said.\n' +
    'The club said it was aware of the arrest of the player and would deal with the matter internally.\n' +
    'Brell was released on bail on Saturday and is due in court in March 2021.'),
  art('courier/rovers-arrest.txt', 'Rovers player held for drink driving',
    'A Harwick Rovers player was arrested on suspicion of drunk driving on Saturday, police confirmed.\n' +
    'Defender Tomas Brell was stopped by officers on the ring road and failed a breath test with a blood alcohol level of 0.14.\n' +
    'The club said it was aware of the arrest and would deal with the matter internally.\n' +
    'He was released on bail and will appear in court in March 2021.'),
  art('wire/brell-bail.txt', 'Brell bailed after drink-driving arrest',
    'Harwick Rovers said on Saturday that defender Tomas Brell had been arrested on suspicion of drunk driving.\n' +
    'Police said a breath test after the stop on the ring road showed 0.14, above the legal limit.\n' +
    'Brell was released on bail and the club would deal with the matter internally, a spokesman said.'),
];

/** Arrest 2: striker Jonas Kerrigan, Tuesday, June 2023, blood alcohol 0.11, a crash at a roundabout. */
export const ARREST_KERRIGAN: Article[] = [
  art('ledger/kerrigan.txt', 'Rovers striker Kerrigan arrested after crash',
    'Harwick Rovers striker Jonas Kerrigan was arrested on Tuesday evening on suspicion of drunk driving after his car hit a roundabout sign.\n' +
    'Nobody was hurt in the crash. A breath test at the scene gave a reading of 0.11, officers said.\n' +
    'Manager Ellis Varga said the club was disappointed and that Kerrigan would miss the cup tie.\n' +
    'The club said it was aware of the arrest of the player. Kerrigan will appear before magistrates in June 2023.'),
  art('courier/kerrigan-arrest.txt', 'Kerrigan held over roundabout crash',
    'Police arrested Jonas Kerrigan on Tuesday after the Harwick Rovers forward crashed into a roundabout sign and failed a breath test.\n' +
    'The reading was 0.11, above the limit. Nobody was injured.\n' +
    'Ellis Varga, the Rovers manager, said he was disappointed and dropped Kerrigan from the cup squad.\n' +
    'The club said it would deal with the matter internally. He is due before magistrates in June 2023.'),
  art('wire/kerrigan-bail.txt', 'Rovers forward Kerrigan faces drink-driving charge',
    'Harwick Rovers forward Jonas Kerrigan faces a drink-driving charge after a crash into a roundabout sign on Tuesday, police said.\n' +
    'A roadside breath test read 0.11. Manager Ellis Varga said Kerrigan would not play in the cup tie.\n' +
    'The club said it was aware of the arrest. The striker is due before magistrates in June 2023.'),
];

/**
 * A follow-up of arrest 1 published two days later: it names the arrest day and its own day, and the year. One
 * event across days must stay together.
 */
export const BRELL_FOLLOW_UP: Article = art('post/brell-charged.txt', 'Rovers defender Brell charged with drunk driving',
  'Harwick Rovers defender Tomas Brell was charged with drunk driving on Monday, two days after his arrest on Saturday.\n' +
  'Police said the breath test on the ring road had shown a blood alcohol level of 0.14.\n' +
  'The club said it would deal with the matter internally. Brell is due in court in March 2021.');
