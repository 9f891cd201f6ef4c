/**
 * The page's one script tag, `dist/evidence-claim.js`. It asks for the element (with Lit) and,
 * when a card on the page is to be drawn (one with no prerendered card in its shadow root), for
 * the card's code beside it: two requests side by side, so no chain is deeper than two. A page
 * of prerendered cards loads the element alone.
 *
 * Neither file imports this one, so each runs once whatever URL or query string the page used
 * (`?ver=` from WordPress, say), even when two tags load it under two such URLs.
 */
if ([...document.getElementsByTagName('evidence-claim')].some((el) => !el.shadowRoot)) {
  // A failure here is the card's to tell: it waits for the same file, and says so when it fails.
  import('./card.js').catch(() => {});
}
import('./evidence-claim.js').catch((e) => console.error('evidence-claim: the element could not load', e));
