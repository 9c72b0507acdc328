/**
 * Invented reports (no real reporting) of one event told on two days: the grounding of a ferry, reported on the
 * day (Tuesday) and by another outlet the day after (Wednesday, salvage under way). They share the event's names
 * and a good part of its words, less than a retelling would; their weekdays clash. Three unrelated reports give
 * the day its common words.
 */
import type { Article } from '../../../lambdas/pipeline/model.js';

const art = (id: string, text: string): Article => ({ id, source: id.split('/')[0] as string, format: 'txt', text });

export const GROUNDING_ON_THE_DAY = art(
  'coast-news/ferry-aground.txt',
  'The ferry Northern Star ran aground off Kelby Point on Tuesday morning with 212 passengers on board, the coastguard said.\n' +
    'Nobody was hurt, and lifeboats from Kelby and Arnholm took the passengers ashore during the afternoon.\n' +
    'The coastguard said the vessel struck a sandbank in fog shortly after leaving Kelby harbour on its route to the islands.\n' +
    'Brisa Lines, which operates the Northern Star, said all sailings to the islands were cancelled for Tuesday.\n' +
    '"Our first concern was getting everyone off safely, and that has been done," said Maren Holt, a spokeswoman for Brisa Lines.',
);

export const GROUNDING_DAY_AFTER = art(
  'island-herald/northern-star-salvage.txt',
  'Salvage teams on Wednesday began trying to refloat the Northern Star, the Brisa Lines ferry stuck on a sandbank off Kelby Point.\n' +
    'Tugs from Arnholm will attempt to pull the ship free at high tide on Wednesday evening, the company said.\n' +
    'Divers who inspected the hull found a dent near the bow but no leak, according to Maren Holt of Brisa Lines.\n' +
    'Island residents face a second day without a ferry, and a replacement boat has been chartered from the mainland.\n' +
    'Investigators will examine why the ferry strayed from the channel in fog, the coastguard said.',
);

export const UNRELATED: Article[] = [
  art('coast-news/school-roof.txt', 'The council approved 1.2 million for a new roof at Kelby primary school on Monday, after a winter of leaks in three classrooms.'),
  art('island-herald/harvest.txt', 'Island farmers expect a smaller potato harvest this year after a dry spring, the growers association said in its annual report.'),
  art('valley-post/library.txt', 'The Arnholm library will open on Sundays from next month, the town said, after a petition signed by 900 residents.'),
];
