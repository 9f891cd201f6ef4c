// oEmbed (https://oembed.com/): a static `rich` response per claim, and the discovery link the
// claim's page carries, so that pasting the page's URL in WordPress, Ghost and the like shows
// the card. Every claim text is escaped into the HTML, and the HTML is a JSON string.
import { escapeHtml as esc } from './escape.mjs';
import { DEFAULT_DISCLAIMER } from './defaults.mjs';

/** The width the response names: a typical article column. The frame itself is 100% wide. */
export const OEMBED_WIDTH = 600;

/**
 * The height the frame starts at, before the page tells its host its own: a rough measure of
 * the embed card (cli/lib/embed-page.mjs) at OEMBED_WIDTH from the lengths of its texts, fitted
 * to the demo claims (within about 15%). WordPress replaces it as soon as the page has loaded.
 */
export function estimatedHeight(claim) {
  const lines = (text, perLine) => (text ? Math.ceil(text.length / perLine) : 0);
  const height =
    200 +
    (claim.scores ? 80 : 0) +
    (claim.scientificWording ? 50 : 0) +
    lines(claim.verdict.note, 80) * 20 +
    lines(claim.claim, 70) * 27 +
    lines(claim.summary, 75) * 23 +
    lines(claim.disclaimer ?? DEFAULT_DISCLAIMER, 85) * 19;
  return Math.min(1000, Math.max(200, height));
}

/**
 * What a consumer shows: a blockquote with the claim (linked to its page) and the verdict, then
 * the frame, then `hostScript` (dist/embed-host.js: sizes the frame where the HTML is kept as it
 * is, as in Ghost). WordPress keeps only the first two (only `<a href>` inside the blockquote),
 * shows the blockquote until the frame speaks, and sandboxes the frame.
 */
export function oembedHtml(claim, urls, { verdict, height, hostScript }) {
  const title = `${claim.claim} (${verdict})`;
  return (
    // The space after the link separates claim and verdict where WordPress drops the <p>s.
    `<blockquote><p><a href="${esc(urls.page)}">${esc(claim.claim)}</a> </p>\n<p>— ${esc(verdict)}</p></blockquote>\n` +
    `<iframe src="${esc(urls.embed)}" title="${esc(title)}" width="100%" height="${height}" frameborder="0" referrerpolicy="no-referrer"></iframe>` +
    `\n<script>${hostScript.trim()}</script>`
  );
}

/**
 * The `rich` response for a claim, every URL absolute (under `base`). `verdict`: the verdict's
 * words in the claim's language (the card's own).
 */
export function oembedResponse(claim, urls, base, { verdict, hostScript }) {
  // Our own built code, never claim text; it must not be able to end its element early.
  if (/<\/script|<!--/i.test(hostScript)) throw new Error('dist/embed-host.js cannot be inlined');
  const height = estimatedHeight(claim);
  return {
    version: '1.0',
    type: 'rich',
    title: claim.claim,
    provider_name: claim.publisher?.name ?? new URL(base).host,
    provider_url: claim.publisher?.url ?? base,
    html: oembedHtml(claim, urls, { verdict, height, hostScript }),
    width: OEMBED_WIDTH,
    height,
  };
}

/** The `<link>` in the claim's page that lets consumers find the response. */
export const discoveryLink = (claim, urls) =>
  `<link rel="alternate" type="application/json+oembed" href="${esc(urls.oembed)}" title="${esc(claim.claim)}" />`;
