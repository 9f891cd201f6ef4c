// Values that must live in two places (Node cannot import the TypeScript sources, and the
// element reports its version at run time) are checked here, so they cannot drift apart.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { DEFAULT_DISCLAIMER, FULL_ANALYSIS, LEANING_LABELS, isRtl } from '../../cli/lib/defaults.mjs';

const read = (path) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
const pkg = JSON.parse(read('package.json'));

test('EvidenceClaim.version is the package version', () => {
  const [, version] = /static readonly version = '([^']+)'/.exec(read('src/evidence-claim-element.ts'));
  assert.equal(version, pkg.version);
});

test("the CLI's English defaults are the widget's English strings", () => {
  const source = read('src/strings.ts');
  const keys = [.../const KEYS = \[([\s\S]*?)\] as const/.exec(source)[1].matchAll(/'(\w+)'/g)].map((m) => m[1]);
  const lines = /const EN = `([\s\S]*?)`;/.exec(source)[1].split('\n');
  const en = Object.fromEntries(keys.map((k, i) => [k, lines[i]]));
  assert.equal(lines.length, keys.length, 'one English line per key');
  for (const leaning of Object.keys(LEANING_LABELS)) assert.equal(LEANING_LABELS[leaning], en[leaning], leaning);
  assert.equal(DEFAULT_DISCLAIMER, en.disclaimer);
  assert.equal(FULL_ANALYSIS, en.full);
  const rtl = /const RTL = \/\^\(([^)]*)\)\$\//.exec(source)[1].split('|');
  for (const tag of rtl) assert.ok(isRtl(tag), tag);
  assert.equal(isRtl('en'), false);
});

test('every language pack has one line per key', () => {
  const count = [.../const KEYS = \[([\s\S]*?)\] as const/.exec(read('src/strings.ts'))[1].matchAll(/'(\w+)'/g)].length;
  for (const lang of ['es', 'fr', 'de', 'pt', 'ar']) {
    const table = /export default `([\s\S]*?)`;/.exec(read(`src/i18n/${lang}.ts`))[1];
    assert.equal(table.split('\n').length, count, lang);
  }
});
