/**
 * The widget's own words.
 *
 * Only the interface is translated here; claim documents carry their own texts. Counts go
 * through Intl.PluralRules, numbers and dates through Intl. A language we do not ship falls back
 * to its base tag (`pt-BR` -> `pt`), then to English.
 *
 * English is built in. Every other language is a small module in ./i18n/, fetched from beside
 * the script only by pages that show that language: the five other tables would cost more than
 * a third of the size budget if every page carried them (README, "Languages").
 *
 * A table is one template literal, one string per line, in the order of KEYS: no key repeated
 * per language, and easy to translate side by side. Plural strings hold `category:form` pairs
 * separated by `|`, with `#` for the number; a missing category falls back to `other`.
 * test/strings.test.ts checks every table is complete.
 */

const KEYS = [
  'supports',
  'opposes',
  'balanced',
  'insufficient',
  'supportsStance',
  'opposesStance',
  'neutralStance',
  'claim',
  'support',
  'oppose',
  'outOf',
  'summary',
  'wording',
  'mechanism',
  'research',
  'nSupport',
  'nOppose',
  'breakdown',
  'chain',
  'raw',
  'ideal',
  'grade',
  'people',
  'full',
  'by',
  'updated',
  'disclaimer',
  'loading',
  'error',
  'expand',
  'collapse',
  'close',
  'etAl',
] as const;

export type Strings = Record<(typeof KEYS)[number], string>;

const EN = `Supports is higher
Opposes is higher
Evidence is balanced
Not enough evidence
Supports
Opposes
Neutral
The claim
Support score
Oppose score
out of 100
In plain words
See the scientific wording
How it might work
What the research says
one:# supporting study|other:# supporting studies
one:# opposing study|other:# opposing studies
Score breakdown
Mechanism chain
Raw evidence
Ideal studies needed
Grade
one:# participant|other:# participants
Read the full analysis
Assessed by
Updated
Not medical advice. Talk to a qualified health professional before making health decisions.
Loading the evidence…
This claim could not be loaded
Show the full evidence
Show less
Close
et al.`;

/** Loaders of the other languages, by base tag. */
const PACKS: Record<string, () => Promise<{ default: string }>> = {
  es: () => import('./i18n/es.js'),
  fr: () => import('./i18n/fr.js'),
  de: () => import('./i18n/de.js'),
  pt: () => import('./i18n/pt.js'),
  ar: () => import('./i18n/ar.js'),
};

const parse = (table: string) => {
  const lines = table.split('\n');
  return Object.fromEntries(KEYS.map((k, i) => [k, lines[i]])) as Strings;
};
const loaded: Record<string, Strings | Promise<Strings>> = { en: parse(EN) };

/** Right-to-left scripts among the base tags a claim may use (not only the ones we translate). */
const RTL = /^(ar|he|fa|ur|ps|yi|dv|ckb|sd|ug)$/;

const base = (lang: string) => lang.split('-')[0].toLowerCase();
export const isRtl = (lang: string) => RTL.test(base(lang));

/**
 * The strings for a language tag: at once when they are here, else a promise of them (one
 * import per language for the page's life). A pack that fails to load falls back to English.
 */
export function stringsFor(lang: string): Strings | Promise<Strings> {
  const code = PACKS[base(lang)] ? base(lang) : 'en';
  return (loaded[code] ??= PACKS[code]().then(
    (m) => (loaded[code] = parse(m.default)),
    // A pack that cannot load (blocked, offline) leaves that language in English for good.
    () => {
      console.warn(`evidence-claim: the "${code}" language pack could not load (i18n/${code}.js beside the script); showing English`);
      return (loaded[code] = loaded.en);
    },
  ));
}

const formats = new Map<string, any>();
/**
 * One Intl formatter per kind, language and options for the page's life: building them is most
 * of the cost of a card's text (the benchmark's profile), and a page has few combinations.
 */
export function intl<T>(Kind: new (lang: string, options?: object) => T, lang: string, options?: object): T {
  const key = Kind.name + lang + JSON.stringify(options);
  let format = formats.get(key);
  if (!format) formats.set(key, (format = new Kind(lang, options)));
  return format;
}

/** The plural form for n in lang, with `#` replaced by the number written for that language. */
export function plural(lang: string, forms: string, n: number): string {
  const category = intl(Intl.PluralRules, lang).select(n);
  const pick = (c: string) => forms.split('|').find((f) => f.startsWith(c + ':'))?.slice(c.length + 1);
  return (pick(category) ?? pick('other')!).replace('#', intl(Intl.NumberFormat, lang).format(n));
}
