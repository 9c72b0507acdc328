/**
 * Digest -> the plain view model both renderers (HTML template and plain text) read.
 * Every string here is final: formatted, pluralised, cleaned of control characters and capped in length,
 * so the templates only place values and never decide anything. Links are http(s) or absent.
 * Pure: no clock, no I/O.
 *
 * Layout decisions made here (not in the template):
 * - stories reported by two or more outlets become full story cards, in the pipeline's order; stories from one
 *   outlet (or one report others republished) become one-line briefs in a compact list after the cards;
 * - a story's lead is its best-ranked key claim; the other key statements follow as quotes/claims;
 * - statements one outlet alone carries (Statement.onlyIn) are grouped under "Only in <outlet>"; outlet lists name
 *   LIMITS.outletsNamed outlets and count the rest; `show` limits how many stories appear (the HTML size budget).
 */
import type { Digest, Figure, Statement, Story } from '../pipeline/model.js';
import { truthfulLink } from './links.js';
import { atDetail, type Detail } from './detail.js';
import { cappedList, cleanLine, countOf, formatDate, httpUrl, joinList, listSeparator, truncate } from './format.js';
import { preheaderFor, subjectFor } from './subject.js';

export type { RenderOptions, OutletView, StatementView, FigureValueView, FigureView, OnlyInView, ContinuingView, StoryView, BriefView, OmittedView, DigestView } from './view-types.js';
import type { RenderOptions, OutletView, StatementView, FigureValueView, FigureView, OnlyInView, ContinuingView, StoryView, BriefView, OmittedView, DigestView } from './view-types.js';

export const LIMITS = {
  headline: 200,
  statement: 600,
  outlet: 80,
  speaker: 100,
  figureSubject: 120,
  figureValue: 80,
  claimedBy: 120,
  briefSummary: 220,
  /** Statements under "Only in" per story: the details, not a second article. */
  onlyInPerStory: 3,
  /** Outlets named on a card, a statement or a figure; the rest are counted ("and 290 more"). */
  outletsNamed: 10,
} as const;

export const FOOTER_REASON =
  'You are receiving this email because you subscribed to the daily News Digest: ' +
  'one email a day with the stories several outlets reported, what was said and where reports differ.';

export interface ViewOptions {
  /** Show at most this many stories (cards first, then briefs); the rest are counted in `omitted`. */
  show?: number;
  /** How much of each card is shown (detail.ts); default all of it. */
  detail?: Detail;
}

/** The stories of a day, split the way the email shows them; shared by the view model and the size budget. */
export function splitStories(digest: Digest): { cards: Story[]; briefs: Story[] } {
  const cards: Story[] = [];
  const briefs: Story[] = [];
  for (const story of digest.stories) (outletCountOf(story) <= 1 ? briefs : cards).push(story);
  return { cards, briefs };
}

/** Independent outlets when the pipeline counted them, else the distinct outlet names among the articles. */
function outletCountOf(story: Story): number {
  if (typeof story.outlets === 'number') return story.outlets;
  return new Set(story.articles.map((a) => cleanLine(a.source)).filter((n) => n !== '')).size;
}

export function toViewModel(digest: Digest, opts: RenderOptions, viewOpts: ViewOptions = {}): DigestView {
  const { cards, briefs } = splitStories(digest);
  const total = cards.length + briefs.length;
  const show = Math.max(0, Math.min(total, viewOpts.show ?? total));
  const shownCards = cards.slice(0, show);
  const shownBriefs = briefs.slice(0, show - shownCards.length);
  const archiveUrl = optionalArchiveUrl(opts.archiveUrl);
  const detail = viewOpts.detail ?? 'full';
  const stories = shownCards.map((story, i) => atDetail(storyView(story, i + 1), detail));
  const briefViews = shownBriefs.map(briefView);
  return {
    subject: subjectFor(digest),
    preheader: preheaderFor(digest),
    dateLabel: formatDate(digest.date),
    totals: totalsLine(digest),
    stories,
    hasStories: stories.length > 0,
    briefs: briefViews,
    hasBriefs: briefViews.length > 0,
    briefsHeading: shownBriefs.some((b) => outletViews(b).length > 1) ? 'Also reported, one report each' : 'Also reported by one outlet',
    isEmpty: total === 0,
    omitted: show < total || detail !== 'full' ? omittedView(show, total, archiveUrl, detail) : null,
    footer: {
      reason: FOOTER_REASON,
      unsubscribeUrl: requireUnsubscribeUrl(opts.unsubscribeUrl),
      archiveUrl,
    },
  };
}

