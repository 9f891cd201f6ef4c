/**
 * The card's styles. Host pages cannot reach in (shadow DOM), but inherited properties can:
 * `.root` resets everything with `all: initial` and sets each inherited property itself, in em
 * from one base size, so a theme's `* { line-height: 3 !important }` leaves the card alone.
 * The font family and size follow the host by default, so the card reads like the article
 * around it: every size in the card scales from the host's.
 *
 * Colours come in pairs through light-dark(): the `theme` attribute, or the page's own
 * color-scheme, picks which one applies. Every byte here ships to every reader: internal
 * custom properties have one-letter names (--_b border, --_m muted, --_a accent, --_c the
 * leaning's colour, --_s surface).
 */
import { unsafeCSS } from 'lit';

// Static text, no interpolation: Lit's `css` tag would only add its checks of interpolated
// values (and their long error message). Named `css` so the build still minifies the sheet.
const css = (text: TemplateStringsArray) => unsafeCSS(text[0]);

export const styles = css`
  .root {
    all: initial;
    display: block;
    color-scheme: light dark;
    /* Three properties, not the font shorthand: a var() falling back to inherit is invalid there. */
    font-size: var(--evidence-claim-font-size, inherit);
    line-height: 1.5;
    font-family: var(--evidence-claim-font-family, inherit);
    color: var(--evidence-claim-text, light-dark(#1b1f24, #e6e8eb));
    --_s: var(--evidence-claim-surface, light-dark(#fff, #17191d));
    --_m: var(--evidence-claim-muted, light-dark(#56606b, #a9b1bb));
    --_b: var(--evidence-claim-border, light-dark(#d5dae0, #3b424b));
    --_a: var(--evidence-claim-accent, light-dark(#0b57b3, #7db6ff));
    overflow-wrap: anywhere;
  }
  .light {
    color-scheme: light;
  }
  .dark {
    color-scheme: dark;
  }
  :host([variant='badge']) .root {
    display: inline;
  }
  .supports {
    --_c: var(--evidence-claim-supports, light-dark(#116329, #56d364));
  }
  .opposes,
  .err {
    --_c: var(--evidence-claim-opposes, light-dark(#a40e26, #ff8e86));
  }
  .balanced {
    --_c: var(--evidence-claim-balanced, light-dark(#7d4e00, #e3b341));
  }
  .insufficient,
  .neutral {
    --_c: var(--evidence-claim-insufficient, light-dark(#4d5560, #b1bac4));
  }
  .card {
    background: var(--_s);
    border: 1px solid var(--_b);
    border-top: 4px solid var(--_c, var(--_b));
    border-radius: var(--evidence-claim-radius, 12px);
    padding: var(--evidence-claim-spacing, 1.25em);
  }
  /* The loading box keeps the place of a typical collapsed card, so little moves when it lands. */
  .ph {
    min-height: 34em;
    box-sizing: border-box;
  }
  /* A badge sits in a sentence: while it loads, or if it fails, it is a small pill of the line. */
  :host([variant='badge']) .ph,
  :host([variant='badge']) .err {
    display: inline;
    min-height: 0;
    padding: 0 0.5em;
    border-width: 1px;
    border-radius: 1em;
  }
  p,
  ul,
  ol,
  figure,
  blockquote {
    margin: 0.35em 0;
  }
  ul,
  ol {
    padding-inline-start: 1.25em;
  }
  a,
  summary {
    color: var(--_a);
  }
  :focus-visible {
    outline: 3px solid var(--_a);
    outline-offset: 2px;
  }
  .sr {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  svg {
    width: 1.15em;
    height: 1.15em;
    flex: none;
    fill: none;
    stroke: currentColor;
    stroke-width: 2.6;
    stroke-linecap: round;
  }
  .badge,
  .stance,
  .verdict {
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
    color: var(--_c);
    font-weight: 700;
    font-size: 0.875em;
  }
  .badge {
    padding: 0.25em 0.8em 0.25em 0.55em;
    border: 1px solid;
    border-radius: 1em;
    background: color-mix(in srgb, var(--_c) 10%, var(--_s));
  }
  /* The claim changed after the article (changed.ts): plain text in the main colour, marked by a
     rule in the verdict's colour, so it reads as news about the verdict, not as a footnote. */
  .updated {
    margin: 0.75em 0 0;
    padding-inline-start: 0.6em;
    border-inline-start: 3px solid var(--_c);
    font-size: 0.875em;
  }
  span.updated {
    margin: 0;
    margin-inline-start: 0.4em;
    border: 0;
    padding: 0;
  }
  .note,
  .small,
  .meta,
  figcaption,
  .sl,
  .of,
  .eyebrow {
    color: var(--_m);
    font-size: 0.875em;
  }
  .eyebrow {
    margin: 1em 0 0;
    font-size: 0.75em;
    font-weight: 700;
    letter-spacing: 0.06em;
    text-transform: uppercase;
  }
  .h,
  .st,
  .count,
  .sl,
  summary {
    font-weight: 700;
  }
  /* The verdict is the headline, larger than the claim it judges. */
  .verdict {
    display: flex;
    /* The icon stays on the first line when the words wrap. */
    align-items: start;
    font-size: 1.5em;
    line-height: 1.25;
  }
  #h {
    font-size: 1.125em;
    line-height: 1.4;
  }
  /* The document's texts in another language than the interface's: each paragraph takes the
     direction of its own text, as the document's language writes it. */
  .root [lang] {
    unicode-bidi: plaintext;
  }
  .sec,
  .scores,
  details,
  .disclaimer {
    margin-top: 1em;
  }
  .scores,
  .studies {
    display: grid;
    gap: 0.6em;
  }
  .scores {
    grid-template-columns: repeat(auto-fit, minmax(9em, 1fr));
  }
  .studies {
    list-style: none;
    padding: 0;
  }
  .score,
  .study,
  details,
  .disclaimer {
    border: 1px solid var(--_b);
    border-radius: 8px;
    padding: 0.6em 0.85em;
  }
  .study {
    border-inline-start: 4px solid var(--_c);
  }
  .num {
    font-size: 1.375em;
    font-weight: 700;
    /* "72/100" stays in that order inside right-to-left text. */
    direction: ltr;
    unicode-bidi: isolate;
  }
  .of {
    font-size: 0.5em;
  }
  .gauge {
    display: block;
    width: 100%;
    height: 6px;
    fill: var(--_c);
    stroke: none;
  }
  .track {
    fill: var(--_b);
  }
  [dir='rtl'] .gauge {
    scale: -1 1;
  }
  details {
    padding-block: 0;
  }
  summary {
    display: flex;
    align-items: center;
    gap: 0.6em;
    padding: 0.6em 0;
    cursor: pointer;
  }
  summary::before {
    content: '';
    width: 0.4em;
    height: 0.4em;
    border: solid;
    border-width: 0 2px 2px 0;
    rotate: -45deg;
  }
  [dir='rtl'] summary::before {
    rotate: 135deg;
  }
  [open] > summary::before {
    rotate: 45deg;
  }
  blockquote {
    border-inline-start: 3px solid var(--_b);
    padding-inline-start: 0.8em;
    font-style: italic;
  }
  .disclaimer {
    background: color-mix(in srgb, var(--_m) 12%, var(--_s));
    font-size: 0.8125em;
  }
  button {
    font: inherit;
    cursor: pointer;
    color: var(--_a);
    background: var(--_s);
    border: 1px solid;
    border-radius: 1em;
    padding: 0.3em 1em;
    margin-top: 0.85em;
    font-weight: 700;
  }
  .pill,
  [popover] {
    padding: 0;
    border: 0;
    background: none;
  }
  .pill {
    margin: 0;
    vertical-align: middle;
  }
  [popover] {
    width: min(40em, 90vw);
    max-height: 90vh;
  }
  /* The popover's content scrolls under its Close button, which sits in the card's top corner
     and stays in view on a phone. */
  .x {
    position: sticky;
    top: 0.6em;
    z-index: 1;
    float: inline-end;
    margin: 0.6em;
  }
  [popover]::backdrop {
    background: #0006;
  }
  @media (forced-colors: active) {
    .gauge {
      fill: CanvasText;
    }
    .track {
      fill: GrayText;
    }
  }
`;

/**
 * Only for a card the script draws, not in the stylesheet a prerendered card links: the browser
 * skips laying out and painting such a card while it is far from the viewport, keeping its
 * 544 px place until the reader comes near (then the size it had is remembered). A page of
 * hundreds of cards is then drawn at nearly the speed of static HTML (BENCHMARKS.md). A
 * prerendered card must have its true size from the first paint, so it never gets this.
 */
export const drawnStyles = css`
  :host {
    content-visibility: auto;
    contain-intrinsic-size: auto 544px;
  }
`;
