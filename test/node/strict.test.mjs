// The mistakes a publisher made writing claims by hand (issue 10), each run through the CLI as a
// publisher runs it, with the message they now see. The editor shows the same messages from the
// same module (test/editor.test.ts).
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkClaim, checkClaimText, claimDocument, suggestField, validateClaim } from '../../dist/toolkit.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const run = (...args) => {
  const r = spawnSync(process.execPath, [join(root, 'cli/evidence-claim.mjs'), ...args], { cwd: root, encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
};
const base = { schemaVersion: 1, id: 'creatine', claim: 'Creatine helps.', summary: 'It may.', verdict: { leaning: 'supports' } };
/** Writes documents (objects, or text as it is) into a fresh folder as <name>.json. */
function folder(docs) {
  const dir = mkdtempSync(join(tmpdir(), 'evidence-claim-strict-'));
  for (const [name, d] of Object.entries(docs))
    writeFileSync(join(dir, `${name}.json`), typeof d === 'string' ? d : JSON.stringify(d, null, 2));
  return dir;
}

describe('a one-letter typo in a stance ("oppose")', () => {
  const dir = folder({
    creatine: {
      ...base,
      studies: [
        { id: 'a', stance: 'supports' },
        { id: 'b', stance: 'oppose', title: 'The only opposing trial' },
      ],
    },
  });
  const file = join(dir, 'creatine.json');

  test('validate: exit 1, naming the path, what was expected, what was found, and what the card would lose', () => {
    const r = run('validate', file);
    assert.equal(r.code, 1);
    assert.equal(
      r.out,
      `${file}: studies[1].stance must be one of supports, opposes, neutral, got "oppose", so the card leaves out studies[1]\n0 valid, 1 invalid\n`,
    );
  });

  test('build: exit 1 and nothing written', () => {
    const out = join(dir, 'site');
    const r = run('build', dir, out);
    assert.equal(r.code, 1);
    assert.match(r.err, /studies\[1\]\.stance must be one of supports, opposes, neutral, got "oppose"/);
    assert.equal(existsSync(out), false);
  });

  test('--lenient: the same message as a warning, exit 0, and build writes', () => {
    const r = run('validate', '--lenient', file);
    assert.equal(r.code, 0);
    assert.equal(
      r.out.split('\n')[0],
      `${file}: warning: studies[1].stance must be one of supports, opposes, neutral, got "oppose", so the card leaves out studies[1]`,
    );
    assert.equal(run('build', '--lenient', dir, join(dir, 'site')).code, 0);
  });
});

test('misspelt optional field names get a did-you-mean warning, anywhere in the document', () => {
  const dir = folder({
    creatine: {
      ...base,
      scientficWording: 'Words.',
      studies: [{ id: 'a', stance: 'supports', partcipants: 12 }],
      verdict: { leaning: 'supports', lable: 'x' },
    },
  });
  const r = run('validate', dir);
  // Unknown fields stay forward compatible: a warning, not an error.
  assert.equal(r.code, 0);
  const file = join(dir, 'creatine.json');
  assert.deepEqual(
    new Set(r.out.trim().split('\n')),
    new Set([
      `${file}: warning: scientficWording is not a field of the format, so it is ignored: did you mean scientificWording?`,
      `${file}: warning: studies[0].partcipants is not a field of the format, so it is ignored: did you mean participants?`,
      `${file}: warning: verdict.lable is not a field of the format, so it is ignored: did you mean label?`,
      '1 valid, 0 invalid, 3 warnings',
    ]),
  );
});

test('unknown fields far from any known one stay silent (forward compatible)', () => {
  const r = checkClaim({
    ...base,
    reviewedBy: 'x',
    futureThing: { a: 1 },
    studies: [{ id: 'a', stance: 'supports', sponsor: 'x' }],
  });
  assert.deepEqual([r.ok, r.errors, r.warnings], [true, [], []]);
  assert.equal(suggestField('title', ['title']), 'title');
  assert.equal(suggestField('Summary', ['summary', 'claim']), 'summary');
  assert.equal(suggestField('urls', ['url', 'id']), 'url');
  assert.equal(suggestField('xyz', ['id', 'url']), undefined);
});

describe('a JSON syntax error has a line and a column', () => {
  test('validate names them, with what was expected there', () => {
    const dir = folder({ creatine: '{\n  "schemaVersion": 1,\n  "id": "creatine"\n  "claim": "Creatine helps."\n}\n' });
    const r = run('validate', dir);
    assert.equal(r.code, 1);
    assert.equal(
      r.out.split('\n')[0],
      `${join(dir, 'creatine.json')}: (document) is not valid JSON: line 4, column 3: expected a comma or a closing }`,
    );
  });

  test('the usual slips, each placed and worded', () => {
    const cases = [
      ['{ "id": "x", }', 'line 1, column 14: expected another item after the comma (JSON allows no comma before })'],
      ["{ 'id': 'x' }", 'line 1, column 3: expected a field name in double quotes'],
      [
        '{\n  "claim": "one\ntwo"\n}',
        'line 2, column 16: expected a closing " before the line break (inside text, write \\n for one)',
      ],
      ['{ "a": [1, 2 }', 'line 1, column 14: expected a comma or a closing ]'],
      ['{ "a": 1', 'line 1, column 9: expected a comma or a closing }'],
      ['', 'line 1, column 1: expected more: the text ends too early'],
      ['{} {}', 'line 1, column 4: expected the end of the document'],
    ];
    for (const [text, where] of cases) {
      const r = checkClaimText(text);
      assert.equal(r.errors[0].message, `is not valid JSON: ${where}`, text);
      assert.doesNotThrow(() => assert.throws(() => JSON.parse(text)), 'the engine agrees it is not JSON');
    }
  });

  test('a byte order mark is not an error', () => {
    assert.equal(checkClaimText(`\uFEFF${JSON.stringify(base)}`).ok, true);
  });
});

describe('DOIs and PMIDs given as links or doi: are normalised, not dropped', () => {
  const study = (fields) => ({ ...base, studies: [{ id: 'a', stance: 'opposes', ...fields }] });

  test('by the validator the widget uses', () => {
    for (const doi of [
      'https://doi.org/10.1000/xyz.1',
      'http://dx.doi.org/10.1000/xyz.1',
      'doi:10.1000/xyz.1',
      'DOI: 10.1000/xyz.1',
      '10.1000/xyz.1',
    ]) {
      const r = validateClaim(study({ doi }));
      assert.deepEqual([r.warnings, r.claim.studies[0].doi], [[], '10.1000/xyz.1'], doi);
    }
    for (const pmid of [
      'https://pubmed.ncbi.nlm.nih.gov/31234567/',
      'https://www.ncbi.nlm.nih.gov/pubmed/31234567',
      'PMID: 31234567',
      '31234567',
    ]) {
      const r = validateClaim(study({ pmid }));
      assert.deepEqual([r.warnings, r.claim.studies[0].pmid], [[], '31234567'], pmid);
    }
    // Links to anything else are not identifiers.
    for (const doi of ['https://example.org/10.1000/xyz', 'https://doi.org/', 'doi:'])
      assert.equal(validateClaim(study({ doi })).claim.studies[0].doi, undefined, doi);
    assert.equal(validateClaim(study({ pmid: 'https://example.org/31234567' })).claim.studies[0].pmid, undefined);
  });

  test('by validate: a DOI link is valid, with no warning', () => {
    const dir = folder({
      creatine: study({ doi: 'https://doi.org/10.1000/xyz.1', pmid: 'https://pubmed.ncbi.nlm.nih.gov/31234567/' }),
    });
    const r = run('validate', dir);
    assert.equal(r.code, 0);
    assert.equal(r.out, '1 valid, 0 invalid\n');
  });
});

test("docs/claim-format.md's complete example is valid, strictly, and uses every field of the format", async () => {
  const { readFileSync } = await import('node:fs');
  const page = readFileSync(join(root, 'docs/claim-format.md'), 'utf8');
  const example = JSON.parse(/## A complete example[\s\S]*?```json\n([\s\S]*?)```/.exec(page)[1]);
  const r = checkClaim(example);
  assert.deepEqual([r.errors, r.warnings], [[], []]);
  // Every field the validator knows, at every level, appears in the example.
  const missing = [];
  const walk = (check, value, path) => {
    // A list's items together: each field in at least one of them.
    if (check.i) return walk(check.i, value, `${path}[]`);
    if (!check.f) return;
    const items = Array.isArray(value) ? value : [value];
    for (const name of Object.keys(check.f)) {
      const key = name.replace('!', '');
      const having = items.filter((v) => key in v);
      if (!having.length) missing.push(`${path}.${key}`);
      else if (!Array.isArray(value)) walk(check.f[name], value[key], `${path}.${key}`);
    }
  };
  walk(claimDocument, example, '');
  assert.deepEqual(missing, []);
});

test('study IDs: unique (an error), and what the breakdown and raw evidence name must exist (a warning)', () => {
  const r = checkClaim({
    ...base,
    studies: [
      { id: 'a', stance: 'supports' },
      { id: 'a', stance: 'opposes' },
    ],
    scoreBreakdown: [{ studyId: 'b', side: 'support', contribution: 3 }],
    rawEvidence: [{ quote: 'Q.', studyId: 'a' }],
  });
  assert.deepEqual(r.errors, [{ path: 'studies[1].id', message: 'must be unique, got "a", which studies[0] has too' }]);
  assert.deepEqual(r.warnings, [{ path: 'scoreBreakdown[0].studyId', message: 'is not the ID of a study in this claim: "b"' }]);
});
