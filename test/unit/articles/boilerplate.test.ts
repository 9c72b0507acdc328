import { describe, expect, it } from 'vitest';
import { cleanArticleText } from '../../../lambdas/pipeline/articles/clean.js';

const LEAD =
  'The city council approved a new budget on Wednesday after a debate that lasted more than six hours.';
const CLOSE = 'The budget takes effect on the first day of July, the finance office said.';

/** Cleans LEAD + line + CLOSE and says which rule removed the line (null: kept). */
function ruleFor(line: string, where: 'top' | 'body' = 'body'): string | null {
  const text = where === 'top' ? `${line}\n${LEAD}\n${CLOSE}` : `${LEAD}\n${line}\n${CLOSE}`;
  const result = cleanArticleText(text, { detectHeadline: false });
  const removed = result.removed.find((r) => r.line === line);
  if (removed === undefined) expect(result.paragraphs).toContain(line);
  return removed?.rule ?? null;
}

describe('boilerplate rules remove page furniture', () => {
  it.each([
    ['weather', '58.1 F', 'top'],
    ['weather', '14°C Light rain', 'top'],
    ['weather', 'Harbin 31°C sunny · Kestrel Bay 26°C fair · Orm 34°C hot', 'top'],
    ['date-line', 'Monday, February 10, 2025', 'top'],
    ['date-line', 'Updated 14:05 GMT, 10 Feb 2025', 'top'],
    ['date-line', 'Published 3 hours ago', 'body'],
    ['place-line', 'Tamsworth', 'top'],
    ['place-line', 'Rivera Norte, Costa Verde', 'top'],
    ['site-notice', 'Skip to main content', 'top'],
    ['site-notice', 'We use cookies to improve your experience. Accept all cookies', 'top'],
    ['site-notice', 'This site uses cookies. Manage your preferences', 'body'],
    ['advertisement', '- Advertisement -', 'body'],
    ['advertisement', 'Story continues below advertisement', 'body'],
    ['address-label', 'Mailing address:', 'body'],
    ['street-address', '221 Kestrel Road, Suite 4', 'body'],
    ['city-postcode', 'Fairbanks Hill, WA 98011', 'body'],
    ['byline', 'BY LENA MARSH [l.marsh@courier.example]', 'body'],
    ['byline', 'By Lena Marsh and Otto Kray, Staff Writers', 'top'],
    ['contact-email', 'Tips: newsdesk@courier.example', 'body'],
    ['credit-line', 'Otto Kray contributed to this report.', 'body'],
    ['credit-line', 'Some information came from local radio and wire services.', 'body'],
    ['credit-line', 'Reporting by Lena Marsh; Editing by Otto Kray', 'body'],
    ['photo-caption', 'Council members vote on the budget at city hall on Wednesday. [COURIER WIRE]', 'body'],
    ['photo-caption', 'The finance director addresses the council. (Photo: Lena Marsh/Courier)', 'body'],
    ['photo-caption', 'FILE PHOTO: City hall seen from the river', 'body'],
    ['photo-caption', 'Image caption, The treasurer presents the figures', 'body'],
    ['language-picker', 'en_USEnglish', 'body'],
    ['language-picker', 'English Español Français', 'body'],
    ['ui-chrome', 'Forum', 'body'],
    ['ui-chrome', '37 Comments', 'body'],
    ['ui-chrome', 'Share this article', 'body'],
    ['ui-chrome', 'Read more', 'body'],
    ['link-teaser', 'Read more: Council delays vote on parking fees', 'body'],
    ['link-teaser', 'RELATED | Mayor names new finance director', 'body'],
    ['copyright', '© 2025 Courier Media Group. All rights reserved.', 'body'],
    ['credit-line', '(Reporting by Lena Marsh; Editing by Otto Kray)', 'body'],
    // One per credit pattern: lines are only split into sentences when a credit word occurs in them.
    ['credit-line', 'Otto Kray contributing reporting to this story.', 'body'],
    ['credit-line', 'Material in this report was taken from the council minutes.', 'body'],
    ['credit-line', 'Content for this article came from the finance office.', 'body'],
    ['credit-line', 'Information from Courier Wire and local radio was used in this report.', 'body'],
    ['credit-line', 'Additional writing by Lena Marsh.', 'body'],
    ['credit-line', 'Compiled by the Courier news desk.', 'body'],
    ['credit-line', 'Translated by Otto Kray.', 'body'],
    ['credit-line', 'Edited by Lena Marsh.', 'body'],
    ['credit-line', '[This article first appeared in the Courier.]', 'body'],
    ['photo-caption', 'The mayor outside city hall on Wednesday. Photo by Lena Marsh/Courier', 'body'],
    ['link-teaser', 'Click here to subscribe to our morning briefing.', 'body'],
    ['tag-list', 'Tags: Budget, City Hall, Elections, Finance, Council, Transport, Parks, Libraries, Schools, Housing, Police', 'body'],
    ['breadcrumb', 'News > Local > City Hall > Budget 2025', 'top'],
    ['date-line', 'Feb 10, 2025 / 9:15 AM / Updated 2 hours ago', 'top'],
    ['section-label', 'Opposition Warns of Cuts', 'body'],
    ['section-label', 'What comes next', 'body'],
  ] as const)('%s: %s', (rule, line, where) => {
    expect(ruleFor(line, where)).toBe(rule);
  });

  it('removes a whole address block after its label, and a street line with its city line', () => {
    const text = [LEAD, 'Registered Address', 'Courier Media Group', '9 Lantern Way', 'Oakridge, NV 89001', CLOSE].join('\n');
    const result = cleanArticleText(text, { detectHeadline: false });
    expect(result.paragraphs).toEqual([LEAD, CLOSE]);
    expect(result.removed.map((r) => r.rule)).toEqual(['address-label', 'address-block', 'street-address', 'city-postcode']);
  });

  it('cuts credit sentences trailing a real paragraph and keeps the paragraph', () => {
    const result = cleanArticleText(`${LEAD}\n${CLOSE} Otto Kray contributed to this report.`, { detectHeadline: false });
    expect(result.paragraphs).toEqual([LEAD, CLOSE]);
  });
});