function omittedView(shown: number, total: number, url: string | null, detail: Detail): OmittedView {
  const rest = total - shown;
  const shortened = detail === 'full' ? '' : detail === 'compact' ? ', some statements and figures left out,' : ', headlines and leads only,';
  return {
    count: rest > 0 ? countOf(rest, 'more story', 'more stories') : 'Some statements and figures',
    message: `This email shows ${rest > 0 ? `the top ${shown} of ${countOf(total, 'story', 'stories')}` : `every story`}${shortened} to stay short.`,
    url,
  };
}

export function totalsLine(digest: Digest): string {
  const s = digest.stats;
  return [
    `${countOf(s.articles, 'article')} read`,
    countOf(s.outlets, 'outlet'),
    countOf(s.stories, 'story', 'stories'),
    `${countOf(s.statementsMerged, 'statement')} merged`,
    // Files that could not be read or used are counted, so a reader knows the day is incomplete.
    ...(s.skipped.length ? [`${countOf(s.skipped.length, 'file')} skipped`] : []),
  ].join(' · ');
}

/**
 * "4 outlets", or "4 outlets, 2 independent reports" when some of them republished another's story: the reader
 * should not mistake copies of one wire story for four sources.
 */
export function storyOutletLabel(all: number, independent?: number): string {
  const base = countOf(all, 'outlet');
  return independent !== undefined && independent > 0 && independent < all
    ? `${base}, ${countOf(independent, 'independent report')}`
    : base;
}

function storyView(story: Story, number: number): StoryView {
  const sourceOf = new Map(story.articles.map((a) => [a.id, cleanLine(a.source)]));
  const outlets = outletViews(story);
  const key = story.statements.filter((s) => s.key);
  const onlyInStatements = pickOnlyIn(story.statements);
  const onlyInSet = new Set(onlyInStatements);
  const shared = key.filter((s) => !onlyInSet.has(s));
  const leadStatement = shared.find((s) => s.kind === 'claim') ?? null;
  const statements = shared.filter((s) => s !== leadStatement).map((s) => statementView(s, sourceOf));
  const figures = story.figures.map((f) => figureView(f, sourceOf)).filter((f) => f.values.length > 0);
  const onlyIn = onlyInViews(onlyInStatements, sourceOf);
  return {
    number,
    headline: headlineOf(story),
    outletCount: storyOutletLabel(outlets.length, story.outlets),
    outlets: namedOutlets(outlets),
    continuing: continuingView(story),
    lead: leadStatement ? statementView(leadStatement, sourceOf) : null,
    statements,
    hasStatements: statements.length > 0,
    figures,
    hasFigures: figures.length > 0,
    onlyIn,
    hasOnlyIn: onlyIn.length > 0,
  };
}

function headlineOf(story: Story): string {
  return truncate(cleanLine(story.title), LIMITS.headline) || 'Untitled story';
}

function briefView(story: Story): BriefView {
  const outlets = outletViews(story);
  const [first] = outlets;
  const key = story.statements.filter((s) => s.key);
  const lead = key.find((s) => s.kind === 'claim') ?? key[0] ?? story.statements[0];
  const summary = lead ? cleanLine(lead.kind === 'quote' ? quoted(stripQuoteMarks(lead.text)) : lead.text) : '';
  // One report that other outlets republished (a wire story): the reader is told how far it went.
  const name = first?.name ?? 'Unknown outlet';
  const headline = headlineOf(story);
  return {
    headline,
    outlet: outlets.length > 1 ? `${name}, carried by ${countOf(outlets.length, 'outlet')} (one report)` : name,
    url: truthfulLink(headline, first?.url ?? null),
    summary: truncate(summary, LIMITS.briefSummary),
  };
}

