/**
 * The host's own box. It ships with the element and applies from the first render: the card's
 * styles (styles.ts) come with the card chunk, and a prerendered card links both as one file.
 */
import { unsafeCSS } from 'lit';

// Named `css` so the build minifies the sheet (see styles.ts).
const css = (text: TemplateStringsArray) => unsafeCSS(text[0]);

export const hostStyles = css`
  /* No content-visibility: auto here. Its placeholder size shifts a card that is already drawn
     (a prerendered one, or one whose styles apply again). */
  :host {
    display: block;
  }
  :host([hidden]) {
    display: none;
  }
  /* Until the card is drawn (the first render may wait for its time slice, the templates and
     the claim), keep the place of a typical collapsed card, so the page never paints an empty
     card and then pushes text down. Only once the script runs (:defined): a prerendered card
     linking this sheet before then is already drawn. */
  :host(:defined:not([state]):not([variant='badge'])),
  :host([state='loading']:not([variant='badge'])) {
    min-height: 544px;
  }
  /* A badge sits in a sentence: it reserves nothing while it loads. */
  :host([variant='badge']) {
    display: inline;
  }
`;
