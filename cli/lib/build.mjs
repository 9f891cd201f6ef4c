// `evidence-claim build`: a folder of claim documents in, a static site out, ready for any
// static host: the script, its language packs, claims/<id>.json, a page per claim, an index.
import { copyFileSync, cpSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkAll } from './check.mjs';
import { claimPage, indexPage } from './page.mjs';
import { prerenderedElementHtml } from './prerender.mjs';
import { DIST, bundleFiles } from './bundle.mjs';

/**
 * Validates every document first; writes only when all are valid (never half a site).
 * Answers the check results and, when it wrote, the list of files written (relative).
 * `base`: the URL the site is served from (ending in /), for the claims/<id>.html fragments.
 */
export async function build(claimsDir, outDir, { base = '', ...options } = {}) {
  const results = checkAll([claimsDir], options);
  if (results.some((r) => !r.ok)) return { results, written: [] };
  // What `npm run build` made for pages (evidence-claim.js is the one the pages' tag names).
  const BUNDLE = bundleFiles();
  if (!BUNDLE.includes('evidence-claim.js'))
    throw new Error(`${join(DIST, 'evidence-claim.js')} is missing: run \`npm run build\` first`);
  const claims = results.map((r) => r.claim).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const written = [];
  const write = (rel, text) => {
    writeFileSync(join(outDir, rel), text);
    written.push(rel);
  };

  mkdirSync(join(outDir, 'claims'), { recursive: true });
  for (const f of BUNDLE) {
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
  const docs = new Map(results.map((r) => [r.claim.id, JSON.parse(r.text)]));
  for (const c of claims) {
    const element = await prerenderedElementHtml(docs.get(c.id), c, { 'heading-level': 1 }, { stylesheet: 'evidence-claim.css' });
    write(`${c.id}.html`, claimPage(c, element));
  }
  const index = claims.map((c) => ({ id: c.id, claim: c.claim, leaning: c.verdict.leaning, ...(c.url && { url: c.url }) }));
  write('index.json', JSON.stringify(index, null, 2) + '\n');
  write('index.html', indexPage(claims));
  return { results, written };
}
