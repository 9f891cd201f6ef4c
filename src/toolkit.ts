/**
 * What the publisher's tools (the CLI in Node, the builder page in the browser) share with the
 * widget, built to dist/toolkit.js: the validator, the interface strings and languages, and the
 * version. The tools import these instead of keeping copies, so a card and the text fallback
 * written for it never disagree. Nothing here touches the DOM.
 */
export { ID_PATTERN, httpUrl, problemText, toClaim, validateClaim } from './validate.js';
export { ENGLISH, LANGUAGES, isRtl, stringsFor, verdictWords, type Strings } from './strings.js';
export type * from './types.js';

/** This build's version (package.json's). */
export const VERSION: string = __VERSION__;
