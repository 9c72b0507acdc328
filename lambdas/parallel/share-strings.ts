/**
 * A story comes back from a worker as a structured clone, and a clone has no shared strings: every article id in
 * every statement's `articles` and `variants`, every outlet name in `sources`, every `kind`, and the statement's
 * text beside the variant it was taken from arrive as separate copies. On a 10,000-article day that is about 40 %
 * of the digest's heap in the main thread (ids alone are ~340,000 strings), and the main thread holds every story
 * until the digest is written.
 *
 * shareStrings points each of those fields at one string per value (the main thread's own article ids, one outlet
 * name, one copy of a wording repeated within the story). Only equal strings are swapped, so the story is the same
 * value, and digest.json the same bytes; the duplicates become garbage for the next young-generation GC.
 */
import type { Figure, Statement, Story, StoryArticle } from '../pipeline/model.js';

/** One string per value for the small vocabulary every story repeats (outlets, speakers, kinds). */
export class StringPool {
  private readonly strings = new Map<string, string>();

  constructor(seed: Iterable<string> = []) {
    for (const s of seed) this.strings.set(s, s);
  }

  get size(): number {
    return this.strings.size;
  }

  /** The pooled string equal to `s`, adding `s` when it is new. */
  share(s: string): string {
    const known = this.strings.get(s);
    if (known !== undefined) return known;
    this.strings.set(s, s);
    return s;
  }

  /** The pooled string equal to `s` if there is one, else `s` itself (never grows the pool). */
  lookup(s: string): string {
    return this.strings.get(s) ?? s;
  }
}

/**
 * `ids`: the day's article ids (every id a story can name); `names`: outlets, speakers and the other short labels,
 * grown as stories arrive. Wordings are shared within the story only: across stories they rarely repeat, and a
 * day-wide pool of them would itself hold as much as it saves.
 */
export function shareStrings(story: Story, ids: StringPool, names: StringPool): Story {
  const wordings = new StringPool();
  for (const a of story.articles) shareArticle(a, ids, names);
  for (const s of story.statements) shareStatement(s, ids, names, wordings);
  for (const f of story.figures) shareFigure(f, ids, names);
  return story;
}

function shareArticle(a: StoryArticle, ids: StringPool, names: StringPool): void {
  a.id = ids.lookup(a.id);
  a.source = names.share(a.source);
  if (typeof a.copyOf === 'string') a.copyOf = ids.lookup(a.copyOf);
}

function shareStatement(s: Statement, ids: StringPool, names: StringPool, wordings: StringPool): void {
  s.kind = names.share(s.kind) as Statement['kind'];
  if (s.speaker !== null) s.speaker = names.share(s.speaker);
  if (s.alsoCredited) s.alsoCredited = s.alsoCredited.map((name) => names.share(name));
  if (typeof s.onlyIn === 'string') s.onlyIn = names.share(s.onlyIn);
  if (typeof s.wording === 'string') s.wording = names.share(s.wording) as Statement['wording'];
  shareAll(s.articles, ids);
  shareAll(s.sources, names, true);
  for (const v of s.variants) {
    v.article = ids.lookup(v.article);
    v.text = wordings.share(v.text);
  }
  s.text = wordings.share(s.text);
}

function shareFigure(f: Figure, ids: StringPool, names: StringPool): void {
  for (const v of f.values) {
    shareAll(v.articles, ids);
    if (v.claimedBy !== undefined) v.claimedBy = names.share(v.claimedBy);
  }
}

function shareAll(list: string[], pool: StringPool, grow = false): void {
  for (let i = 0; i < list.length; i++) list[i] = grow ? pool.share(list[i]!) : pool.lookup(list[i]!);
}
