/**
 * Words that tell a person's gender: honorifics, gendered roles and kin words, common given names, and the
 * personal pronouns. Attribution (attribution/gender.ts, attribution/learn.ts) reads them so that 'she' skips a man
 * the article named and 'he' a woman; eval/polnear.ts asks the given names too (through attribution/gender.ts).
 */

/** Words that tell a woman when they stand in the name or its role ("Mrs. Ortiz", "the spokeswoman"). */
export const FEMININE_WORDS: ReadonlySet<string> = new Set(
  'mrs ms miss madam lady queen princess spokeswoman congresswoman chairwoman businesswoman sister mother wife daughter actress dame'.split(' '),
);

/** Words that tell a man when they stand in the name or its role ("Mr. Ortiz", "the spokesman"). */
export const MASCULINE_WORDS: ReadonlySet<string> = new Set(
  'mr sir lord king prince spokesman congressman chairman businessman brother father husband son actor'.split(' '),
);

/**
 * Common given names, a weak cue used only when nothing else tells: it lets "she" skip a "John" and "he" skip a
 * "Maria" when both were named in the article.
 */
export const FEMALE_GIVEN_NAMES: ReadonlySet<string> = new Set(
  (
    'mary maria anna ann anne elizabeth hillary nancy susan sarah sara karen linda lisa patricia jennifer jessica ' +
    'emily emma olivia sophia laura julia angela angelina michelle barbara margaret helen catherine kate katherine ' +
    'elena irina olga natalia tatiana yulia ursula kamala nikki carly elizabeth theresa teresa marine christine ' +
    'jill melania ivanka chelsea hope kellyanne sheryl amy debbie donna diane dianne rachel rebecca ruth janet ' +
    'claire sophie marie giorgia annalena jacinda sanna kaja priya aisha fatima mariam leila'
  ).split(' '),
);
export const MALE_GIVEN_NAMES: ReadonlySet<string> = new Set(
  (
    'john james robert michael william david richard joseph thomas charles christopher daniel matthew donald mark ' +
    'paul steven andrew kenneth george joshua kevin brian edward ronald timothy jason jeffrey ryan jacob gary ' +
    'barack joe bernie ted marco jeb ben chris mike rand rick bill vladimir dmitry sergei sergey volodymyr ' +
    'emmanuel olaf boris keir rishi xi kim recep benjamin lloyd antony jake mitch chuck kevin newt reince corey ' +
    'jared eric tim lindsey john ali ahmed mohammed muhammad omar hassan ivan igor alexei alexander peter'
  ).split(' '),
);

/** Personal pronouns of a man ("Okafor said his ferry ..."). */
export const MASCULINE_PRONOUNS: ReadonlySet<string> = new Set(['he', 'his', 'him', 'himself']);
/** Personal pronouns of a woman. */
export const FEMININE_PRONOUNS: ReadonlySet<string> = new Set(['she', 'her', 'hers', 'herself']);
