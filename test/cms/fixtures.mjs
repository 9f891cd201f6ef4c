// Claims sites for the CMS tests: `evidence-claim build` output for the demo claims, plus
// prerendered fragments (claims/<id>.html) where the build does not write them yet.
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { escapeHtml as esc } from '../../cli/lib/escape.mjs';
import { verdictLabel, DEFAULT_DISCLAIMER } from '../../cli/lib/defaults.mjs';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** The claims the tests show: one by JSON only, one with a clean fragment, one with a hostile fragment. */
export const CLAIMS = {
  plain: 'sample-vitamin-d',
  fragment: 'sample-minimal',
  hostile: '2a6e0c5cbc553fd2',
  mismatched: 'sample-es',
};

export const claimDoc = (id) => JSON.parse(readFileSync(join(ROOT, 'demo/claims', `${id}.json`), 'utf8'));

/** A stylesheet at the claims site's root, named relatively by the test-written fragments. */
export const FRAGMENT_CSS = 'fragment-test.css';

/** A text that marks our test-written fragment, so a page can be shown to carry it. */
export const FRAGMENT_MARK = 'data-test-prerendered';

/**
 * A prerendered card in the shape the renderer of issue 12 writes: one <evidence-claim>, a
 * declarative shadow root holding the card, and the light-DOM text fallback. Texts escaped.
 */
export function fragmentFor(claim, extra = '') {
  const disclaimer = claim.disclaimer ?? DEFAULT_DISCLAIMER;
  return `<evidence-claim claim-id="${esc(claim.id)}">
  <template shadowrootmode="open">
    <link rel="stylesheet" href="../${FRAGMENT_CSS}">
    <style>:host{display:block;font:16px/1.5 system-ui,sans-serif}.gauge{width:100%;height:6px;fill:#d5d9e0}.card{border:1px solid #c9ced6;border-radius:12px;padding:16px}.h{font-weight:700;font-size:1.2em}</style>
    <section part="card" class="card ${esc(claim.verdict.leaning)}" aria-labelledby="h" ${FRAGMENT_MARK}="yes">
      <p class="verdict"><strong>${esc(verdictLabel(claim))}</strong></p>
      <div role="heading" aria-level="3" id="h" class="h">${esc(claim.claim)}</div>
      <p part="summary">${esc(claim.summary)}</p>
      <details><summary>See the scientific wording</summary><p>${esc(claim.summary)}</p></details>
      <svg class="gauge" viewBox="0 0 100 4" preserveAspectRatio="none" aria-hidden="true"><rect class="track" width="100" height="4" rx="2" /></svg>
      ${extra}
      <p part="disclaimer" class="disclaimer" role="note">${esc(disclaimer)}</p>
    </section>
  </template>
  <p><strong>${esc(verdictLabel(claim))}</strong></p>
  <p>${esc(claim.claim)}</p>
  <p><small>${esc(disclaimer)}</small></p>
</evidence-claim>
`;
}

/** What a compromised or careless claims site might send; none of it may reach a reader. */
export const HOSTILE = [
  '<script>window.__pwned = "script"</script>',
  '<img src="data:," onerror="window.__pwned = \'img\'">',
  '<a href="javascript:window.__pwned=\'link\'" id="evil-link">evil link</a>',
  '<iframe src="about:blank" id="evil-frame"></iframe>',
  '<p onclick="window.__pwned=\'click\'" id="evil-click">[evidence_claim id="sample-vitamin-d"]</p>',
  '<style>@import url(https://evil.example/x.css); .card{color:red}</style>',
].join('\n      ');

/** Builds the claims site into a fresh folder readable by the web server; answers its path. */
export function buildClaimsSite() {
  const dir = mkdtempSync('/tmp/ec-claims-');
  execFileSync(process.execPath, [join(ROOT, 'cli/evidence-claim.mjs'), 'build', join(ROOT, 'demo/claims'), dir], {
    stdio: 'ignore',
  });
  const real = existsSync(join(dir, 'claims', `${CLAIMS.fragment}.html`));
  if (!real) writeFileSync(join(dir, 'claims', `${CLAIMS.fragment}.html`), fragmentFor(claimDoc(CLAIMS.fragment)));
  writeFileSync(join(dir, 'claims', `${CLAIMS.hostile}.html`), fragmentFor(claimDoc(CLAIMS.hostile), HOSTILE));
  writeFileSync(join(dir, FRAGMENT_CSS), '.card { outline: 0; }\n');
  // A fragment of another claim under this claim's name: refused, the plain fallback instead.
  writeFileSync(join(dir, 'claims', `${CLAIMS.mismatched}.html`), fragmentFor(claimDoc(CLAIMS.plain)));
  const open = (p) => {
    chmodSync(p, statSync(p).isDirectory() ? 0o755 : 0o644);
    if (statSync(p).isDirectory()) for (const f of readdirSync(p)) open(join(p, f));
  };
  open(dir);
  return { dir, realFragment: real };
}
