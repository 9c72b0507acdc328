/**
 * Invented articles (no real reporting): several outlets per event, each in its own words, and pairs of
 * similar but different events — two earthquakes, two bank robberies — that must stay apart.
 */
import type { Article } from '../../../lambdas/pipeline/model.js';

const art = (id: string, source: string, title: string | undefined, text: string): Article => ({
  id,
  source,
  format: 'txt',
  text,
  ...(title ? { title } : {}),
});

/** Earthquake 1: Velmora, magnitude 6.2, Tuesday, 14 dead. */
export const QUAKE_VELMORA = [
  art('a/quake-velmora.txt', 'Northern Ledger', 'Magnitude 6.2 quake kills 14 in Velmora',
    'A magnitude 6.2 earthquake struck the coastal town of Velmora early on Tuesday, killing at least 14 people and collapsing dozens of homes.\n' +
    'Mayor Irena Kostadin said rescue teams were still searching the rubble of the old harbour district.\n' +
    'The Velmora seismic institute put the epicentre 12 kilometres offshore at a shallow depth.'),
  art('b/velmora-earthquake.txt', 'Daily Courier', 'Velmora digs through rubble after deadly earthquake',
    'Rescuers in Velmora pulled survivors from collapsed buildings on Tuesday after a 6.2-magnitude earthquake left 14 dead.\n' +
    'Irena Kostadin, the town mayor, told reporters the harbour district was worst hit and asked residents to stay outdoors.\n' +
    'Seismologists said the shallow quake was centred 12 km off the Velmora coast.'),
  art('c/tremor.txt', 'Metro Wire', 'Death toll reaches 14 after Velmora tremor',
    'The death toll from Tuesday\'s earthquake in Velmora has risen to 14, mayor Irena Kostadin said.\n' +
    'The 6.2 tremor, centred offshore, brought down houses around the harbour and cut power to much of the town.'),
];

/** Earthquake 2: Dunhollow, magnitude 5.4, Friday, no deaths, a different place and people. */
export const QUAKE_DUNHOLLOW = [
  art('d/quake-dunhollow.txt', 'Northern Ledger', 'Magnitude 5.4 earthquake rattles Dunhollow',
    'A magnitude 5.4 earthquake shook the mountain town of Dunhollow on Friday night, cracking walls and sending residents into the streets.\n' +
    'Governor Tomas Reinholt said no deaths had been reported and three people were treated for minor injuries.\n' +
    'The quake was centred 30 kilometres beneath the Dunhollow pass.'),
  art('e/dunhollow.txt', 'Metro Wire', 'Dunhollow shaken by 5.4 tremor, no deaths',
    'Residents of Dunhollow fled their homes on Friday when a 5.4-magnitude earthquake struck beneath the pass.\n' +
    'Tomas Reinholt, the regional governor, said three people had minor injuries and nobody was killed.\n' +
    'Engineers were checking the Dunhollow dam for cracks.'),
];

/** Bank robbery 1: Carrow Street branch of Fenwick Bank, two gunmen, 80,000. */
export const ROBBERY_CARROW = [
  art('a/robbery.txt', 'Northern Ledger', 'Gunmen rob Fenwick Bank branch on Carrow Street',
    'Two masked gunmen robbed the Fenwick Bank branch on Carrow Street on Monday morning and escaped with about 80,000 in cash.\n' +
    'Detective Sergeant Malia Orton said the men forced staff to open the vault and fled in a grey van.'),
  art('f/carrow-heist.txt', 'Evening Post', 'Police hunt two men after Carrow Street bank raid',
    'Police are searching for two armed men who held up the Fenwick Bank on Carrow Street on Monday, taking roughly 80,000.\n' +
    'Malia Orton, the detective sergeant leading the case, said the robbers made staff open the vault before driving off in a grey van.'),
];

/** Bank robbery 2: Lindqvist Savings in Portmere, a lone woman with a note, 3,500. */
export const ROBBERY_PORTMERE = [
  art('g/portmere-bank.txt', 'Evening Post', 'Woman with note robs Lindqvist Savings in Portmere',
    'A woman handed a teller a threatening note and robbed the Lindqvist Savings office in Portmere on Thursday, taking 3,500.\n' +
    'Inspector Gareth Pennick said nobody was hurt and the suspect left on foot toward the Portmere ferry terminal.'),
  art('h/portmere.txt', 'Daily Courier', 'Portmere savings office robbed by lone woman',
    'Inspector Gareth Pennick appealed for witnesses after a lone woman robbed Lindqvist Savings in Portmere on Thursday.\n' +
    'She passed a note to a teller demanding cash and walked off with 3,500 toward the ferry terminal, he said.'),
];

/** Unrelated single stories. */
export const OTHERS = [
  art('i/budget.txt', 'Daily Courier', 'Parliament passes farm subsidy budget',
    'Lawmakers approved a new farm subsidy budget on Wednesday after a long debate over grain prices and irrigation grants.\n' +
    'Agriculture minister Pauline Hartigan called the vote a relief for growers hit by the drought.'),
  art('j/football.txt', 'Metro Wire', 'Riverside United win cup final on penalties',
    'Riverside United won the regional cup final on penalties on Saturday after a goalless draw against Kestrel Athletic.\n' +
    'Goalkeeper Dario Mensah saved two spot kicks in the shoot-out.'),
];

export const DAY: Article[] = [
  QUAKE_VELMORA[0]!,
  ROBBERY_CARROW[0]!,
  QUAKE_DUNHOLLOW[0]!,
  OTHERS[0]!,
  QUAKE_VELMORA[1]!,
  ROBBERY_PORTMERE[0]!,
  QUAKE_DUNHOLLOW[1]!,
  ROBBERY_CARROW[1]!,
  OTHERS[1]!,
  QUAKE_VELMORA[2]!,
  ROBBERY_PORTMERE[1]!,
];

/** The expected partition, as sets of ids. */
export const EXPECTED: string[][] = [QUAKE_VELMORA, QUAKE_DUNHOLLOW, ROBBERY_CARROW, ROBBERY_PORTMERE, [OTHERS[0]!], [OTHERS[1]!]].map((g) =>
  g.map((a) => a.id),
);
