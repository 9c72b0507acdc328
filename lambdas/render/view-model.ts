/**
 * Digest -> the plain view model both renderers (HTML template and plain text) read.
 * Every string here is final: formatted, pluralised, cleaned of control characters and capped in length,
 * so the templates only place values and never decide anything. Links are http(s) or absent.
 * Pure: no clock, no I/O.
 */
import type { Digest, Figure, Statement, Story } from '../pipeline/model.js';
import { cleanLine, countOf, formatDate, httpUrl, joinList, listSeparator, truncate } from './format.js';
import { preheaderFor, subjectFor } from './subject.js';

export interface RenderOptions {
  /** Where the reader unsubscribes: an http(s) or mailto: URL (required: every digest must offer it). */
  unsubscribeUrl: string;
  /** The web copy of this digest, for the "view in browser" link. */
  archiveUrl?: string;
}

/** An outlet name, linked to its article when the article has an http(s) URL. */
export interface OutletView {
  name: string;
  url: string | null;
  /** What follows this item in the sentence: ", ", " and " or "". */
  sep: string;
}

export interface StatementView {
  isQuote: boolean;
  /** The wording as shown: quotes in typographic quotation marks, claims as they are. */
  text: string;
  speaker: string | null;
  /** "— Speaker · 4 outlets: A, B, C and D" (the speaker part only when known). */
  attribution: string;
}

export interface FigureValueView {
  /** The value as printed in the articles ("as many as 12,000"). */
  text: string;
  /** "A and B". */
  outlets: string;
  claimedBy: string | null;
}

export interface FigureView {
  subject: string;
  values: FigureValueView[];
}

export interface StoryView {
  /** 1-based position in the digest. */
  number: number;
  headline: string;
  /** "5 outlets". */
  outletCount: string;
  outlets: OutletView[];
  statements: StatementView[];
  hasStatements: boolean;
  figures: FigureView[];
  hasFigures: boolean;
}

export interface DigestView {
  subject: string;
  preheader: string;
  /** "Thursday, 19 December 2024". */
  dateLabel: string;
  /** "14 articles read · 5 outlets · 3 stories · 9 statements merged". */
  totals: string;
  stories: StoryView[];
  hasStories: boolean;
  footer: {
    reason: string;
    unsubscribeUrl: string;
    archiveUrl: string | null;
  };
}

/** Caps on untrusted text, so one runaway article cannot flood the email. */
export const LIMITS = {
  headline: 200,
  statement: 600,
  outlet: 80,
  speaker: 100,
  figureSubject: 120,
  figureValue: 80,
  claimedBy: 120,
} as const;

export const FOOTER_REASON =
  'You are receiving this email because you subscribed to the daily News Digest: ' +
  'one email a day with the stories several outlets reported, what was said and where reports differ.';

export function toViewModel(digest: Digest, opts: RenderOptions): DigestView {
  const stories = digest.stories.map((story, i) => storyView(story, i + 1));
  return {
    subject: subjectFor(digest),
    preheader: preheaderFor(digest),
    dateLabel: formatDate(digest.date),
    totals: totalsLine(digest),
    stories,
    hasStories: stories.length > 0,
    footer: {
      reason: FOOTER_REASON,
      unsubscribeUrl: requireUnsubscribeUrl(opts.unsubscribeUrl),
      archiveUrl: optionalArchiveUrl(opts.archiveUrl),
    },
  };
}

export function totalsLine(digest: Digest): string {
  const s = digest.stats;
  return [
    `${countOf(s.articles, 'article')} read`,
    countOf(s.outlets, 'outlet'),
    countOf(s.stories, 'story', 'stories'),
    `${countOf(s.statementsMerged, 'statement')} merged`,
  ].join(' · ');
}

function storyView(story: Story, number: number): StoryView {
  const sourceOf = new Map(story.articles.map((a) => [a.id, cleanLine(a.source)]));
  const outlets = outletViews(story);
  const statements = story.statements.filter((s) => s.key).map((s) => statementView(s, sourceOf));
  const figures = story.figures.map((f) => figureView(f, sourceOf)).filter((f) => f.values.length > 0);
  return {
    number,
    headline: truncate(cleanLine(story.title), LIMITS.headline) || 'Untitled story',
    outletCount: countOf(outlets.length, 'outlet'),
    outlets,
    statements,
    hasStatements: statements.length > 0,
    figures,
    hasFigures: figures.length > 0,
  };
}

