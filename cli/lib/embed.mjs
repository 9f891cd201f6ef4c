// The embed markup: the script tag, and the <evidence-claim> element with its fallback (what a
// reader sees before the script runs, without JavaScript, and if the claim cannot load).
// Plain semantic HTML, no styles, every text escaped. The CLI's `snippet`, every page of its
// `build` and demo/builder.js all use these functions, so nothing here may use Node APIs.
import { escapeHtml as esc, jsonForScript } from './escape.mjs';
import { DEFAULT_DISCLAIMER, FULL_ANALYSIS, LEANING_LABELS, notEnglish, updatedText } from './defaults.mjs';

export const scriptTag = ({ src, integrity }) =>
  integrity
    ? `<script type="module" src="${esc(src)}" integrity="${esc(integrity)}" crossorigin="anonymous"></script>`
    : `<script type="module" src="${esc(src)}"></script>`;

/**
 * `<evidence-claim>` with these attributes (undefined, null and '' ones left out) around
 * `content` (lines already indented).
 */
export function elementHtml(attributes, content = '') {
  const attrs = Object.entries(attributes)
    .filter(([, v]) => v !== undefined && v !== null && v !== '')
    .map(([k, v]) => ` ${k}="${esc(v)}"`)
    .join('');
  return `<evidence-claim${attrs}>${content ? `\n${content}` : ''}</evidence-claim>`;
}

/**
 * The element for a validated claim, by its id, with fallback content. With `inline` (the
 * document as given), the document rides along in a JSON script: no request at all. With
 * `shadow` (HTML from cli/lib/prerender.mjs, never from document strings), the card itself
 * comes first, in a declarative shadow root.
 */
export function claimElementHtml(claim, attributes = {}, { inline, shadow } = {}) {
  const json = inline ? `  <script type="application/json">\n${jsonForScript(inline).replace(/^/gm, '    ')}\n  </script>\n` : '';
  const template = shadow ? `  <template shadowrootmode="open">${shadow}</template>\n` : '';
  return elementHtml({ 'claim-id': claim.id, ...attributes }, template + fallbackHtml(claim, '  ', attributes['as-of']) + json);
}

/**
 * The fallback lines, indented for the inside of the element. With `asOf` (the element's
 * `as-of`), the card's "updated after this article" line too, when the claim changed after it.
 */
export function fallbackHtml(claim, indent = '  ', asOf = undefined) {
  const lang = claim.language;
  // Our default words are English: say so when the claim's own texts are not.
  const en = notEnglish(lang) ? ' lang="en"' : '';
  const label = claim.verdict.label
    ? `<strong>${esc(claim.verdict.label)}</strong>`
    : `<strong${en}>${esc(LEANING_LABELS[claim.verdict.leaning])}</strong>`;
  const updated = updatedText(claim, asOf);
  const lines = [
    `<p>${label}</p>`,
    updated && `<p${en}>${esc(updated)}</p>`,
    `<p>${esc(claim.claim)}</p>`,
    `<p>${esc(claim.summary)}</p>`,
    claim.url && `<p><a href="${esc(claim.url)}"${en}>${esc(FULL_ANALYSIS)}</a></p>`,
    claim.disclaimer ? `<p><small>${esc(claim.disclaimer)}</small></p>` : `<p><small${en}>${esc(DEFAULT_DISCLAIMER)}</small></p>`,
  ].filter(Boolean);
  if (lang) {
    const inner = lines.map((l) => `${indent}${indent}${l}\n`).join('');
    return `${indent}<div lang="${esc(lang)}">\n${inner}${indent}</div>\n`;
  }
  return lines.map((l) => `${indent}${l}\n`).join('');
}

/**
 * The stylesheet beside a script URL: `…/evidence-claim.js` (or the classic `.iife.js`) gives
 * `…/evidence-claim.css`. A strict CSP refuses inline styles, so a prerendered card links this file.
 */
export const stylesheetFor = (src) => src.replace(/(\.iife)?\.js(?=[?#]|$)/, '.css');

/**
 * Today in the publisher's own calendar (the local date), as YYYY-MM-DD: a snippet's `as-of`,
 * since it is pasted into the article being written today.
 */
export const today = (d = new Date()) =>
  `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;

/** What a publisher pastes into a page: the script tag, then the element. */
export const snippetHtml = (script, element) => `${scriptTag(script)}\n${element}\n`;
