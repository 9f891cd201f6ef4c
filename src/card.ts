/**
 * Everything drawing a card needs, and a prerendered card that stays as drawn does not: the
 * validator, the interface strings, the templates and their styles. The element loads it with
 * one dynamic import (src/embed.ts asks for it early, beside the element, on pages with a card
 * to draw). It imports only Lit and small shared modules from the element's own chunk, never
 * the page's entry, so it runs once whatever URL the page loaded the script from.
 */
export { cardTemplate, type CardState } from './render.js';
export { drawnStyles, styles } from './styles.js';
export { toClaim } from './validate.js';
export { stringsFor } from './strings.js';
