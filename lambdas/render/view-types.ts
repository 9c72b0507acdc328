/** The view model's shapes: what both renderers read (built by view-model.ts). */
export interface RenderOptions {
  /** Where the reader unsubscribes: an http(s) URL (required: every digest must offer it; the email has only http(s) links). */
  unsubscribeUrl: string;
  /** The web copy of this digest, for the "view in browser" link and the link to stories left out. */
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
  /** "3 outlets". */
  outletCount: string;
  /** "A, B and C". */
  outletNames: string;
  /** "verbatim" / "paraphrased" for quotes several outlets carry, else null. */
  wording: string | null;
  /** True when a continuing story's statement was not in the previous digest. */
  isNew: boolean;
  /** "— Speaker · 3 outlets: A, B and C · paraphrased" (speaker and wording only when known). */
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

/** What one outlet alone reports in a story. */
export interface OnlyInView {
  /** "Only in Metro Herald". */
  label: string;
  outlet: string;
  items: StatementView[];
}

export interface ContinuingView {
  /** "Continuing from Friday, 20 November 2026". */
  label: string;
  /** The story's headline in that digest. */
  previousTitle: string;
  /** "2 new statements since then" / "No new statements since then". */
  whatIsNew: string;
}

export interface StoryView {
  /** 1-based position among the story cards. */
  number: number;
  headline: string;
  /** "5 outlets". */
  outletCount: string;
  outlets: OutletView[];
  continuing: ContinuingView | null;
  /** The best-ranked key claim: the story in one sentence. */
  lead: StatementView | null;
  statements: StatementView[];
  hasStatements: boolean;
  figures: FigureView[];
  hasFigures: boolean;
  onlyIn: OnlyInView[];
  hasOnlyIn: boolean;
}

/** A story only one outlet reported: one line in the compact list. */
export interface BriefView {
  headline: string;
  outlet: string;
  url: string | null;
  /** The lead, shortened; '' when the story has no statement. */
  summary: string;
}

export interface OmittedView {
  /** "12 more stories". */
  count: string;
  /** "This email shows the top 18 of 30 stories." */
  message: string;
  /** The archived full digest, when known. */
  url: string | null;
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
  briefs: BriefView[];
  hasBriefs: boolean;
  /** "Also reported by one outlet"; "Also reported, one report each" when a wire story republished by several is among them. */
  briefsHeading: string;
  /** True when the day had no story at all. */
  isEmpty: boolean;
  /** Stories left out to keep the email under the size budget; null when every story is shown. */
  omitted: OmittedView | null;
  footer: {
    reason: string;
    unsubscribeUrl: string;
    archiveUrl: string | null;
  };
}

/** Caps on untrusted text, so one runaway article cannot flood the email. */
