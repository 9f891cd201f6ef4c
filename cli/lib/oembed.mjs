// oEmbed (https://oembed.com/): a static `rich` response per claim, and the discovery link the
// claim's page carries, so that pasting the page's URL in WordPress, Ghost and the like shows
// the card. Every claim text is escaped into the HTML, and the HTML is a JSON string.
import { escapeHtml as esc } from './escape.mjs';
import { verdictLabel } from './defaults.mjs';

/** The width the response names: a typical article column. The frame itself is 100% wide. */
export const OEMBED_WIDTH = 600;

/**
 * The height the frame starts at, before the page tells its host its own: a rough measure of
 * the embed card at OEMBED_WIDTH, from the lengths of its texts. WordPress replaces it on load.
 */
export function estimatedHeight(claim) {
  const lines = (text, perLine = 62) => (text ? Math.ceil(text.length / perLine) : 0);
  const text =
    lines(claim.claim, 40) * 30 +
    lines(claim.verdict.note) * 24 +
    lines(claim.summary) * 24 +
    lines(claim.scores?.explanation) * 21 +
    lines(claim.mechanism?.summary) * 24 +
    lines(claim.disclaimer ?? 'Not medical advice. Talk to a qualified health professional.') * 21;
  const parts = 230 + (claim.scores ? 90 : 0) + (claim.scientificWording ? 50 : 0) + (claim.mechanism?.summary ? 40 : 0);
  return Math.min(1000, Math.max(200, Math.round(text + parts)));
}

/**
 * What a consumer shows: a blockquote with the claim (linked to its page) and the verdict, then
 * the frame. WordPress keeps exactly these two (only `<a href>` inside the blockquote), shows
 * the blockquote until the frame speaks, and sandboxes the frame.
 */
export function oembedHtml(claim, urls, height) {
  const title = `${claim.claim} (${verdictLabel(claim)})`;
  return (
    // The line break keeps a space between claim and verdict where WordPress drops the <p>s.
    `<blockquote><p><a href="${esc(urls.page)}">${esc(claim.claim)}</a></p>\n<p>— ${esc(verdictLabel(claim))}</p></blockquote>\n` +
    `<iframe src="${esc(urls.embed)}" title="${esc(title)}" width="100%" height="${height}" frameborder="0"></iframe>`
  );
}

/** The `rich` response for a claim, every URL absolute (under `base`). */
export function oembedResponse(claim, urls, base) {
  const height = estimatedHeight(claim);
  return {
    version: '1.0',
    type: 'rich',
    title: claim.claim,
    provider_name: claim.publisher?.name ?? new URL(base).host,
    provider_url: claim.publisher?.url ?? base,
    html: oembedHtml(claim, urls, height),
    width: OEMBED_WIDTH,
    height,
  };
}

/** The `<link>` in the claim's page that lets consumers find the response. */
export const discoveryLink = (claim, urls) =>
  `<link rel="alternate" type="application/json+oembed" href="${esc(urls.oembed)}" title="${esc(claim.claim)}" />`;
