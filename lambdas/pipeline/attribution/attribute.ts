/**
 * Who said it, and is it a quote? Rule-based attribution of one statement unit (a sentence, or sentences joined
 * because one quotation runs across them) with the article's earlier units as context, in named steps:
 *
 * 1. frame the unit: mask the quotations (QQQ) so their words never become the speaker, and tokenise (frame.ts);
 * 2. learn the people and organisations it introduces (learn.ts);
 * 3. find the speech verb nearest the quotation and the mention it points at (verbs.ts, mentions.ts);
 * 4. resolve that mention through the entity memory: 'he', "the Kremlin leader", "Putin" (resolve.ts);
 * 5. without one, the fallbacks: a quotation-only paragraph continues the previous speaker, a name before the colon
 *    that opens the quotation, the sentence's subject (subject.ts);
 * 6. remember what the unit says for the next units (learn.ts, entity-memory.ts).
 *
 * Steps 1 and 3 and the subject read the unit alone: unit-parse.ts does them once per distinct text.
 * `ArticleAttribution` holds one article's memory; create one per article.
 */
import type { StatementKind } from '../model.js';
import { EntityMemory } from './entity-memory.js';
import { DEFAULT_ATTRIBUTION_PARAMS, type AttributionParams, type UnitContext } from './unit-context.js';
import { isWord, joinFragments, type Tok } from './frame.js';
import { parseUnit, type UnitParse } from './unit-parse.js';
import { learnEntities, learnOrganisations, learnSubject } from './learn.js';
import { mentionBefore } from './mentions.js';
import { cleanSpeaker, resolve, speakerOfMention } from './resolve.js';
import type { SentenceSubject } from './subject.js';

export interface Attribution {
  kind: StatementKind;
  /** A plain name ("Vladimir Putin", "Russia's defense ministry"), or null when the text does not say. */
  speaker: string | null;
  /** The quoted words, joined, without quote marks; null when nothing is quoted. */
  quote: string | null;
  /** Each quoted passage (for verbatim containment checks between partial quotes). */
  fragments: string[];
  /** True when a speech verb or "according to" was found: the statement is reported speech. */
  reported: boolean;
}

/**
 * The attribution of ONE article: its units are attributed in order and share this object's entity memory (the
 * people and organisations the article named, by full name, role and gender), so 'he', "Putin" and "the minister"
 * resolve to the names used before. Created where an article's units are made (statements/units.ts,
 * attributeArticle) and dropped with the article: nothing in it describes another article.
 */
export class ArticleAttribution {
  readonly memory = new EntityMemory();
  private readonly parse: (text: string) => UnitParse;

  /**
   * `parse`, when given, answers parseUnit(text, params) (a day's UnitTexts remembers them for the default
   * thresholds); by default each unit is parsed here.
   */
  constructor(
    private readonly params: Readonly<AttributionParams> = DEFAULT_ATTRIBUTION_PARAMS,
    parse?: (text: string) => UnitParse,
  ) {
    this.parse = parse ?? ((text) => parseUnit(text, params));
  }

  /**
   * Decides kind and speaker of the unit at `position` (units come in article order) and registers what it teaches.
   * `previous` is the previous unit's attribution as the caller settled it: a quotation that continues without a
   * new "he said" takes its speaker.
   */
  attribute(text: string, position: number, previous: Attribution | null): Attribution {
    return attributeUnit(this.parse(text), { memory: this.memory, position, params: this.params }, previous);
  }
}

/** Attributes every unit of one article in order, sharing one entity memory (pronouns need the context). */
export function attributeArticle(units: readonly string[], params: Readonly<AttributionParams> = DEFAULT_ATTRIBUTION_PARAMS): Attribution[] {
  const article = new ArticleAttribution(params);
  const out: Attribution[] = [];
  units.forEach((text, position) => {
    out.push(article.attribute(text, position, out[out.length - 1] ?? null));
  });
  return out;
}

/** Decides kind and speaker of one parsed unit; registers what it learns in the memory (the steps listed above). */
function attributeUnit(parse: UnitParse, ctx: UnitContext, previous: Attribution | null): Attribution {
  const { transcript, fragments, toks, isQuote, verb, subject } = parse;
  learnEntities(parse.introduces, ctx.memory, ctx.position);
  let speaker = verb.mention ? speakerOfMention(verb.mention, verb.according, subject, ctx) : null;
  learnSubject(subject, toks, ctx.memory, ctx.position);
  if (!speaker && isQuote) speaker = fallbackSpeaker(toks, subject, ctx, previous);
  const cleaned = speaker ? cleanSpeaker(speaker) : null;
  rememberUnit(parse, speaker, cleaned, ctx);
  return {
    kind: isQuote ? 'quote' : 'claim',
    speaker: transcript ?? cleaned,
    quote: fragments.length ? joinFragments(fragments) : null,
    fragments,
    reported: verb.reported || transcript !== null,
  };
}

/** The speaker of a quotation no speech verb attributes, or null: the fallbacks, in order. */
function fallbackSpeaker(toks: readonly Tok[], subject: SentenceSubject | null, ctx: UnitContext, previous: Attribution | null): string | null {
  const { memory, position } = ctx;
  if (toks.every((t) => !isWord(t))) {
    // A paragraph that is only a quotation continues the previous speaker ("“...,” Ortiz said. ⏎ “...”"), or
    // is introduced by the previous unit ("Ortiz continued: ⏎ “...”", "Ortiz praised the crew. ⏎ “...”").
    const continued = previous?.speaker ?? memory.subjectAt(position - 1);
    if (continued) return continued;
  }
  // "... doesn't surprise pollster Sam Reyes: “...”": a name right before the colon that opens the quotation.
  const colon = toks.findIndex((t, i) => t.t === ':' && toks[i + 1]?.t === 'QQQ');
  const m = colon > 0 ? mentionBefore(toks, colon) : null;
  if (m && (m.type === 'name' || m.type === 'nominal')) {
    const named = resolve(m, ctx, true);
    if (named) return named;
  }
  if (!subject) return null;
  // No speech verb, but the quotation sits in a sentence about someone ("Ortiz is calling the plan “...”",
  // "Ortiz: “...”"): the sentence's subject is the one quoted.
  // Remembered as a person only with the same evidence as learnSubject asks: one capitalised word may be "Audiences".
  const evidence = subject.mention.text.includes(' ') || memory.isKnown(subject.mention.text);
  return resolve(subject.mention, ctx, evidence);
}

/**
 * What the unit leaves in the memory for the next ones: who it mentions, the organisations it names, its speaker as
 * a person seen here, and its subject (a quotation-only paragraph after it continues that person).
 */
function rememberUnit(parse: UnitParse, speaker: string | null, cleaned: string | null, ctx: UnitContext): void {
  const { subject } = parse;
  const { memory, position } = ctx;
  memory.noteMentions(parse.frame, position);
  learnOrganisations(parse.introduces, memory, position);
  if (speaker && memory.isKnown(speaker)) memory.addPerson(speaker, null, position, -1);
  const subjectName = cleaned ?? (subject ? cleanSpeaker(resolve(subject.mention, ctx, false) ?? '') : null);
  if (subjectName) memory.noteSubject(subjectName, position);
}
