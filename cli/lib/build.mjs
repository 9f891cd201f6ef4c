// `evidence-claim build`: a folder of claim documents in, a static site out, ready for any
// static host: the script, its language packs, claims/<id>.json, a page per claim, an index.
import { copyFileSync, cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringsFor, verdictWords } from '../../dist/toolkit.js';
import { checkAll } from './check.mjs';
import { claimPage, indexPage } from './page.mjs';
import { prerenderedElementHtml } from './prerender.mjs';
import { embedDocument, embedPage, embedUrls } from './embed-page.mjs';
import { discoveryLink, oembedResponse } from './oembed.mjs';
import { DIST, bundleFiles } from './bundle.mjs';

// The embed page's script, with --base only (oEmbed needs absolute URLs), and the host side
// every oEmbed response carries inline.
const FRAME_SCRIPT = 'embed-frame.js';
const HOST_SCRIPT = 'embed-host.js';

/** Why a build without --base has no oEmbed files: said to the publisher. */
export const NO_BASE_NOTE = 'oEmbed needs --base (its URLs must be absolute): no embed/ or oembed/ files written';

/**
 * Validates every document first; writes only when all are valid (never half a site).
 * Answers the check results and, when it wrote, the list of files written (relative), and
 * notes for the publisher.
 * `base`: the URL the site is served from (ending in /), for the claims/<id>.html fragments
 * and for oEmbed: embed/<id>.html, oembed/<id>.json, and the discovery link in <id>.html.
 */
export async function build(claimsDir, outDir, { base = '', ...options } = {}) {
  const results = checkAll([claimsDir], options);
  if (results.some((r) => !r.ok)) return { results, written: [] };
  // What `npm run build` made for pages (evidence-claim.js is the one the pages' tag names).
  const pageFiles = bundleFiles();
  if (!pageFiles.includes('evidence-claim.js'))
    throw new Error(`${join(DIST, 'evidence-claim.js')} is missing: run \`npm run build\` first`);
  const bundle = base ? [...pageFiles, FRAME_SCRIPT] : pageFiles;
  for (const f of base ? [FRAME_SCRIPT, HOST_SCRIPT] : []) {
    if (!existsSync(join(DIST, f))) throw new Error(`${join(DIST, f)} is missing: run \`npm run build\` first`);
  }
  const claims = results.map((r) => r.claim).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const written = [];
  const write = (rel, text) => {
    writeFileSync(join(outDir, rel), text);
    written.push(rel);
  };

  mkdirSync(join(outDir, 'claims'), { recursive: true });
  if (base) for (const d of ['embed', 'oembed']) mkdirSync(join(outDir, d), { recursive: true });
  for (const f of bundle) {
    copyFileSync(join(DIST, f), join(outDir, f));
    written.push(f);
  }
  if (existsSync(join(DIST, 'i18n'))) {
    cpSync(join(DIST, 'i18n'), join(outDir, 'i18n'), { recursive: true });
    written.push('i18n/');
  }
  // The documents exactly as given: the element validates them again on every page.
  for (const r of results) {
    write(`claims/${r.claim.id}.json`, r.text);
    // The fragment a CMS plugin or shortcode includes: one complete element, loaded by ID.
    const attributes = base ? { endpoint: `${base}claims/{id}.json` } : {};
    // Without --base, relative to the fragment itself (claims/), as the CMS plugins resolve it.
    const stylesheet = base ? `${base}evidence-claim.css` : '../evidence-claim.css';
    const fragment = await prerenderedElementHtml(JSON.parse(r.text), r.claim, attributes, { stylesheet });
    write(`claims/${r.claim.id}.html`, `${fragment}\n`);
  }
  const hostScript = base ? readFileSync(join(DIST, HOST_SCRIPT), 'utf8') : '';
  const docs = new Map(results.map((r) => [r.claim.id, JSON.parse(r.text)]));
  for (const c of claims) {
    const element = await prerenderedElementHtml(docs.get(c.id), c, { 'heading-level': 1 }, { stylesheet: 'evidence-claim.css' });
    if (!base) {
      write(`${c.id}.html`, claimPage(c, element));
      continue;
    }
    const urls = embedUrls(base, c.id);
    write(`${c.id}.html`, claimPage(c, element, discoveryLink(c, urls)));
    // The frame's card: light unless its URL asks for dark, every link to the claims site.
    const shown = { ...c, url: urls.page };
    const card = await prerenderedElementHtml(
      embedDocument(docs.get(c.id), urls.page),
      shown,
      { theme: 'light', 'heading-level': 1 },
      { stylesheet: urls.stylesheet },
    );
    const verdict = verdictWords(c, await stringsFor(c.language ?? 'en'));
    write(`embed/${c.id}.html`, embedPage(shown, card, urls, verdict));
    write(`oembed/${c.id}.json`, `${JSON.stringify(oembedResponse(c, urls, base, { verdict, hostScript }), null, 2)}\n`);
  }
  const index = claims.map((c) => ({ id: c.id, claim: c.claim, leaning: c.verdict.leaning, ...(c.url && { url: c.url }) }));
  write('index.json', JSON.stringify(index, null, 2) + '\n');
  write('index.html', indexPage(claims));
  return { results, written, notes: base ? [] : [NO_BASE_NOTE] };
}
