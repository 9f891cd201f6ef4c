/**
 * The host side of the embed frame, for oEmbed consumers that put the response's HTML in their
 * page as it is (Ghost's embed card): built to dist/embed-host.js and inlined by `build` after the
 * frame, as WordPress's own post embeds carry wp-embed.js. It does what wp-embed.js does for this
 * one frame: gives it a secret, sets its height from the page's `height` messages (200–1000 px,
 * WordPress's range) and, once the frame speaks, hides the blockquote before it. WordPress
 * strips it (its own wp-embed.js takes over there); where it is blocked, the blockquote and the
 * frame at its first height stay.
 */
((script) => {
  const frame = script?.previousElementSibling;
  const quote = frame?.previousElementSibling;
  if (!(frame instanceof HTMLIFrameElement) || frame.dataset.secret) return;
  const secret = Math.random().toString(36).slice(2, 12);
  frame.dataset.secret = secret;
  frame.src += `#?secret=${secret}`;
  addEventListener('message', (e: MessageEvent) => {
    const data = e.data;
    if (e.source !== frame.contentWindow || data?.secret !== secret) return;
    if (quote instanceof HTMLQuoteElement) quote.style.display = 'none';
    if (data.message === 'height') frame.height = String(Math.min(1000, Math.max(200, parseInt(data.value, 10) || 0)));
  });
  frame.addEventListener('load', () => frame.contentWindow?.postMessage({ message: 'ready', secret }, '*'));
})(document.currentScript);
