// The prerendered embed (Node only): the element with a declarative shadow root holding the
// complete card, drawn by dist/prerender.js from the widget's own Lit templates, plus the
// light-DOM fallback for feed readers and tools that drop templates.
import { prerender } from '../../dist/prerender.js';
import { claimElementHtml } from './embed.mjs';
import { VERSION } from './version.mjs';

export { stylesheetFor } from './embed.mjs';

/**
 * The element for a validated claim with its prerendered card. `doc` is the document as given,
 * `attributes` the element's (variant, theme, heading-level, lang shape the card),
 * `stylesheet` the URL of evidence-claim.css as the page will see it, `integrity` its SRI hash.
 */
export async function prerenderedElementHtml(doc, claim, attributes, { inline, stylesheet, integrity }) {
  const shadow = await prerender(doc, {
    version: VERSION,
    stylesheet,
    integrity,
    variant: attributes.variant,
    theme: attributes.theme,
    headingLevel: attributes['heading-level'],
    lang: attributes.lang,
    asOf: attributes['as-of'],
  });
  return claimElementHtml(claim, attributes, { inline, shadow });
}
