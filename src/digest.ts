/**
 * A short fingerprint of what a card shows: the widget's version and the validated claim.
 * A prerendered card carries it (`data-digest`), so the script can tell, without drawing
 * anything, whether the document it fetches is the one the card was drawn from.
 */
export function digest(version: string, claim: unknown): string {
  const text = version + JSON.stringify(claim);
  // FNV-1a, 32 bits: a change detector, not a security check (the document is public anyway).
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x1000193);
  return (h >>> 0).toString(36);
}