describe('real sentences survive, whatever words they contain', () => {
  it.each([
    'The station ran its first advertisement for the new ferry service on Monday, officials said.',
    '“Write to me at mayor@city.example and I will answer every letter,” the mayor told the crowd on Tuesday.',
    'By Friday, the council had received more than 400 letters about the budget.',
    'Temperatures reached 41 C in the valley on Tuesday, the hottest day recorded there in March.',
    'The office at 12 Harbour Street will close on Friday, the council said in a statement.',
    'Some information came too late for the committee to act on before the vote, members complained afterwards.',
    'Share prices of the city’s utility rose 4 percent after the vote, analysts said.',
    'Read the full report, the council urged residents, before the hearing on March 3.',
    'Watch this space, the mayor said.',
    'Comments from residents will be accepted until March 31.',
    'He declined to comment.',
    'He refused.',
    'It was over. "',
    'To which the treasurer replied,',
    'and then the lights went out',
    'The new code uses the file name [CORE].BIN and prints the text [CORE].',
    '-Council members said the vote was the closest in a decade, with several abstentions. [LOCAL TIMES]',
    'BUDGET FIGHT GOES ON The council failed again to agree on cuts, and members traded blame for hours. [CITY NEWS]',
    'The treasurer kept the ledger at home. (That detail comes courtesy of a former clerk who worked with her.)',
    'The council posted the recording online. (WARNING: Video contains strong language.)',
    'Information came from a whistleblower inside the finance office, the newspaper reported.',
    '“No.”',
    'Forum organisers said the debate on the budget had drawn the largest crowd in years.',
    'Friday, October 25, was chosen as the date of the hearing, the clerk said.',
    'The photo, taken by a resident (Photo: not verified), shows the flooded square.',
    'In a statement, the group said: “Our taxes pay for this city [HALL], and we want a say.”',
  ])('%s', (line) => {
    expect(ruleFor(line)).toBeNull();
  });

  it('keeps a report on cookie rules below the first prose: only a site speaking of its cookies is a banner there', () => {
    expect(ruleFor('Regulators said websites must let visitors reject tracking cookies as easily as they accept them.')).toBeNull();
  });

  it('keeps a lead-in ending in a colon and a short quoted paragraph', () => {
    expect(ruleFor('The statement read in full:')).toBeNull();
    expect(ruleFor('“Not now”')).toBeNull();
  });
});
