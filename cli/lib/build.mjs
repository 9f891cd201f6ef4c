// `evidence-claim build`: a folder of claim documents in, a static site out, ready for any
// static host: the script, its language packs, claims/<id>.json, a page per claim, an index.
import { copyFileSync, cpSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkAll } from './check.mjs';
import { claimPage, indexPage } from './page.mjs';

const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));
// The module, and the classic-script build for CMSs that only take classic scripts.
const BUNDLE = ['evidence-claim.js', 'evidence-claim.js.map', 'evidence-claim.iife.js', 'evidence-claim.iife.js.map'];

/**
 * Validates every document first; writes only when all are valid (never half a site).
 * Answers the check results and, when it wrote, the list of files written (relative).
 */
export function build(claimsDir, outDir, options) {
  const results = checkAll([claimsDir], options);
  if (results.some((r) => !r.ok)) return { results, written: [] };
  for (const f of BUNDLE) {
    if (!existsSync(join(DIST, f))) throw new Error(`${join(DIST, f)} is missing: run \`npm run build\` first`);
  }
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
  for (const r of results) write(`claims/${r.claim.id}.json`, r.text);
  for (const c of claims) write(`${c.id}.html`, claimPage(c));
  const index = claims.map((c) => ({ id: c.id, claim: c.claim, leaning: c.verdict.leaning, ...(c.url && { url: c.url }) }));
  write('index.json', JSON.stringify(index, null, 2) + '\n');
  write('index.html', indexPage(claims));
  return { results, written };
}
