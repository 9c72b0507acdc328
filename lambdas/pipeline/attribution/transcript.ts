/**
 * Transcript lines: "REYES: We will rebuild." (a speaker's name in capitals, then a colon). In a transcript the line
 * is the named speaker's, whatever else it mentions, so attribution gives it to that name before anything else.
 */

/** A transcript line: "REYES: We will rebuild." (a speaker's name in capitals, then a colon). */
const TRANSCRIPT_LINE = /^[“"«]?\s*((?:\p{Lu}[\p{Lu}.'’-]+\s+){0,2}\p{Lu}[\p{Lu}'’-]+):\s+\S/u;
/** Capitalised labels that open a line without naming a speaker. */
const NOT_A_TRANSCRIPT_NAME = /^(UPDATE|WATCH|BREAKING|NOTE|EDITOR|EDITOR'S NOTE|EDITOR’S NOTE|READ|READ MORE|MORE|PHOTOS?|VIDEO|RELATED|CLICK|SOURCE|CREDIT|ADVERTISEMENT|SEE ALSO|EXCLUSIVE|ALSO|WARNING|CORRECTION|LIVE|OPINION|ANALYSIS|FACT CHECK|TRANSCRIPT|Q|A|PS|P\.S\.|UPDATED|URGENT|ALERT|TOP|NEW|TIMELINE|BACKGROUND|CONTEXT)$/u;

/** Limits of a transcript speaker's name. */
export const DEFAULT_TRANSCRIPT_NAME = {
  /** Letters a name holds at the least: shorter capitals ("AP:", "UK:") are abbreviations, not a speaker. */
  minLetters: 3,
} as const;

/** The speaker a transcript line names ("REYES: ..." -> "REYES"), or null. */
export function transcriptSpeaker(text: string): string | null {
  const m = TRANSCRIPT_LINE.exec(text);
  if (!m) return null;
  const name = m[1]!.trim();
  return NOT_A_TRANSCRIPT_NAME.test(name) || name.replace(/[^\p{L}]/gu, '').length < DEFAULT_TRANSCRIPT_NAME.minLetters ? null : name;
}