/**
 * Statements that one outlet alone adds, capped per story: the key statements the pipeline marked onlyIn, then what
 * named people said that one outlet alone reports (a quote whose speaker is a name, one per speaker, by rank): a
 * single report's interview is news a reader would otherwise miss, where most single-outlet sentences are
 * background. Empty when the pipeline does not mark onlyIn.
 */
function pickOnlyIn(statements: readonly Statement[]): Statement[] {
  const alone = statements.filter((s) => cleanLine(s.onlyIn ?? '') !== '');
  const picked = alone.filter((s) => s.key);
  const speakers = new Set(picked.map((s) => s.speaker));
  for (const s of alone) {
    if (picked.length >= LIMITS.onlyInPerStory) break;
    if (s.key || s.kind !== 'quote' || !isPersonName(s.speaker) || speakers.has(s.speaker)) continue;
    picked.push(s);
    speakers.add(s.speaker);
  }
  return picked.slice(0, LIMITS.onlyInPerStory);
}

/** A person's name as speakers are printed: two or more capitalised words ("John Kirby"), not a description. */
function isPersonName(speaker: string | null): speaker is string {
  const ws = speaker?.split(/\s+/u) ?? [];
  return ws.length >= 2 && ws.every((w) => /^\p{Lu}/u.test(w));
}

function onlyInViews(statements: readonly Statement[], sourceOf: Map<string, string>): OnlyInView[] {
  const byOutlet = new Map<string, StatementView[]>();
  for (const s of statements) {
    const outlet = truncate(cleanLine(s.onlyIn), LIMITS.outlet);
    const list = byOutlet.get(outlet) ?? [];
    list.push(statementView(s, sourceOf));
    byOutlet.set(outlet, list);
  }
  return [...byOutlet.entries()].map(([outlet, items]) => ({ label: `Only in ${outlet}`, outlet, items }));
}

function continuingView(story: Story): ContinuingView | null {
  const c = story.continues;
  if (!c) return null;
  const fresh = story.statements.filter((s) => s.key && s.isNew === true).length;
  return {
    label: `Continuing from ${formatDate(c.date)}`,
    previousTitle: truncate(cleanLine(c.title), LIMITS.headline) || 'an earlier story',
    whatIsNew: fresh > 0 ? `${countOf(fresh, 'new statement')} since then, marked “New”.` : 'No new statements since then.',
  };
}

/**
 * One entry per distinct outlet, in story order, linked to that outlet's first article with an http(s) URL (unless
 * the name names another host than the URL's: links.ts).
 */
function outletViews(story: Story): OutletView[] {
  const byName = new Map<string, string | null>();
  for (const article of story.articles) {
    const name = truncate(cleanLine(article.source), LIMITS.outlet);
    if (!name) continue;
    const url = truthfulLink(name, httpUrl(article.url));
    if (!byName.has(name) || (byName.get(name) === null && url !== null)) byName.set(name, url);
  }
  const entries = [...byName.entries()];
  return entries.map(([name, url], i) => ({ name, url, sep: listSeparator(i, entries.length) }));
}

/** A card's outlets as shown: the first LIMITS.outletsNamed with their links, then "N more" unlinked. */
const namedOutlets = (all: readonly OutletView[]): OutletView[] =>
  cappedList(all.map((o) => o.name), LIMITS.outletsNamed).map((name, i, names) => ({ name, url: i < LIMITS.outletsNamed ? (all[i]?.url ?? null) : null, sep: listSeparator(i, names.length) }));
