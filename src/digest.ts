/**
 * A short fingerprint of what a prerendered card shows: the widget's version, its variant and the
 * claim document as given (before validation, so that checking it needs no validator). The card
 * carries it (`data-digest`), so the script can tell, without drawing anything, whether a document
 * it reads is the one the card was drawn from. The interface language is on the card itself (`lang`).
 */
export function digest(version: string, variant: string, doc: unknown): string {
  const text = `${version} ${variant} ${JSON.stringify(doc)}`;
  // FNV-1a, 32 bits: a change detector, not a security check (the document is public anyway).
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x1000193);
  return (h >>> 0).toString(36);
}
