/**
 * Invented digests for the render tests: a normal day and a hostile one. Nothing here comes from a corpus.
 */
import type { Digest, Statement, Story } from '../../../lambdas/pipeline/model.js';

function statement(partial: Partial<Statement> & Pick<Statement, 'text' | 'sources'>): Statement {
  return {
    kind: 'quote',
    speaker: null,
    articles: [],
    variants: [],
    score: 1,
    key: true,
    ...partial,
  };
}

const budgetStory: Story = {
  id: 'story-budget',
  title: 'Riverton council approves harbour budget after all-night session',
  articles: [
    { id: 'harbor/a1.json', source: 'Harbor Daily', title: 'Budget passes', url: 'https://harbor.example/budget' },
    { id: 'valley/a2.html', source: 'The Valley Post', title: 'Council vote', url: 'http://valley.example/news/42' },
    { id: 'metro/a3.txt', source: 'Metro Wire', title: null, url: null },
    { id: 'metro/a4.txt', source: 'Metro Wire', title: null, url: 'https://metro.example/late' },
    { id: 'bad/a5.json', source: 'Sketchy Site', title: null, url: 'javascript:alert(1)' },
  ],
  statements: [
    statement({
      text: '"We will not raise the ferry fares this year."',
      speaker: 'Mayor Ana Ruiz',
      articles: ['harbor/a1.json', 'valley/a2.html', 'metro/a3.txt', 'bad/a5.json'],
      sources: ['Harbor Daily', 'The Valley Post', 'Metro Wire', 'Sketchy Site'],
      score: 3,
      wording: 'paraphrase',
      isNew: true,
    }),
    statement({
      text: 'The budget adds two night ferries from March.',
      kind: 'claim',
      articles: ['valley/a2.html'],
      sources: ['The Valley Post'],
      score: 2,
    }),
    statement({
      text: 'The vote ended shortly after five in the morning.',
      kind: 'claim',
      articles: ['metro/a4.txt'],
      sources: ['Metro Wire'],
      score: 1.5,
      onlyIn: 'Metro Wire',
    }),
    statement({
      text: 'A statement the ranking did not pick.',
      kind: 'claim',
      articles: ['metro/a3.txt'],
      sources: ['Metro Wire'],
      score: 0.5,
      key: false,
    }),
  ],
  figures: [
    {
      subject: 'protesters outside the hall',
      values: [
        { value: 2000, text: 'about 2,000', articles: ['valley/a2.html'], claimedBy: 'the organisers' },
        { value: 300, text: '300', articles: ['harbor/a1.json', 'metro/a3.txt'], claimedBy: 'city police' },
      ],
    },
  ],
  outlets: 4,
  continues: { date: '2025-03-13', title: 'Riverton council debates harbour budget' },
};

/** One outlet only: goes to the compact list at the end. */
const stormStory: Story = {
  id: 'story-storm',
  title: 'Storm closes the coastal highway for a second day',
  articles: [{ id: 'harbor/b1.json', source: 'Harbor Daily', title: null, url: 'https://harbor.example/storm' }],
  statements: [
    statement({
      text: 'Crews expect to reopen one lane by Friday.',
      kind: 'claim',
      speaker: 'the roads agency',
      articles: ['harbor/b1.json'],
      sources: ['Harbor Daily'],
    }),
  ],
  figures: [],
  outlets: 1,
};

const libraryStory: Story = {
  id: 'story-library',
  title: 'Library extends weekend opening hours',
  articles: [
    { id: 'valley/c1.html', source: 'The Valley Post', title: null, url: 'ftp://valley.example/lib' },
    { id: 'metro/c2.txt', source: 'Metro Wire', title: null, url: null },
  ],
  statements: [],
  figures: [],
};

export function dayDigest(): Digest {
  return {
    schemaVersion: 1,
    date: '2025-03-14',
    stats: { articles: 8, stories: 3, outlets: 4, statementsMerged: 5, skipped: [] },
    stories: [structuredClone(budgetStory), structuredClone(stormStory), structuredClone(libraryStory)],
  };
}

export function emptyDigest(): Digest {
  return {
    schemaVersion: 1,
    date: '2025-03-15',
    stats: { articles: 0, stories: 0, outlets: 0, statementsMerged: 0, skipped: [] },
    stories: [],
  };
}

/** Article text that tries to break out of HTML, MJML, Handlebars and mail headers. */
export const HOSTILE = {
  script: '<script>alert(1)</script>',
  mjml: '</mj-text><mj-raw>raw</mj-raw>',
  handlebars: '{{x}} {{{y}}} {{> partial}}',
  attribute: '"><img src=x onerror=alert(2)>',
  header: 'Breaking\r\nBcc: evil@x',
};

export function hostileDigest(): Digest {
  const digest = dayDigest();
  const story = digest.stories[0]!;
  story.title = `${HOSTILE.header} ${HOSTILE.script}`;
  story.articles[0]!.source = HOSTILE.attribute;
  story.articles[1]!.url = 'https://valley.example/"><script>alert(3)</script>';
  story.statements[0]!.text = `${HOSTILE.mjml} ${HOSTILE.handlebars}`;
  story.statements[0]!.speaker = HOSTILE.script;
  story.statements[0]!.sources = [HOSTILE.attribute, 'The Valley Post'];
  story.figures[0]!.subject = HOSTILE.handlebars;
  story.figures[0]!.values[0]!.claimedBy = HOSTILE.attribute;
  return digest;
}

export const OPTS = { unsubscribeUrl: 'http://localhost:8080/unsubscribe?u=test', archiveUrl: 'https://digest.example/2025-03-14' };
