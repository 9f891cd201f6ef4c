// The pages of a built site: one page per claim (element, fallback, ClaimReview JSON-LD) and
// an index. The script and the claims sit beside them: evidence-claim.js, claims/<id>.json.
import { escapeHtml as esc, jsonForScript } from './escape.mjs';
import { claimElementHtml, scriptTag } from './embed.mjs';
import { isRtl, verdictLabel } from './defaults.mjs';

/** schema.org ClaimReview for a validated claim; fields the document lacks are left out. */
export function claimReview(claim) {
  const review = {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    claimReviewed: claim.claim,
    reviewRating: { '@type': 'Rating', alternateName: verdictLabel(claim) },
  };
  if (claim.publisher) {
    review.author = { '@type': 'Organization', name: claim.publisher.name };
    if (claim.publisher.url) review.author.url = claim.publisher.url;
  }
  if (claim.datePublished) review.datePublished = claim.datePublished;
  if (claim.url) review.url = claim.url;
  if (claim.language) review.inLanguage = claim.language;
  return review;
}

const page = ({ lang, title, description, head = '', body }) => `<!doctype html>
<html lang="${esc(lang)}"${isRtl(lang) ? ' dir="rtl"' : ''}>
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${esc(title)}</title>
${description ? `    <meta name="description" content="${esc(description)}" />\n` : ''}${head}  </head>
  <body>
${body}  </body>
</html>
`;

const langAttr = (lang) => (lang ? ` lang="${esc(lang)}"` : '');

const indent = (text, by) => text.replace(/^(?=.)/gm, by);

/**
 * `<id>.html`: the claim's own page. The card's claim statement is the page's main heading.
 * `element`: the prerendered element (cli/lib/prerender.mjs); else the light form.
 * `oembedLink`: its oEmbed discovery `<link>` (cli/lib/oembed.mjs), with --base.
 */
export function claimPage(claim, element = claimElementHtml(claim, { 'heading-level': 1 }), oembedLink = '') {
  const lang = claim.language ?? 'en';
  return page({
    lang,
    title: claim.claim,
    description: claim.summary,
    head:
      `    ${scriptTag({ src: 'evidence-claim.js' })}\n` +
      (oembedLink ? `    ${oembedLink}\n` : '') +
      `    <script type="application/ld+json">\n${indent(jsonForScript(claimReview(claim)), '      ')}\n    </script>\n`,
    body:
      `    <main>\n${indent(element, '      ')}\n    </main>\n` +
      `    <footer><p><a href="index.html" lang="en">All claims</a></p></footer>\n`,
  });
}

/** `index.html`: every claim, linked to its page. */
export function indexPage(claims) {
  const items = claims
    .map(
      (c) =>
        `        <li><a href="${esc(encodeURIComponent(c.id))}.html"${langAttr(c.language)}>${esc(c.claim)}</a>` +
        // A default label is English; the document's own is in the document's language.
        ` <span${langAttr(c.verdict.label ? c.language : 'en')}>(${esc(verdictLabel(c))})</span></li>\n`,
    )
    .join('');
  return page({
    lang: 'en',
    title: 'Claims',
    body: `    <main>\n      <h1>Claims</h1>\n      <ul>\n${items}      </ul>\n    </main>\n`,
  });
}
