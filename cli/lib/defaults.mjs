// The widget's English defaults, for the HTML written before (or without) the script: by the
// CLI in Node and by demo/builder.js in the browser, so nothing here may use Node APIs.
// Every word comes from the widget's own table (dist/toolkit.js): there is no second copy.
import { ENGLISH, isRtl, longDate, updatedLine, verdictWords } from '../../dist/toolkit.js';

export { isRtl };

export const LEANING_LABELS = {
  supports: ENGLISH.supports,
  opposes: ENGLISH.opposes,
  balanced: ENGLISH.balanced,
  insufficient: ENGLISH.insufficient,
};

export const DEFAULT_DISCLAIMER = ENGLISH.disclaimer;

export const FULL_ANALYSIS = ENGLISH.full;

/**
 * The card's "updated after this article" line, in English, for a validated claim and an
 * `as-of` date; undefined when the card would show none. The fallback is written with the card,
 * so it knows no earlier verdict: only the date.
 */
export function updatedText(claim, asOf) {
  const line = asOf ? updatedLine(claim, asOf) : undefined;
  return line && ENGLISH.updatedAfter.replace('{date}', longDate(ENGLISH, line.date));
}

/** The verdict's words: the document's own label, else the default for its leaning. */
export const verdictLabel = (claim) => verdictWords(claim, ENGLISH);

/** True when a claim is written in something other than English (so defaults need lang="en"). */
export const notEnglish = (lang) => !!lang && !/^en(-|$)/i.test(lang);

/**
 * Where the script is by default: `evidence-claim build claims/ public/evidence-claim/` puts it
 * there, with claims/ beside it (the element's default endpoint). Works before any npm release.
 */
export const DEFAULT_SCRIPT_PATH = '/evidence-claim/evidence-claim.js';

/** The bundle on a public npm CDN, pinned to one version (only when a publisher asks for it). */
export const cdnScriptUrl = (version) => `https://cdn.jsdelivr.net/npm/evidence-claim@${version}/dist/evidence-claim.js`;
