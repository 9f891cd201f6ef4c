/**
 * What the card reads from the page around it: the colour scheme it sits on, where it sits in
 * the page's outline, the language and the publisher's fallback content. Read once per update,
 * before rendering, so the templates stay pure functions of their input. Reading styles here
 * costs no extra style pass: it only brings forward the one the browser runs before the next
 * paint anyway.
 */

/** The parent across shadow boundaries: a card inside another component sits on its background. */
const up = (el: Element): Element | undefined => el.parentElement ?? (el.getRootNode() as ShadowRoot).host;

// Readings of the scheme by parent element, for the rest of the task: the cards of one article
// rendering together share one reading instead of forcing a style recalc each.
const schemes = new Map<Element, string>();

/**
 * `light`, `dark`, or `''` (the reader's preference) for `theme="auto"`: the color-scheme the
 * page sets where the card sits, when it names one; else the first background colour behind the
 * card (a white page keeps a light card in a dark OS); else the canvas: white (light), unless the
 * page declares both schemes, where the reader's preference decides, as it does for the page.
 */
export function schemeBehind(host: Element): string {
  const parent = up(host) ?? document.documentElement;
  if (!schemes.size) setTimeout(() => schemes.clear());
  if (!schemes.has(parent)) schemes.set(parent, readScheme(parent));
  return schemes.get(parent)!;
}

let pixel: CanvasRenderingContext2D | null | undefined;

/**
 * A computed colour as sRGB 0-255 and alpha 0-1. Engines give `rgb()`/`rgba()` for most, but keep
 * `oklch()`, `lab()`, `color(…)` as written (Tailwind's palette is oklch): those are painted on
 * one pixel and read back.
 */
function rgba(color: string): number[] {
  if (/^rgba?\(/.test(color)) {
    const [r, g, b, a = 1] = color.match(/[\d.]+/g)!.map(Number);
    return [r, g, b, a];
  }
  pixel ??= document.createElement('canvas').getContext('2d', { willReadFrequently: true });
  if (!pixel) return [0, 0, 0, 0];
  pixel.clearRect(0, 0, 1, 1);
  pixel.fillStyle = color;
  pixel.fillRect(0, 0, 1, 1);
  const [r, g, b, a] = pixel.getImageData(0, 0, 1, 1).data;
  return [r, g, b, a / 255];
}

function readScheme(parent: Element): string {
  // color-scheme is inherited: a dark section of a page counts as dark. `light dark` names both.
  const named = getComputedStyle(parent).colorScheme.match(/light|dark/g) ?? [];
  if (named.length == 1) return named[0];
  // With no background anywhere: the canvas, white unless the page declares both schemes.
  let scheme = named[0] ? '' : 'light';
  for (let el: Element | undefined = parent; el; el = up(el)) {
    const [r, g, b, a] = rgba(getComputedStyle(el).backgroundColor);
    // A rough luminance: green counts most.
    if (a > 0.5) {
      scheme = r + 2 * g + b < 512 ? 'dark' : 'light';
      break;
    }
  }
  // A background that matches the reader's preference may be the page following it (a dark mode
  // by media query, or Canvas): then the card follows the preference too, and keeps following
  // it if the reader switches. A background that does not match wins over the preference.
  return scheme && matchMedia(`(prefers-color-scheme: ${scheme})`).matches ? '' : scheme;
}

/**
 * The level for the card's claim heading: one below the nearest heading before the card in
 * its document (or shadow root), 2 when none precedes, so the outline never skips a level.
 */
export function levelAfter(host: Element): number {
  let level = 1;
  for (const h of (host.getRootNode() as ParentNode).querySelectorAll('h1,h2,h3,h4,h5,h6,[role=heading]')) {
    // A role=heading without aria-level is level 2 (WAI-ARIA).
    if (h.compareDocumentPosition(host) & 4 /* DOCUMENT_POSITION_FOLLOWING */)
      level = +(h.getAttribute('aria-level') ?? h.localName[1]) || 2;
  }
  return Math.min(level + 1, 6);
}

/** The language of the element's surroundings (the nearest `lang` above it), if any. */
export const languageAround = (el: Element) => el.parentElement?.closest('[lang]')?.getAttribute('lang');

/** Light-DOM content other than the JSON script: the publisher's fallback. */
export const hasFallback = (el: Element) =>
  [...el.childNodes].some((node) =>
    node.nodeType === 1 ? (node as Element).localName !== 'script' : node.nodeType === 3 && node.textContent!.trim(),
  );
