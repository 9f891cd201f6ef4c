/**
 * What the card reads from the page around it: the colour scheme, the language and the
 * publisher's fallback content. Read once per update, before rendering, so the templates stay
 * pure functions of their input.
 */

// The page's own color-scheme. Read at most once per task: hundreds of widgets rendering
// together share one reading instead of forcing a style recalc each.
let pageScheme: string | undefined;

/** `light` or `dark` when the page declares its color-scheme as one of them, else ''. */
export function schemeOfPage(): string {
  if (pageScheme === undefined) {
    pageScheme = /^(light|dark)$/.exec(getComputedStyle(document.documentElement).colorScheme)?.[0] ?? '';
    setTimeout(() => (pageScheme = undefined));
  }
  return pageScheme;
}

/** The language of the element's surroundings (the nearest `lang` above it), if any. */
export const languageAround = (el: Element) => el.parentElement?.closest('[lang]')?.getAttribute('lang');

/** Light-DOM content other than the JSON script: the publisher's fallback. */
export const hasFallback = (el: Element) =>
  [...el.childNodes].some((node) =>
    node.nodeType === 1
      ? (node as Element).localName !== 'script'
      : node.nodeType === 3 && node.textContent!.trim(),
  );
