/**
 * What the publisher's tools (the CLI in Node, the builder page in the browser) share with the
 * widget, built to dist/toolkit.js: the validator and the strict authoring checks on top of it,
 * the interface strings and languages, and the version. The tools import these instead of
 * keeping copies, so a card and the text fallback written for it never disagree. Nothing here
 * touches the DOM.
 */
export { ID_PATTERN, claimDocument, httpUrl, toClaim, validateClaim } from './validate.js';
// The authoring checks: strict where the widget is lenient (docs/claim-format.md). Their
// problemText also says what a card would leave out.
export { checkClaim, checkClaimText, lineColumn, parseClaimText, problemText, suggestField } from './authoring.js';
export type { AuthoringOptions, AuthoringProblem, AuthoringResult } from './authoring.js';
export { ENGLISH, LANGUAGES, isRtl, stringsFor, verdictWords, type Strings } from './strings.js';
export type * from './types.js';
// The "updated after this article" line (`as-of`), for the text fallback beside a card.
export { dayOf, updatedLine } from './changed.js';
export { longDate } from './format.js';

/** This build's version (package.json's). */
export const VERSION: string = __VERSION__;
