/**
 * The script of the embed page (embed/<id>.html), built to dist/embed-frame.js as a classic
 * script: the page runs in a frame sandboxed to `allow-scripts`, whose origin is opaque, so a
 * module from the claims host would need CORS headers, and storage is off limits (none is used).
 * The page is complete without it; it only talks to the host:
 *
 * - WordPress's resize protocol (wp-includes/js/wp-embed.js): `{message: 'height', value, secret}`
 *   to the parent on load, whenever the card's height changes, and when the host says `ready`.
 *   The secret comes from the frame's URL, `#?secret=…`.
 * - In a sandbox (WordPress's), a link to the claims site goes through WordPress's `link`
 *   message: the sandbox forbids the frame to open a tab or move the page itself, and wp-embed
 *   opens such a link in the top window. Elsewhere the links' own target (a new tab) applies.
 * - `?theme=dark` gives the card its dark colours (the page is prerendered light).
 */
(() => {
  // Read when needed: a host may add it just after the frame started loading.
  const secret = () => /[#&?]secret=([A-Za-z0-9]+)/.exec(location.hash)?.[1] ?? '';
  const framed = parent !== window;
  const post = (message: string, value: string | number) => parent.postMessage({ message, value, secret: secret() }, '*');

  if (new URLSearchParams(location.search).get('theme') === 'dark') {
    document.querySelector('evidence-claim')?.shadowRoot?.querySelector('.root')?.classList.replace('light', 'dark');
  }
  if (!framed) return;

  let told = 0;
  const tell = (again = false) => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (again || height !== told) post('height', (told = height));
  };
  new ResizeObserver(() => tell()).observe(document.documentElement);
  addEventListener('load', () => tell(true));
  addEventListener('message', (e: MessageEvent) => {
    if (e.source === parent && e.data?.message === 'ready' && e.data.secret === secret()) tell(true);
  });

  addEventListener('click', (e: MouseEvent) => {
    // Only where the frame cannot open a tab itself: a sandbox (an opaque origin, as WordPress's).
    if (
      !secret() ||
      window.origin !== 'null' ||
      e.defaultPrevented ||
      e.button !== 0 ||
      e.altKey ||
      e.ctrlKey ||
      e.metaKey ||
      e.shiftKey
    )
      return;
    const a = e.composedPath().find((n): n is HTMLAnchorElement => n instanceof HTMLAnchorElement && !!n.href);
    if (a && new URL(a.href).host === location.host) {
      e.preventDefault();
      post('link', a.href);
    }
  });
})();
