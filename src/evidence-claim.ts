/**
 * The embed's entry: registers `<evidence-claim>` unless something already has.
 *
 * Two copies of the script (two versions, or the module and the classic build) on one page:
 * the first registration wins and keeps working; a later one says so once and does nothing.
 * Apps that want another tag name or registry import `evidence-claim/element` instead.
 */
import { EvidenceClaim } from './evidence-claim-element.js';

export * from './evidence-claim-element.js';
export type * from './types.js';

EvidenceClaim.define();
