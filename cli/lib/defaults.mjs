// The widget's English defaults, for the HTML written before (or without) the script: by the
// CLI in Node and by demo/builder.js in the browser, so nothing here may use Node APIs.
// They repeat the English table in src/strings.ts (the CLI cannot import TypeScript);
// test/node/consistency.test.mjs fails when the two drift apart.

export const LEANING_LABELS = {
  supports: 'Supports is higher',
  opposes: 'Opposes is higher',
  balanced: 'Evidence is balanced',
  insufficient: 'Not enough evidence',
};

export const DEFAULT_DISCLAIMER =
  'Not medical advice. Talk to a qualified health professional before making health decisions.';

export const FULL_ANALYSIS = 'Read the full analysis';

/** The verdict's words: the document's own label, else the default for its leaning. */
export const verdictLabel = (claim) => claim.verdict.label ?? LEANING_LABELS[claim.verdict.leaning];

/** Right-to-left base tags, as in src/strings.ts. */
const RTL = /^(ar|he|fa|ur|ps|yi|dv|ckb|sd|ug)$/i;
export const isRtl = (lang) => RTL.test(String(lang).split('-')[0]);
/** True when a claim is written in something other than English (so defaults need lang="en"). */
export const notEnglish = (lang) => !!lang && !/^en(-|$)/i.test(lang);

/** The bundle on a public npm CDN, pinned to one version. */
export const cdnScriptUrl = (version) => `https://cdn.jsdelivr.net/npm/evidence-claim@${version}/dist/evidence-claim.js`;
