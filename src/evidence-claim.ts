/**
 * The embed's entry: registers `<evidence-claim>` unless something already has.
 *
 * Two copies of the script (two versions, or the module and the classic build) on one page:
 * the first registration wins and keeps working; a later one says so once and does nothing.
 */
import { EvidenceClaim } from './evidence-claim-element.js';

export * from './evidence-claim-element.js';
export type * from './types.js';

const existing = customElements.get('evidence-claim');
if (!existing) {
  customElements.define('evidence-claim', EvidenceClaim);
} else if (existing !== EvidenceClaim) {
  const version = (existing as Partial<typeof EvidenceClaim>).version ?? 'unknown';
  console.warn(
    `evidence-claim: <evidence-claim> is already defined by another copy (version ${version}); this copy (version ${EvidenceClaim.version}) does nothing.`,
  );
}

declare global {
  interface HTMLElementTagNameMap {
    'evidence-claim': EvidenceClaim;
  }
}
