/**
 * Prerendering, for Node (the CLI): the card's shadow content as HTML, drawn by Lit's own
 * server renderer from the very templates the element uses (src/render.ts). Every binding is
 * escaped by the renderer; nothing here builds markup from document strings.
 *
 * Built to dist/prerender.js (Node only, not part of the embed). Also the source of
 * dist/evidence-claim.css, the card's styles as a file: a prerendered card links it, because a
 * strict Content-Security-Policy blocks inline `<style>`.
 */
import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
import { toClaim } from './validate.js';
import { stringsFor } from './strings.js';
import { cardTemplate, type Variant } from './render.js';
import { styles } from './styles.js';
import { hostStyles } from './host-styles.js';
import { digest } from './digest.js';
import { updatedLine } from './changed.js';

/** The card's stylesheet: the host's box and the card, as the element adopts them. */
export const css = hostStyles.cssText + styles.cssText;

export interface PrerenderOptions {
  /** The widget's version (part of the digest: another version redraws the card). */
  version: string;
  /** URL of evidence-claim.css, as the page will see it. */
  stylesheet: string;
  /** Its Subresource Integrity hash (`sha384-…`), when the publisher's copy could be read. */
  integrity?: string;
  variant?: Variant;
  theme?: string;
  headingLevel?: number | string;
  lang?: string;
  /** The element's `as-of`: the card shows the "updated" line when the claim changed after it. */
  asOf?: string;
}

/** The inside of `<template shadowrootmode="open">` for a claim document. Throws on an invalid one. */
export async function prerender(doc: unknown, options: PrerenderOptions): Promise<string> {
  const claim = toClaim(doc);
  let lang = 'en';
  try {
    lang = Intl.getCanonicalLocales(options.lang || claim.language || 'en')[0];
  } catch {
    // a malformed tag: English, as the element does
  }
  const variant = options.variant === 'compact' || options.variant === 'badge' ? options.variant : 'card';
  const card = cardTemplate({
    status: 'ready',
    claim,
    s: await stringsFor(lang),
    lang,
    level: Math.max(1, Math.min(6, Number(options.headingLevel) || 2)),
    scheme: options.theme === 'light' || options.theme === 'dark' ? options.theme : '',
    fallback: false,
    variant,
    digest: digest(options.version, variant, doc),
    updated: updatedLine(claim, options.asOf),
  });
  // With a hash, the page refuses any other bytes; `crossorigin` lets it check a CDN's copy.
  const link = options.integrity
    ? html`<link rel="stylesheet" href=${options.stylesheet} integrity=${options.integrity} crossorigin="anonymous" />`
    : html`<link rel="stylesheet" href=${options.stylesheet} />`;
  const out = collectResultSync(render(html`${link}${card}`));
  // The renderer's hydration markers are comments (and `<?>`, which parses as one): this card
  // is adopted, never hydrated. Text and attribute values are escaped (`<` is `&lt;`), so no
  // comment can come from the document.
  return out.replace(/<!--[^]*?-->|<\?>/g, '');
}
