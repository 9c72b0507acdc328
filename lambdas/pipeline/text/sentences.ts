/**
 * Sentence splitting. FIRST VERSION (placeholder, to be replaced by the text owner): Intl.Segmenter per paragraph.
 */
import type { Article, Sentence } from '../model.js';

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/** Sentences of one paragraph-per-line text, trimmed, empty ones dropped. */
export function splitSentences(text: string): string[] {
  const out: string[] = [];
  for (const para of text.split(/\n+/)) {
    for (const s of segmenter.segment(para)) {
      const t = s.segment.trim();
      if (t) out.push(t);
    }
  }
  return out;
}

/** An article's sentences with their positions. */
export function sentencesOf(article: Article): Sentence[] {
  const out: Sentence[] = [];
  let index = 0;
  article.text.split(/\n+/).forEach((para, paragraph) => {
    for (const text of splitSentences(para)) out.push({ article: article.id, index: index++, paragraph, text });
  });
  return out;
}
