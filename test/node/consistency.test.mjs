// Facts that live in one place reach every build: the version is package.json's, written in at
// build time, and the CLI's English fallbacks are the widget's own table.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { ENGLISH, LANGUAGES, VERSION } from '../../dist/toolkit.js';
import { DEFAULT_DISCLAIMER, LEANING_LABELS } from '../../cli/lib/defaults.mjs';

const read = (path) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
const pkg = JSON.parse(read('package.json'));

test('every build reports the package version', () => {
  assert.equal(VERSION, pkg.version);
  for (const file of ['dist/evidence-claim-element.js', 'dist/evidence-claim.iife.js', 'dist/lib/evidence-claim-element.js']) {
    assert.match(read(file), new RegExp(`version\\s*=\\s*"${pkg.version}"`), `${file} carries ${pkg.version}`);
    assert.ok(!read(file).includes('__VERSION__'), `${file} has no unreplaced placeholder`);
  }
});

test("the CLI's English defaults come from the widget's table", () => {
  assert.equal(DEFAULT_DISCLAIMER, ENGLISH.disclaimer);
  assert.equal(LEANING_LABELS.opposes, ENGLISH.opposes);
});

test('every shipped language has a pack beside the script', () => {
  assert.deepEqual(LANGUAGES, ['en', 'es', 'fr', 'de', 'pt', 'ar']);
  for (const lang of LANGUAGES.slice(1)) assert.ok(read(`dist/i18n/${lang}.js`).length > 0, lang);
});
