// `embed/<id>.html`: the card alone on a page, for an <iframe> (what oEmbed consumers such as
// WordPress show). Static and prerendered: the card is complete without JavaScript. A tiny
// classic script (embed-frame.js) tells the host its height and carries ?theme=dark.
import { escapeHtml as esc } from './escape.mjs';
import { isRtl } from './defaults.mjs';

/** Where a built site's embed page, oEmbed response, frame script and claim page are, under `base`. */
export const embedUrls = (base, id) => {
  const name = encodeURIComponent(id);
  return {
    page: `${base}${name}.html`,
    embed: `${base}embed/${name}.html`,
    oembed: `${base}oembed/${name}.json`,
    script: `${base}embed-frame.js`,
    stylesheet: `${base}evidence-claim.css`,
  };
};

/**
 * The document the frame shows: the top of the card (verdict, claim, the two scores), the
 * summary, the scientific wording, its publisher's name and its dates, and as its `url` the
 * claim's own page, which the card's footer link opens. The scores' explanation, the mechanism,
 * the studies and the rest stay there: all of them opened would not fit the 1000 px WordPress
 * allows a frame (docs/decisions.md). Every link then leads to the claims site, the one host a
 * sandboxed frame may send the reader to.
 */
export function embedDocument(doc, pageUrl) {
  const keep = ['schemaVersion', 'id', 'language', 'claim', 'summary', 'verdict', 'scientificWording', 'disclaimer'];
  const out = Object.fromEntries(keep.filter((k) => doc[k] !== undefined).map((k) => [k, doc[k]]));
  if (doc.scores) out.scores = { support: doc.scores.support, oppose: doc.scores.oppose };
  for (const k of ['datePublished', 'dateModified']) if (doc[k] !== undefined) out[k] = doc[k];
  if (doc.publisher?.name) out.publisher = { name: doc.publisher.name };
  out.url = pageUrl;
  return out;
}

/**
 * The page around the prerendered element (`element`, from cli/lib/prerender.mjs); `verdict`,
 * the verdict's words in the claim's language, for its title. No page chrome: no header, no
 * margin, a transparent canvas. Through the card's public styling hooks, 15 px text, a little
 * less padding and the two scores side by side even in a phone's column: the frame must fit
 * 1000 px (docs/decisions.md). `<base target="_blank">` sends the fallback's links to a new tab
 * like the card's own. The script comes after the card, not deferred: it switches ?theme=dark
 * before the first paint.
 */
export function embedPage(claim, element, urls, verdict) {
  const lang = claim.language ?? 'en';
  return `<!doctype html>
<html lang="${esc(lang)}"${isRtl(lang) ? ' dir="rtl"' : ''}>
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="robots" content="noindex" />
    <title>${esc(`${claim.claim} (${verdict})`)}</title>
    <link rel="canonical" href="${esc(urls.page)}" />
    <base target="_blank" />
    <style>
      body { margin: 0; font: 15px/1.5 system-ui, sans-serif; }
      evidence-claim { --evidence-claim-spacing: 1em; }
      evidence-claim::part(scores) { grid-template-columns: 1fr 1fr; }
    </style>
  </head>
  <body>
${element.replace(/^(?=.)/gm, '    ')}
    <script src="${esc(urls.script)}"></script>
  </body>
</html>
`;
}