/** Distinct outlet names of the given outlets list or, failing that, of the article ids. */
function outletNames(sources: readonly string[], articleIds: readonly string[], sourceOf: Map<string, string>): string[] {
  const names = sources.length > 0 ? sources.map(cleanLine) : articleIds.map((id) => sourceOf.get(id) ?? '');
  return [...new Set(names.filter((n) => n !== '').map((n) => truncate(n, LIMITS.outlet)))];
}

const WORDING_LABEL = { verbatim: 'verbatim', paraphrase: 'paraphrased' } as const;

function statementView(statement: Statement, sourceOf: Map<string, string>): StatementView {
  const isQuote = statement.kind === 'quote';
  const body = truncate(cleanLine(isQuote ? stripQuoteMarks(statement.text) : statement.text), LIMITS.statement);
  const speaker = truncate(cleanLine(statement.speaker), LIMITS.speaker) || null;
  const outlets = outletNames(statement.sources, statement.articles, sourceOf);
  const outletCount = countOf(outlets.length, 'outlet');
  const outletList = joinList(cappedList(outlets, LIMITS.outletsNamed));
  const wording = isQuote && statement.wording ? WORDING_LABEL[statement.wording] ?? null : null;
  const parts = [speaker, `${outletCount}: ${outletList}`, wording].filter((p): p is string => !!p);
  return {
    isQuote,
    text: isQuote ? quoted(body) : body,
    speaker,
    outletCount,
    outletNames: outletList,
    wording,
    isNew: statement.isNew === true,
    attribution: `— ${parts.join(' · ')}`,
  };
}

function quoted(text: string): string {
  return `“${text}”`;
}

/**
 * Quotes arrive with or without their own quotation marks; the renderer adds one consistent pair.
 * Only a single wrapping pair is removed: text with quotation marks inside keeps them all.
 */
function stripQuoteMarks(text: string): string {
  // Read from both ends, not with one regex: /^["“„«]\s*(.*?)\s*["”»]([.!?,;]?)$/ was quadratic on long spaces.
  const t = text.trim();
  const closing = '.!?,;'.includes(t.at(-1) ?? '') && t.length > 2 ? t.length - 2 : t.length - 1;
  if (t.length < 2 || !'"“„«'.includes(t[0]!) || !'"”»'.includes(t[closing]!) || closing < 1) return t;
  const inner = t.slice(1, closing).trim();
  if (/["“”„«»]/u.test(inner)) return t;
  return inner + t.slice(closing + 1);
}

function figureView(figure: Figure, sourceOf: Map<string, string>): FigureView {
  const values = [...figure.values]
    .sort((a, b) => a.value - b.value || a.text.localeCompare(b.text))
    .map((v) => {
      const outlets = outletNames([], v.articles, sourceOf);
      // A value nobody is cited for is claimed by the outlets printing it (figures/disputes.ts): the outlets say so.
      const ownFigure = v.claimedBy !== undefined && v.claimedBy.split('; ').every((c) => outlets.includes(truncate(cleanLine(c), LIMITS.outlet)));
      return {
        text: truncate(cleanLine(v.text), LIMITS.figureValue) || String(v.value),
        outlets: joinList(cappedList(outlets, LIMITS.outletsNamed)) || 'unknown outlet',
        claimedBy: ownFigure ? null : truncate(cleanLine(v.claimedBy), LIMITS.claimedBy) || null,
      };
    });
  const subject = truncate(cleanLine(figure.subject), LIMITS.figureSubject);
  // Subjects are noun phrases pulled from a sentence ("protesters outside the hall"); shown as a label here.
  return { subject: subject ? subject.charAt(0).toUpperCase() + subject.slice(1) : 'Figure', values };
}

function requireUnsubscribeUrl(value: string): string {
  const url = httpUrl(value);
  if (!url) throw new Error('renderEmail: unsubscribeUrl must be an http(s) URL');
  return url;
}

function optionalArchiveUrl(value: string | undefined): string | null {
  if (value === undefined) return null;
  const url = httpUrl(value);
  if (!url) throw new Error('renderEmail: archiveUrl must be an http(s) URL');
  return url;
}
