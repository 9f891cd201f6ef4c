// The JSON Schema (schema/claim.schema.json) and the runtime validator (src/validate.ts, built to
// dist/toolkit.js) must say the same thing about every fixture: a document is schema-valid
// exactly when the validator accepts it with no warning. Documents that only break optional
// fields are schema-invalid but still render (the validator drops those fields and warns).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import { validateClaim } from '../../dist/toolkit.js';

const root = new URL('../../', import.meta.url);
const schema = JSON.parse(readFileSync(new URL('schema/claim.schema.json', root), 'utf8'));
const ajv = new Ajv2020({ allErrors: true, strict: true });
const schemaValid = ajv.compile(schema);

const folder = (dir) =>
  readdirSync(new URL(dir, root))
    .filter((f) => f.endsWith('.json'))
    .map((f) => [`${dir}${f}`, readFileSync(new URL(`${dir}${f}`, root), 'utf8')]);

const groups = {
  valid: folder('demo/claims/'),
  broken: folder('test/fixtures/broken/'),
  warnings: folder('test/fixtures/warnings/'),
  // Valid documents; they are errors only when served under an ID they do not carry.
  valid_other_id: folder('test/fixtures/other-id/'),
};

for (const [group, files] of Object.entries(groups)) {
  for (const [file, text] of files) {
    test(`${group}: ${file}: schema and validator agree`, () => {
      let json;
      try {
        json = JSON.parse(text);
      } catch {
        assert.equal(group, 'broken', 'only broken fixtures may fail to parse');
        return;
      }
      const result = validateClaim(json);
      const clean = result.ok && result.warnings.length === 0;
      assert.equal(schemaValid(json), clean, JSON.stringify({ ajv: schemaValid.errors, validator: result }, null, 1));
      if (group.startsWith('valid')) assert.ok(clean, 'a valid fixture renders with no warning');
      if (group === 'broken') assert.equal(result.ok, false, 'a broken fixture is refused');
      if (group === 'warnings') assert.ok(result.ok && result.warnings.length > 0, 'dropped fields, rest renders');
    });
  }
}

test('every fixture folder has fixtures', () => {
  assert.ok(groups.valid.length >= 5);
  assert.ok(groups.broken.length >= 9);
  assert.ok(groups.warnings.length >= 2);
});

test('the validator names paths and expectations', () => {
  const result = validateClaim({ schemaVersion: 1, id: 'x', claim: 'c', summary: 's', verdict: { leaning: 'maybe' } });
  assert.equal(result.ok, false);
  assert.deepEqual(result.errors, [
    {
      path: 'verdict.leaning',
      message: 'must be one of supports, opposes, balanced, insufficient',
      expected: 'one of supports, opposes, balanced, insufficient',
    },
  ]);
  const v2 = validateClaim({ schemaVersion: 2 });
  assert.equal(v2.unsupportedVersion, 2);
  assert.match(v2.errors[0].message, /unsupported format version 2/);
  assert.equal(validateClaim(null).ok, false);
  assert.equal(validateClaim('text').ok, false);
});

test('unknown fields are ignored and never returned', () => {
  const result = validateClaim({
    schemaVersion: 1,
    id: 'x',
    claim: 'c',
    summary: 's',
    verdict: { leaning: 'supports', extra: 1 },
    future: true,
  });
  assert.equal(result.ok, true);
  assert.equal(result.warnings.length, 0);
  assert.equal('future' in result.claim, false);
  assert.deepEqual(result.claim.studies, []);
});

test('dates must be real calendar days', () => {
  const base = { schemaVersion: 1, id: 'x', claim: 'c', summary: 's', verdict: { leaning: 'supports' } };
  for (const d of ['2024-02-30', '2023-02-29', '2024-13-01', '2024-00-10', 'yesterday']) {
    assert.equal(validateClaim({ ...base, dateModified: d }).claim.dateModified, undefined, d);
  }
  for (const d of ['2024-02-29', '2026-11-20T09:30:00Z', '2024-01-01T00:30:00']) {
    assert.equal(validateClaim({ ...base, dateModified: d }).claim.dateModified, d);
  }
});

test('only absolute http(s) URLs survive', () => {
  const base = { schemaVersion: 1, id: 'x', claim: 'c', summary: 's', verdict: { leaning: 'supports' } };
  for (const url of [
    'javascript:alert(1)',
    ' https://x.org',
    'JAVASCRIPT:alert(1)',
    'data:text/html,x',
    '/relative',
    '//x.org/a',
    'vbscript:x',
    'http://',
    'ftp://x.org',
  ]) {
    const r = validateClaim({ ...base, url });
    assert.equal(r.ok && r.claim.url, undefined, url);
    assert.equal(schemaValid({ ...base, url }), false, `schema: ${url}`);
  }
  for (const url of ['https://example.org/a?b#c', 'HTTP://EXAMPLE.ORG']) {
    assert.equal(validateClaim({ ...base, url }).claim.url, url);
    assert.equal(schemaValid({ ...base, url }), true);
  }
});
