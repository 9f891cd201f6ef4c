/**
 * The widget's own words.
 *
 * Only the interface is translated here; claim documents carry their own texts. Each table
 * also says how its language writes numbers and dates (`numbers`, `months`, `date`; used by
 * format.ts). A language we do not ship falls back
 * to its base tag (`pt-BR` -> `pt`), then to English.
 *
 * English is built in. Every other language is a small module in ./i18n/, fetched from beside
 * the script only by pages that show that language: the five other tables would cost more than
 * a third of the size budget if every page carried them (README, "Languages").
 *
 * A table is an object keyed by string name. English defines the keys; every other
 * table is typed as Strings, so a missing, extra or misspelt key fails the build. Plural strings
 * hold `category:form` pairs separated by `|`, with `#` for the number; a missing category falls
 * back to `other`.
 */
import type { Claim } from './types.js';
import { READER_ERROR } from './errors.js';
import { baseLanguage } from './lang.js';

/** The English table, built in (the CLI also writes its text fallbacks from it). */
export const ENGLISH = {
  supports: 'Evidence supports this',
  opposes: 'Evidence goes against this',
  balanced: 'Evidence is mixed',
  insufficient: 'Not enough evidence yet',
  supportsStance: 'Supports',
  opposesStance: 'Opposes',
  neutralStance: 'Neutral',
  claim: 'The claim',
  support: 'Evidence for',
  oppose: 'Evidence against',
  outOf: 'out of 100',
  summary: 'In plain words',
  wording: 'See the scientific wording',
  mechanism: 'How it might work',
  research: 'What the research says',
  nSupport: 'one:# supporting study|other:# supporting studies',
  nOppose: 'one:# opposing study|other:# opposing studies',
  breakdown: 'How the scores add up',
  chain: 'How it might work, step by step',
  raw: 'Quotes from the studies',
  ideal: 'Studies that would settle it',
  grade: 'Grade',
  people: 'one:# participant|other:# participants',
  full: 'Read the full analysis',
  by: 'Assessed by',
  updated: 'Updated',
  published: 'Published',
  // The line a card shows when its claim changed after the article around it (changed.ts).
  updatedAfter: 'Updated on {date}, after this article was published.',
  verdictChanged: 'The verdict changed from “{from}” to “{to}”.',
  disclaimer: 'Not medical advice. Talk to a qualified health professional before making health decisions.',
  loading: 'Loading the evidence…',
  error: READER_ERROR,
  expand: 'Show the full evidence',
  close: 'Close',
  etAl: 'et al.',
  all: 'other:Show all # studies',
  more: 'More details',
  // How the language writes numbers and dates, as CLDR (and so Intl) has them: the group
  // separator, the decimal separator, and the fewest integer digits that get grouped (Spanish
  // writes 1234 but 12.345); the months; a long date with {d}, {m} and {y}.
  numbers: ',.4',
  months: 'January|February|March|April|May|June|July|August|September|October|November|December',
  date: '{m} {d}, {y}',
};

export type Strings = Record<keyof typeof ENGLISH, string>;

/**
 * Loaders of the other languages, by base tag: the one list of shipped languages. Each import
 * stays a literal so that the bundler makes one chunk per language.
 */
const PACKS: Record<string, () => Promise<{ default: Strings }>> = {
  es: () => import('./i18n/es.js'),
  fr: () => import('./i18n/fr.js'),
  de: () => import('./i18n/de.js'),
  pt: () => import('./i18n/pt.js'),
  ar: () => import('./i18n/ar.js'),
};

/** Every interface language shipped, English first. */
export const LANGUAGES = ['en', ...Object.keys(PACKS)];

/**
 * The verdict's words: the document's own label, as written (the format's example labels
 * included: "Supports is higher" is what the source site shows), else the interface's plain
 * words for its leaning.
 */
export const verdictWords = (claim: Claim, strings: Strings) => claim.verdict.label || strings[claim.verdict.leaning];

const loaded: Record<string, Strings | Promise<Strings>> = { en: ENGLISH };

/** Right-to-left scripts among the base tags a claim may use (not only the ones we translate). */
const RTL = /^(ar|he|fa|ur|ps|yi|dv|ckb|sd|ug)$/;

export const isRtl = (lang: string) => RTL.test(baseLanguage(lang));

/**
 * The strings for a language tag: at once when they are here, else a promise of them (one
 * import per language for the page's life). A pack that fails to load falls back to English.
 */
export function stringsFor(lang: string): Strings | Promise<Strings> {
  const code = PACKS[baseLanguage(lang)] ? baseLanguage(lang) : 'en';
  return (loaded[code] ??= PACKS[code]().then(
    (pack) => (loaded[code] = pack.default),
    // A pack that cannot load (blocked, offline) leaves that language in English for good.
    () => {
      console.warn(
        `evidence-claim: the "${code}" language pack could not load (i18n/${code}.js beside the script); showing English`,
      );
      return (loaded[code] = loaded.en);
    },
  ));
}
