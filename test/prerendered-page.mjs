// Article pages around the CLI's prerendered snippet, for test/prerendered.test.ts and the
// benchmark's reasoning alike: the element comes from cli/lib/prerender.mjs, as a publisher
// gets it. Query options:
//   script=module|iife|none   which build loads, if any (default module)
//   late=<ms>                 the script (and only it) answered that late
//   variant, theme, lang      the element's options, prerendered as given
//   endpoint=<template>       load by claim-id from there (else the document rides inline)
//   stale=1                   prerender an older edition of the document (its summary differs),
//                             so the script finds the served one changed
//   sri=good|bad              the stylesheet link carries its true SRI hash, or a wrong one
//   asof=<date>               the element's as-of, prerendered with it (as `snippet` writes it)
//   fragment=1                ...given to the element only, not to the prerenderer (as a CMS
//                             adds it to the claims site's prerendered fragment)
//   was=<leaning>             prerender an older edition whose verdict had that leaning (and the
//                             label `waslabel`, if given) and that was last changed on 2026-10-15
import { prerenderedElementHtml } from '../cli/lib/prerender.mjs';
import { sri } from '../cli/lib/sri.mjs';
import { toClaim } from '../dist/toolkit.js';

export async function prerenderedPage(doc, query) {
  let drawn = query.stale ? { ...doc, summary: `An older summary. ${doc.summary}` } : doc;
  if (query.was) drawn = { ...drawn, verdict: { leaning: query.was, label: query.waslabel }, dateModified: '2026-10-15' };
  const attributes = { variant: query.variant, theme: query.theme, lang: query.lang, endpoint: query.endpoint };
  if (query.asof && !query.fragment) attributes['as-of'] = query.asof;
  let element = await prerenderedElementHtml(drawn, toClaim(drawn), attributes, {
    inline: query.endpoint ? undefined : drawn,
    // A URL of its own per hash case: an engine may reuse a stylesheet it already has for a URL.
    stylesheet: query.csslate
      ? `/late/${Number(query.csslate)}/dist/evidence-claim.css`
      : `/dist/evidence-claim.css${query.sri ? `?sri=${query.sri === 'good' ? 'good' : 'bad'}` : ''}`,
    integrity: query.sri === 'good' ? sri('dist/evidence-claim.css') : query.sri === 'bad' ? sri('package.json') : undefined,
  });
  if (query.asof && query.fragment) element = element.replace('<evidence-claim ', `<evidence-claim as-of="${query.asof}" `);
  const file = query.script === 'iife' ? 'dist/evidence-claim.iife.js' : 'dist/evidence-claim.js';
  const src = query.late ? `/late/${Number(query.late)}/${file}` : `/${file}`;
  const script =
    query.script === 'none' ? '' : `<script ${query.script === 'iife' ? '' : 'type="module" '}src="${src}"></script>`;
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>A prerendered card</title>
    <script src="/test/csp/prerendered-probe.js"></script>
  </head>
  <body>
    <h1>An article</h1>
    <p>Some text of the article before the card, as a reader scrolls through it.</p>
    ${element}
    <p id="after">The article goes on after the card.</p>
    ${script}
  </body>
</html>
`;
}
