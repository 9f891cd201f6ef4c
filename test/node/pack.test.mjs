// What `npm publish` would ship: `npm pack --dry-run` lists the files without writing a tarball.
// Needs a built dist/ and custom-elements.json (`npm run build`, which `npm test` runs first).
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
/** Every file under a folder of the repository, as repository paths. */
const walk = (dir) =>
  readdirSync(join(root, dir), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(root, join(e.parentPath ?? e.path, e.name)));

let files;
before(() => {
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const out = execFileSync(npm, ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8' });
  files = new Set(JSON.parse(out)[0].files.map((f) => f.path));
});

test('ships the builds, their maps, the language packs, types, validator, CLI, schema and manifest', () => {
  const expected = [
    'dist/evidence-claim.js',
    'dist/evidence-claim.js.map',
    'dist/evidence-claim.iife.js',
    'dist/evidence-claim.iife.js.map',
    'dist/toolkit.js',
    // The chunks the page's file loads, and the card's stylesheet; the CLI's prerenderer (Lit's server renderer inside).
    'dist/evidence-claim-element.js',
    'dist/evidence-claim-card.js',
    'dist/evidence-claim.css',
    'dist/prerender.js',
    'schema/claim.schema.json',
    'custom-elements.json',
    'README.md',
    'CHANGELOG.md',
    'LICENSE',
    'package.json',
    ...['es', 'fr', 'de', 'pt', 'ar'].map((l) => `dist/i18n/${l}.js`),
    // The modules for bundlers, with their types.
    ...walk('dist/lib').filter((f) => /^dist\/lib\/[^/]+\.(d\.ts|js)$/.test(f)),
    ...walk('cli'),
  ];
  assert.ok(expected.includes('dist/lib/evidence-claim.d.ts') && expected.includes('dist/lib/evidence-claim-element.js'));
  assert.ok(expected.includes('cli/evidence-claim.mjs') && expected.includes('cli/lib/escape.mjs'));
  for (const f of expected) assert.ok(files.has(f), `${f} is not in the package`);
  assert.ok(!files.has('dist/prerender.browser.js'), 'the builder page’s prerenderer stays out');
});

test('ships no tests, demo, sources, coverage or dependencies', () => {
  for (const f of files) {
    assert.doesNotMatch(f, /^(test|demo|src|coverage|node_modules|scripts)\//, f);
    assert.doesNotMatch(f, /\.test\.|\.tgz$/, f);
  }
});

test('every file package.json points at is in the package', () => {
  const targets = (v) => (typeof v === 'string' ? [v] : Object.values(v).flatMap(targets));
  const named = [pkg.module, pkg.types, pkg.customElements, ...targets(pkg.exports), ...targets(pkg.bin)].map((p) =>
    p.replace(/^\.\//, ''),
  );
  for (const p of named) assert.ok(files.has(p), `${p} (named in package.json) is not in the package`);
  assert.deepEqual(Object.keys(pkg.bin), ['evidence-claim']);
  assert.match(readFileSync(join(root, pkg.bin['evidence-claim']), 'utf8'), /^#!\/usr\/bin\/env node\n/);
});