/** One entry per distinct outlet, in story order, linked to that outlet's first article with an http(s) URL. */
function outletViews(story: Story): OutletView[] {
  const byName = new Map<string, string | null>();
  for (const article of story.articles) {
    const name = truncate(cleanLine(article.source), LIMITS.outlet);
    if (!name) continue;
    const url = httpUrl(article.url);
    if (!byName.has(name) || (byName.get(name) === null && url !== null)) byName.set(name, url);
  }
  const entries = [...byName.entries()];
  return entries.map(([name, url], i) => ({ name, url, sep: listSeparator(i, entries.length) }));
}

/** Distinct outlet names of the given outlets list or, failing that, of the article ids. */
function outletNames(sources: readonly string[], articleIds: readonly string[], sourceOf: Map<string, string>): string[] {
  const names = sources.length > 0 ? sources.map(cleanLine) : articleIds.map((id) => sourceOf.get(id) ?? '');
  return [...new Set(names.filter((n) => n !== '').map((n) => truncate(n, LIMITS.outlet)))];
}

function statementView(statement: Statement, sourceOf: Map<string, string>): StatementView {
  const isQuote = statement.kind === 'quote';
  const body = truncate(cleanLine(isQuote ? stripQuoteMarks(statement.text) : statement.text), LIMITS.statement);
  const speaker = truncate(cleanLine(statement.speaker), LIMITS.speaker) || null;
  const outlets = outletNames(statement.sources, statement.articles, sourceOf);
  const carriedBy = `${countOf(outlets.length, 'outlet')}: ${joinList(outlets)}`;
  return {
    isQuote,
    text: isQuote ? `“${body}”` : body,
    speaker,
    attribution: `— ${speaker ? `${speaker} · ` : ''}${carriedBy}`,
  };
}

/**
 * Quotes arrive with or without their own quotation marks; the renderer adds one consistent pair.
 * Only a single wrapping pair is removed: text with quotation marks inside keeps them all.
 */
function stripQuoteMarks(text: string): string {
  const t = text.trim();
  const m = /^["“„«]\s*(.*?)\s*["”»]([.!?,;]?)$/su.exec(t);
  if (!m || /["“”„«»]/u.test(m[1] ?? '')) return t;
  return `${m[1] ?? ''}${m[2] ?? ''}`;
}

function figureView(figure: Figure, sourceOf: Map<string, string>): FigureView {
  const values = [...figure.values]
    .sort((a, b) => a.value - b.value || a.text.localeCompare(b.text))
    .map((v) => ({
      text: truncate(cleanLine(v.text), LIMITS.figureValue) || String(v.value),
      outlets: joinList(outletNames([], v.articles, sourceOf)) || 'unknown outlet',
      claimedBy: truncate(cleanLine(v.claimedBy), LIMITS.claimedBy) || null,
    }));
  const subject = truncate(cleanLine(figure.subject), LIMITS.figureSubject);
  // Subjects are noun phrases pulled from a sentence ("protesters outside the hall"); shown as a label here.
  return { subject: subject ? subject.charAt(0).toUpperCase() + subject.slice(1) : 'Figure', values };
}

function requireUnsubscribeUrl(value: string): string {
  const url = httpUrl(value) ?? mailtoUrl(value);
  if (!url) throw new Error('renderEmail: unsubscribeUrl must be an http(s) or mailto: URL');
  return url;
}

function optionalArchiveUrl(value: string | undefined): string | null {
  if (value === undefined) return null;
  const url = httpUrl(value);
  if (!url) throw new Error('renderEmail: archiveUrl must be an http(s) URL');
  return url;
}

function mailtoUrl(value: string): string | null {
  const v = value.trim();
  return /^mailto:[^\s<>"'\\]+$/i.test(v) ? v : null;
}
