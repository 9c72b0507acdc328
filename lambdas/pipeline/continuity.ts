/**
 * Continuity: the part of a digest that the next day's continuing stories read (continuing.ts), and nothing else.
 *
 * Per story, in digest order: the title and the top statements make its profile, the articles' ids and URLs find a
 * live page updated overnight, and every statement's text and speaker tell which of today's statements the reader
 * has already seen. The bulk of digest.json (every outlet's wording of every statement, figures, scores) is not
 * needed, so the archive keeps this beside it as continuity.json: about a seventh of digest.json's size (4.4 MB for
 * 31 MB on the bench's 3,000-article day), growing with the day's distinct statements rather than with outlets x
 * statements. Built from a digest by continuityOf, so continuing stories behave the same whichever file they read.
 */
import * as z from 'zod';
import { parseValidatedJson } from './validated-json.js';

export interface ContinuityStatement {
  text: string;
  speaker: string | null;
}

export interface ContinuityStory {
  title: string;
  articles: Array<{ id: string; url: string | null }>;
  statements: ContinuityStatement[];
}

/** A Digest has this shape too: continuing.ts accepts either. */
export interface Continuity {
  date: string;
  stories: ContinuityStory[];
}

/** Names the file's layout; a reader refuses any other (a future change of layout gets a new name). */
export const CONTINUITY_FORMAT = 'news-digest/continuity@1';

/** The file as archived: the format marker first, so a reader (or a person) knows what it is. */
export interface ContinuityFile extends Continuity {
  format: typeof CONTINUITY_FORMAT;
}

/** Only the fields continuing.ts reads, copied (a Digest's own objects would drag the rest along when cloned). */
export function continuityOf(digest: Continuity): Continuity {
  return {
    date: digest.date,
    stories: digest.stories.map((s) => ({
      title: s.title,
      articles: s.articles.map((a) => ({ id: a.id, url: a.url })),
      statements: s.statements.map((st) => ({ text: st.text, speaker: st.speaker })),
    })),
  };
}

export function continuityFile(digest: Continuity): ContinuityFile {
  return { format: CONTINUITY_FORMAT, ...continuityOf(digest) };
}

const continuitySchema = z.object({
  format: z.literal(CONTINUITY_FORMAT),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  stories: z.array(
    z.object({
      title: z.string(),
      articles: z.array(z.object({ id: z.string(), url: z.string().nullable() })),
      statements: z.array(z.object({ text: z.string(), speaker: z.string().nullable() })),
    }),
  ),
});

/** A continuity.json, parsed and validated (it is read back from storage: untrusted); throws naming the problems. */
export function parseContinuity(json: string, name = 'continuity.json'): Continuity {
  const data = parseValidatedJson(continuitySchema, json, name, 'continuity.json');
  // Fresh objects in a fixed key order: zod strips unknown keys, continuityOf keeps exactly what is read.
  return continuityOf(data);
}
