// The publisher's CLI, run as a publisher runs it: a child process, its output and exit code,
// and the files it writes.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { escapeHtml, jsonForScript } from '../../cli/lib/escape.mjs';
import { claimElementHtml, elementHtml, today } from '../../cli/lib/embed.mjs';
import { validateClaim } from '../../dist/toolkit.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const CLI = join(root, 'cli/evidence-claim.mjs');
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

/** Runs the CLI from the repository root, as `npx evidence-claim …` would. */
const run = (...args) => {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: root, encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
};
// `snippet` writes today's date, in the publisher's calendar, as the article's as-of.
const TODAY = today();
const tmp = () => mkdtempSync(join(tmpdir(), 'evidence-claim-cli-'));
const json = (file) => JSON.parse(readFileSync(join(root, file), 'utf8'));
const DEMO = readdirSync(join(root, 'demo/claims'))
  .filter((f) => f.endsWith('.json'))
  .sort();
/** Every tag name in some HTML. */
const tags = (html) => new Set([...html.matchAll(/<\/?([a-zA-Z][\w-]*)/g)].map((m) => m[1].toLowerCase()));
/** The JSON-LD blocks of a page, parsed. */
const jsonLd = (html) =>
  [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => JSON.parse(m[1]));
const doc = (fields) => ({
  schemaVersion: 1,
  id: 'x',
  claim: 'A claim.',
  summary: 'A summary.',
  verdict: { leaning: 'supports' },
  ...fields,
});
const writeClaims = (dir, docs) => docs.forEach((d) => writeFileSync(join(dir, `${d.id}.json`), JSON.stringify(d)));

describe('escaping', () => {
  test('escapeHtml makes markup-shaped text inert', () => {
    assert.equal(
      escapeHtml(`<a href="x" onclick='y()'>&amp;</a>`),
      '&lt;a href=&quot;x&quot; onclick=&#39;y()&#39;&gt;&amp;amp;&lt;/a&gt;',
    );
    assert.equal(escapeHtml('plain words, 5 > 3'), 'plain words, 5 &gt; 3');
    assert.equal(escapeHtml(42), '42');
  });

  test('jsonForScript cannot close its script and parses back to the same value', () => {
    const value = { a: '</script><script>alert(1)</script>', b: '<!-- & -->' };
    const text = jsonForScript(value);
    assert.doesNotMatch(text, /[<>&]/);
    assert.deepEqual(JSON.parse(text), value);
  });
});

describe('embed markup (shared by the CLI and demo/builder.js)', () => {
  test('an element without a claim: only the attributes given, empty ones left out', () => {
    assert.equal(
      elementHtml({ 'claim-id': 'abc', variant: 'compact', theme: undefined, lang: '', 'heading-level': 2 }),
      '<evidence-claim claim-id="abc" variant="compact" heading-level="2"></evidence-claim>',
    );
  });

  test('a claim carried inline: its JSON cannot close the script, and parses back as given', () => {
    const hostile = json('test/fixtures/warnings/hostile.json');
    const html = claimElementHtml(validateClaim(hostile).claim, {}, { inline: hostile });
    assert.equal(html.match(/<script/g).length, 1);
    assert.equal(html.match(/<\/script>/g).length, 1);
    const inner = html.match(/<script type="application\/json">([\s\S]*?)<\/script>/)[1];
    assert.deepEqual(JSON.parse(inner), hostile);
    assert.deepEqual(tags(html), new Set(['evidence-claim', 'p', 'strong', 'small', 'script']));
  });
});

describe('evidence-claim validate', () => {
  test('the demo claims are all valid: exit 0, no problem lines', () => {
    const r = run('validate', 'demo/claims');
    assert.equal(r.code, 0, r.out + r.err);
    assert.equal(r.out.trim(), `${DEMO.length} valid, 0 invalid`);
  });

  test('broken documents: exit 1, one line per problem naming file, path and expectation', () => {
    const r = run('validate', 'test/fixtures/broken');
    assert.equal(r.code, 1);
    const lines = r.out.trim().split('\n');
    for (const expected of [
      'test/fixtures/broken/bad-leaning.json: verdict.leaning must be one of supports, opposes, balanced, insufficient, got "probably"',
      'test/fixtures/broken/missing-claim.json: claim is required (some text)',
      'test/fixtures/broken/missing-verdict.json: verdict is required (an object with a leaning)',
      'test/fixtures/broken/missing-version.json: schemaVersion is required (the number 1)',
      'test/fixtures/broken/empty-claim.json: claim must be some text, got ""',
      'test/fixtures/broken/bad-id.json: id must be 1-64 of A-Z a-z 0-9 _ -, got "has spaces/and slashes"',
      'test/fixtures/broken/not-object.json: (document) must be a JSON object',
      'test/fixtures/broken/version-2.json: schemaVersion unsupported format version 2 (this widget reads version 1)',
    ]) {
      assert.ok(lines.includes(expected), `missing line: ${expected}\n${r.out}`);
    }
    // Where it stops being JSON, by line and column: the text ends inside a string.
    assert.ok(
      lines.includes(
        'test/fixtures/broken/not-json.json: (document) is not valid JSON: line 1, column 60: expected a closing " before the line break (inside text, write \\n for one)',
      ),
      r.out,
    );
    assert.equal(lines.at(-1), '0 valid, 10 invalid');
  });

  test('a valid document whose file name is not its id: a warning, still valid', () => {
    const r = run('validate', 'test/fixtures/other-id');
    assert.equal(r.code, 0);
    assert.equal(
      r.out.trim(),
      'test/fixtures/other-id/id-mismatch.json: warning: id "another-claim" differs from the file name (served as claims/another-claim.json)\n' +
        '1 valid, 0 invalid, 1 warning',
    );
  });

  test('what the widget would drop is an error: named by path, expected and found; exit 1', () => {
    const r = run('validate', 'test/fixtures/warnings/bad-optionals.json');
    assert.equal(r.code, 1);
    const lines = r.out.trim().split('\n');
    assert.ok(
      lines.includes('test/fixtures/warnings/bad-optionals.json: url must be an absolute http(s) URL, got "javascript:alert(1)"'),
      r.out,
    );
    assert.ok(
      lines.includes('test/fixtures/warnings/bad-optionals.json: scores.support must be a number from 0 to 100, got 140'),
    );
    assert.ok(
      lines.includes(
        'test/fixtures/warnings/bad-optionals.json: studies[1].stance is required (one of supports, opposes, neutral), so the card leaves out studies[1]',
      ),
    );
    assert.equal(lines.at(-1), '0 valid, 1 invalid');
  });

  test('--lenient: the same problems as warnings, listed and marked, and the exit code stays 0', () => {
    const r = run('validate', '--lenient', 'test/fixtures/warnings/bad-optionals.json');
    assert.equal(r.code, 0);
    const lines = r.out.trim().split('\n');
    assert.ok(
      lines.includes(
        'test/fixtures/warnings/bad-optionals.json: warning: url must be an absolute http(s) URL, got "javascript:alert(1)"',
      ),
    );
    assert.ok(
      lines.includes(
        'test/fixtures/warnings/bad-optionals.json: warning: scores.support must be a number from 0 to 100, got 140',
      ),
    );
    assert.ok(lines.slice(0, -1).every((l) => l.startsWith('test/fixtures/warnings/bad-optionals.json: warning: ')));
    assert.match(lines.at(-1), /^1 valid, 0 invalid, \d+ warnings$/);
  });

  test('one invalid file among valid ones fails the run; files and folders mix', () => {
    const r = run('validate', 'demo/claims', 'test/fixtures/broken/bad-leaning.json');
    assert.equal(r.code, 1);
    assert.equal(r.out.trim().split('\n').at(-1), `${DEMO.length} valid, 1 invalid`);
  });

  test('a file that is not there is invalid, and so is a folder with no claims', () => {
    const empty = tmp();
    const r = run('validate', 'no/such/claim.json', empty);
    assert.equal(r.code, 1);
    assert.match(r.out, /^no\/such\/claim\.json: \(file\) cannot be read \(ENOENT\)$/m);
    assert.ok(r.out.includes(`${empty}: (folder) has no .json files`));
  });

  test('two documents with one id: the second is invalid', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'a.json'), JSON.stringify(doc({ id: 'same' })));
    writeFileSync(join(dir, 'b.json'), JSON.stringify(doc({ id: 'same' })));
    const r = run('validate', dir);
    assert.equal(r.code, 1);
    assert.ok(r.out.includes(`${join(dir, 'b.json')}: id "same" is also the id of ${join(dir, 'a.json')}`), r.out);
  });

  test('no file given is a usage error (exit 2)', () => {
    const r = run('validate');
    assert.equal(r.code, 2);
    assert.match(r.err, /validate needs at least one file or folder/);
  });
});

describe('evidence-claim snippet', () => {
  test('prints, by default, the prerendered card: template, stylesheet beside the script, fallback', () => {
    const r = run('snippet', 'demo/claims/sample-vitamin-d.json');
    assert.equal(r.code, 0, r.err);
    const claim = json('demo/claims/sample-vitamin-d.json');
    const element = r.out.slice(r.out.indexOf('<evidence-claim'));
    // The template comes first, then the light fallback.
    assert.match(
      element,
      new RegExp(
        `^<evidence-claim claim-id="sample-vitamin-d" as-of="${TODAY}">\\n {2}<template shadowrootmode="open"><link rel=stylesheet href="/evidence-claim/evidence-claim\\.css">`,
      ),
    );
    const shadow = /<template shadowrootmode="open">([\s\S]*?)<\/template>/.exec(element)[1];
    for (const text of [
      'Evidence is mixed',
      claim.claim,
      'Evidence for',
      'Evidence against',
      'See the scientific wording',
      claim.disclaimer,
    ]) {
      assert.ok(shadow.includes(text), text);
    }
    assert.equal(shadow.match(/<li class="study /g).length, claim.studies.length);
    assert.match(shadow, /data-digest="\w+"/);
    // No inline style (a strict CSP refuses it) and no leftover renderer markers.
    assert.doesNotMatch(shadow, /<style|style=|<!--|<\?>/);
    assert.ok(element.includes('<p><strong>Evidence is mixed</strong></p>'), 'the light fallback too');
  });

  test('the prerendered card is in the claim’s language; hostile text stays text in it', () => {
    const es = run('snippet', 'demo/claims/sample-es.json');
    assert.ok(es.out.includes('<div class="root " lang="es" dir="ltr"'));
    assert.ok(es.out.includes('Evidencia a favor'));
    const ar = run('snippet', 'demo/claims/sample-ar.json');
    assert.ok(ar.out.includes('lang="ar" dir="rtl"'));
    const r = run('snippet', '--lenient', '--inline', 'test/fixtures/warnings/hostile.json');
    assert.equal(r.code, 0, r.err);
    for (const tag of ['img', 'iframe', 'b', 'style']) assert.ok(!tags(r.out).has(tag), `<${tag}>`);
    assert.doesNotMatch(r.out, /<[^>]*\son\w+=/i, 'no event handler attribute');
    assert.doesNotMatch(r.out, /href="\s*javascript:/i);
    assert.ok(r.out.includes('&lt;img src=x onerror=&quot;window.__pwned=1&quot;&gt;'));
  });

  test('the stylesheet is named beside the script; a classic build names the same one', () => {
    const r = run(
      'snippet',
      'demo/claims/sample-minimal.json',
      '--script',
      'dist/evidence-claim.js',
      '--script-url',
      '/x/evidence-claim.js',
    );
    assert.match(r.out, /<link rel=stylesheet href="\/x\/evidence-claim\.css"[ >]/, r.out + r.err);
    const iife = run(
      'snippet',
      'demo/claims/sample-minimal.json',
      '--script',
      'https://static.example/x/evidence-claim.iife.js?v=2',
      '--inline',
    );
    assert.ok(
      iife.out.includes('<link rel=stylesheet href="https://static.example/x/evidence-claim.css?v=2">'),
      iife.out + iife.err,
    );
  });

  test('prints the self-hosted script and the element with fallback content, and no JSON', () => {
    const r = run('snippet', '--no-prerender', 'demo/claims/sample-vitamin-d.json');
    assert.equal(r.code, 0, r.err);
    const claim = json('demo/claims/sample-vitamin-d.json');
    const [script, ...rest] = r.out.trim().split('\n');
    // Where `build claims/ public/evidence-claim/` puts it: works before any npm release.
    assert.equal(script, '<script type="module" src="/evidence-claim/evidence-claim.js"></script>');
    const element = rest.join('\n');
    assert.match(
      element,
      new RegExp(`^<evidence-claim claim-id="sample-vitamin-d" as-of="${TODAY}">\\n[\\s\\S]*\\n</evidence-claim>$`),
    );
    assert.doesNotMatch(element, /application\/json|schemaVersion/, 'no JSON that a CMS could turn into text');
    assert.ok(element.includes('<p><strong>Evidence is mixed</strong></p>'), 'the document’s own label');
    assert.ok(element.includes(`<p>${claim.claim}</p>`));
    assert.ok(element.includes(`<p>${claim.summary.replace("'", '&#39;')}</p>`));
    assert.ok(element.includes('<p><a href="https://example.org/claims/sample-vitamin-d">Read the full analysis</a></p>'));
    assert.ok(element.includes(`<p><small>${claim.disclaimer}</small></p>`), 'the document’s own disclaimer');
    assert.deepEqual(tags(r.out), new Set(['script', 'evidence-claim', 'div', 'p', 'strong', 'a', 'small']));
    assert.doesNotMatch(r.out, /style|integrity/);
  });

  test('--inline carries the document, as given, in a JSON script', () => {
    const r = run('snippet', '--no-prerender', 'demo/claims/sample-vitamin-d.json', '--inline');
    assert.equal(r.code, 0, r.err);
    const inline = /<script type="application\/json">([\s\S]*?)<\/script>/.exec(r.out);
    assert.ok(inline, 'the document is inline');
    assert.deepEqual(JSON.parse(inline[1]), json('demo/claims/sample-vitamin-d.json'));
  });

  test('a script on another site needs --endpoint or --inline (exit 2)', () => {
    const r = run(
      'snippet',
      '--no-prerender',
      'demo/claims/sample-minimal.json',
      '--script',
      `https://cdn.jsdelivr.net/npm/evidence-claim@${version}/dist/evidence-claim.js`,
    );
    assert.equal(r.code, 2);
    assert.match(r.err, /no claims\/ folder of yours beside it: give --endpoint TEMPLATE/);
  });

  test('without a label or a disclaimer, the default English words for each leaning', () => {
    const dir = tmp();
    const wording = {
      supports: 'Evidence supports this',
      opposes: 'Evidence goes against this',
      balanced: 'Evidence is mixed',
      insufficient: 'Not enough evidence yet',
    };
    for (const [leaning, words] of Object.entries(wording)) {
      writeClaims(dir, [doc({ id: leaning, verdict: { leaning } })]);
      const r = run('snippet', '--no-prerender', join(dir, `${leaning}.json`));
      assert.equal(r.code, 0, r.err);
      assert.ok(r.out.includes(`<p><strong>${words}</strong></p>`), r.out);
      assert.ok(
        r.out.includes(
          '<p><small>Not medical advice. Talk to a qualified health professional before making health decisions.</small></p>',
        ),
      );
      assert.doesNotMatch(r.out, /<a /, 'no url, no link');
    }
  });

  test('a claim in another language marks the English defaults as English', () => {
    const r = run('snippet', '--no-prerender', 'demo/claims/sample-es.json');
    assert.equal(r.code, 0);
    assert.ok(r.out.includes('<div lang="es">'));
    assert.ok(r.out.includes('<p><strong lang="en">Evidence supports this</strong></p>'));
  });

  test('hostile text is shown as text: no markup of its own, no script, no javascript: link', () => {
    const r = run('snippet', '--no-prerender', '--lenient', '--inline', 'test/fixtures/warnings/hostile.json');
    assert.equal(r.code, 0, r.err);
    assert.deepEqual(tags(r.out), new Set(['script', 'evidence-claim', 'p', 'strong', 'small']));
    // The widget's script tag and the inline document; the document cannot close its script.
    assert.equal(r.out.match(/<script/g).length, 2);
    assert.equal(r.out.match(/<\/script>/g).length, 2);
    assert.ok(r.out.includes('<script type="application/json">'));
    assert.ok(
      r.out.includes(
        '<p>&lt;img src=x onerror=&quot;window.__pwned=1&quot;&gt;&lt;script&gt;window.__pwned=1&lt;/script&gt;</p>',
      ),
    );
    assert.ok(r.out.includes('<strong>&lt;b onclick=&quot;window.__pwned=1&quot;&gt;bold&lt;/b&gt;</strong>'));
    // The inline document holds the string as data; no link is made from it.
    assert.doesNotMatch(r.out, /href="\s*javascript:/i);
    // The dropped fields are reported, on stderr so stdout stays pasteable.
    assert.match(r.err, /hostile\.json: warning: url must be an absolute http\(s\) URL, got " {2}JaVaScRiPt:window.__pwned=1"/);
  });

  test('--script with a local file: its SRI hash, and the public URL from --script-url (never the disk path)', () => {
    const hash = createHash('sha384')
      .update(readFileSync(join(root, 'dist/evidence-claim.js')))
      .digest('base64');
    const r = run('snippet', '--no-prerender', 'demo/claims/sample-minimal.json', '--script', 'dist/evidence-claim.js');
    assert.equal(r.code, 0, r.err);
    assert.equal(
      r.out.split('\n')[0],
      `<script type="module" src="/evidence-claim/evidence-claim.js" integrity="sha384-${hash}" crossorigin="anonymous"></script>`,
    );
    const cdn = 'https://static.example/ec/evidence-claim.js';
    const r2 = run(
      'snippet',
      '--no-prerender',
      'demo/claims/sample-minimal.json',
      '--script',
      'dist/evidence-claim.js',
      '--script-url',
      cdn,
      '--endpoint',
      'https://static.example/ec/claims/{id}.json',
    );
    assert.equal(r2.code, 0, r2.err);
    assert.equal(
      r2.out.split('\n')[0],
      `<script type="module" src="${cdn}" integrity="sha384-${hash}" crossorigin="anonymous"></script>`,
    );
  });

  test("--script with a local file: the prerendered card links its stylesheet with that copy's SRI hash", () => {
    const hash = (f) =>
      createHash('sha384')
        .update(readFileSync(join(root, f)))
        .digest('base64');
    const r = run('snippet', 'demo/claims/sample-minimal.json', '--script', 'dist/evidence-claim.js');
    assert.equal(r.code, 0, r.err);
    assert.ok(
      r.out.includes(
        `<link rel=stylesheet href="/evidence-claim/evidence-claim.css" integrity="sha384-${hash('dist/evidence-claim.css')}" crossorigin=anonymous>`,
      ),
      r.out.slice(0, 600),
    );
    // Without a file to hash, no hash.
    const plain = run('snippet', 'demo/claims/sample-minimal.json');
    assert.ok(plain.out.includes('<link rel=stylesheet href="/evidence-claim/evidence-claim.css">'), plain.out.slice(0, 300));
  });

  test('--script with a URL: used as is, no integrity', () => {
    const r = run(
      'snippet',
      '--no-prerender',
      'demo/claims/sample-minimal.json',
      '--script',
      'https://static.example/ec.js?v=1&x=2',
      '--endpoint',
      'https://static.example/claims/{id}.json',
    );
    assert.equal(r.code, 0);
    assert.equal(r.out.split('\n')[0], '<script type="module" src="https://static.example/ec.js?v=1&amp;x=2"></script>');
  });

  test('--script naming a file that is not there is refused (exit 2), saying to run build first', () => {
    const dir = tmp();
    // The README's order mistake: the snippet asked for before `build` wrote the folder.
    const missing = join(dir, 'public/evidence-claim/evidence-claim.js');
    const r = run('snippet', 'demo/claims/sample-minimal.json', '--script', missing);
    assert.equal(r.code, 2);
    assert.equal(r.out, '', 'no snippet with a disk path for a src');
    assert.ok(
      r.err.includes(
        `--script ${missing}: there is no such file. Run \`evidence-claim build <claims-dir> ${join(dir, 'public/evidence-claim')}/\` first`,
      ),
      r.err,
    );
    const relative = run(
      'snippet',
      '--no-prerender',
      'demo/claims/sample-minimal.json',
      '--script',
      'public/x/evidence-claim.js',
    );
    assert.equal(relative.code, 2);
    assert.match(
      relative.err,
      /public\/x\/evidence-claim\.js: there is no such file\. Run `evidence-claim build <claims-dir> public\/x\/` first/,
    );
    const folder = run('snippet', '--no-prerender', 'demo/claims/sample-minimal.json', '--script', 'dist');
    assert.equal(folder.code, 2);
    assert.match(
      folder.err,
      /--script dist: it is a folder, not a file: give the script inside it, such as dist\/evidence-claim\.js/,
    );
    // Once build has written it, the same command works and hashes it.
    assert.equal(run('build', 'demo/claims', join(dir, 'public/evidence-claim')).code, 0);
    const built = run('snippet', '--no-prerender', 'demo/claims/sample-minimal.json', '--script', missing);
    assert.equal(built.code, 0, built.err);
    assert.match(built.out, /^<script type="module" src="\/evidence-claim\/evidence-claim\.js" integrity="sha384-/);
    rmSync(dir, { recursive: true, force: true });
  });

  test('--script with a root-relative URL (no such folder on this machine): used as is', () => {
    const r = run('snippet', '--no-prerender', 'demo/claims/sample-minimal.json', '--script', '/assets/ec/evidence-claim.js');
    assert.equal(r.code, 0, r.err);
    assert.equal(r.out.split('\n')[0], '<script type="module" src="/assets/ec/evidence-claim.js"></script>');
  });

  test('--as-of: the date the article was written against; a claim changed after it says so in the card and the fallback', () => {
    // sample-vitamin-d was last changed on 2026-11-20.
    const r = run('snippet', 'demo/claims/sample-vitamin-d.json', '--as-of', '2026-11-01');
    assert.equal(r.code, 0, r.err);
    assert.ok(r.out.includes('<evidence-claim claim-id="sample-vitamin-d" as-of="2026-11-01">'));
    const shadow = /<template shadowrootmode="open">([\s\S]*?)<\/template>/.exec(r.out)[1];
    const line = 'Updated on <time datetime="2026-11-20T09:30:00Z">November 20, 2026</time>, after this article was published.';
    assert.ok(shadow.includes(line), 'the line in the card');
    const fallback = r.out.slice(r.out.indexOf('</template>'));
    assert.ok(fallback.includes('<p>Updated on November 20, 2026, after this article was published.</p>'), 'and in the fallback');
    // The day of the update, or later: no line anywhere.
    for (const asOf of ['2026-11-20', '2026-12-01']) {
      const same = run('snippet', 'demo/claims/sample-vitamin-d.json', '--as-of', asOf);
      assert.equal(same.code, 0);
      assert.doesNotMatch(same.out, /after this article/);
    }
    // A non-English claim: the English line says it is English.
    const ar = run('snippet', '--no-prerender', 'demo/claims/sample-ar.json', '--as-of', '2026-07-01');
    assert.ok(ar.out.includes('<p lang="en">Updated on August 1, 2026, after this article was published.</p>'));
    for (const bad of ['yesterday', '2026-02-30', '1/11/2026']) {
      const refused = run('snippet', 'demo/claims/sample-vitamin-d.json', '--as-of', bad);
      assert.equal(refused.code, 2, bad);
      assert.match(refused.err, /--as-of .* is not an ISO date/);
    }
    assert.equal(run('validate', 'demo/claims/sample-vitamin-d.json', '--as-of', '2026-11-01').code, 2);
  });

  test('--endpoint adds the endpoint attribute; one without {id} is refused', () => {
    const r = run(
      'snippet',
      '--no-prerender',
      'demo/claims/sample-minimal.json',
      '--endpoint',
      'https://data.example/claims/{id}.json',
    );
    assert.equal(r.code, 0);
    assert.ok(
      r.out.includes(
        `<evidence-claim claim-id="sample-minimal" endpoint="https://data.example/claims/{id}.json" as-of="${TODAY}">`,
      ),
    );
    assert.doesNotMatch(r.out, /application\/json/, 'loaded by ID, not inline');
    const bad = run(
      'snippet',
      '--no-prerender',
      'demo/claims/sample-minimal.json',
      '--endpoint',
      'https://data.example/claims.json',
    );
    assert.equal(bad.code, 2);
    assert.match(bad.err, /must contain \{id\}/);
    assert.equal(bad.out, '');
  });

  test('an invalid claim prints its problems and no snippet (exit 1)', () => {
    const r = run('snippet', '--no-prerender', 'test/fixtures/broken/bad-leaning.json');
    assert.equal(r.code, 1);
    assert.equal(r.out, '');
    assert.match(r.err, /bad-leaning\.json: verdict\.leaning must be one of/);
  });

  test('usage errors exit 2', () => {
    assert.equal(run('snippet').code, 2);
    assert.equal(run('snippet', '--no-prerender', 'demo/claims/sample-minimal.json', '--bogus').code, 2);
    assert.equal(run('validate', 'demo/claims', '--script', 'x.js').code, 2);
    assert.equal(run('frobnicate').code, 2);
    assert.equal(run().code, 2);
    const help = run('--help');
    assert.equal(help.code, 0);
    assert.match(help.out, /evidence-claim build <claims-dir> <out-dir>/);
  });
});

describe('evidence-claim build', () => {
  let out;
  let result;
  const page = (id) => readFileSync(join(out, `${id}.html`), 'utf8');
  test('builds the demo claims (exit 0)', () => {
    out = join(tmp(), 'site');
    result = run('build', 'demo/claims', out);
    assert.equal(result.code, 0, result.err);
    assert.match(result.out, new RegExp(`Built ${DEMO.length} claims into `));
  });

  test('writes claims/<id>.html: one complete prerendered element, loaded by ID', () => {
    for (const f of DEMO) {
      const c = json(`demo/claims/${f}`);
      const html = readFileSync(join(out, 'claims', `${c.id}.html`), 'utf8');
      // The stylesheet relative to the fragment itself (claims/), as the CMS plugins resolve it.
      assert.match(
        html,
        new RegExp(
          `^<evidence-claim claim-id="${c.id}">\\n  <template shadowrootmode="open"><link rel=stylesheet href="\\.\\./evidence-claim\\.css">`,
        ),
      );
      assert.match(html, /<\/template>\n[\s\S]*<p>[\s\S]*<\/evidence-claim>\n$/);
      assert.ok(!html.includes('application/json'), 'by ID, not inline');
    }
    for (const f of ['evidence-claim.css', 'evidence-claim-card.js']) {
      assert.deepEqual(readFileSync(join(out, f)), readFileSync(join(root, 'dist', f)), f);
    }
  });

  test('--base: the fragments name their stylesheet and endpoint by the site’s URL', () => {
    const site = join(tmp(), 'site');
    assert.equal(run('build', 'demo/claims', site, '--base', 'https://claims.example/x/').code, 0);
    const html = readFileSync(join(site, 'claims', 'sample-es.html'), 'utf8');
    assert.match(html, /^<evidence-claim claim-id="sample-es" endpoint="https:\/\/claims\.example\/x\/claims\/\{id\}\.json">/);
    assert.ok(html.includes('<link rel=stylesheet href="https://claims.example/x/evidence-claim.css">'));
    assert.equal(run('build', 'demo/claims', site, '--base', 'ftp://x/').code, 2);
  });

  test('copies the script, its map and the language packs from dist', () => {
    for (const f of ['evidence-claim.js', 'evidence-claim.js.map', 'i18n/es.js', 'i18n/ar.js']) {
      assert.deepEqual(readFileSync(join(out, f)), readFileSync(join(root, 'dist', f)), f);
    }
  });

  test('writes claims/<id>.json exactly as given', () => {
    for (const f of DEMO) {
      const id = json(`demo/claims/${f}`).id;
      assert.equal(readFileSync(join(out, 'claims', `${id}.json`), 'utf8'), readFileSync(join(root, 'demo/claims', f), 'utf8'));
    }
  });

  test('writes index.json: id, claim, leaning and url when present', () => {
    const index = JSON.parse(readFileSync(join(out, 'index.json'), 'utf8'));
    const expected = DEMO.map((f) => json(`demo/claims/${f}`))
      .map((c) => ({ id: c.id, claim: c.claim, leaning: c.verdict.leaning, ...(c.url && { url: c.url }) }))
      .sort((a, b) => (a.id < b.id ? -1 : 1));
    assert.deepEqual(index, expected);
    assert.ok(!('url' in index.find((c) => c.id === 'sample-minimal')));
  });

  test('writes a complete page per claim: language, script, element with fallback', () => {
    const html = page('sample-vitamin-d');
    assert.match(html, /^<!doctype html>\n<html lang="en">/);
    assert.ok(html.includes('<script type="module" src="evidence-claim.js"></script>'));
    assert.ok(
      html.includes(
        '<title>Taking a daily vitamin D supplement lowers the risk of catching a cold or flu in healthy adults during winter.</title>',
      ),
    );
    assert.ok(html.includes('<evidence-claim claim-id="sample-vitamin-d" heading-level="1">'));
    assert.ok(html.includes('<p><strong>Evidence is mixed</strong></p>'));
    assert.ok(html.includes('<p><a href="https://example.org/claims/sample-vitamin-d">Read the full analysis</a></p>'));
    assert.match(html, /<\/html>\n$/);
    assert.match(page('sample-es'), /^<!doctype html>\n<html lang="es">/);
    assert.match(page('sample-ar'), /^<!doctype html>\n<html lang="ar" dir="rtl">/);
    assert.match(page('sample-minimal'), /^<!doctype html>\n<html lang="en">/, 'a claim without a language is English');
  });

  test('the fallback in a page is the snippet’s fallback', () => {
    const snippet = run('snippet', '--no-prerender', 'demo/claims/sample-es.json').out;
    // The fallback only: the snippet also carries the document inline, the page loads it by ID.
    // (The page's element also holds the prerendered card, before the fallback: left out here.)
    const fallback = (whole) => {
      const text = whole.replace(/<template[\s\S]*?<\/template>/, '');
      return text.slice(text.indexOf('<div lang="es">'), text.indexOf('</div>') + 6).replace(/^\s+/gm, '');
    };
    assert.equal(fallback(page('sample-es')), fallback(snippet));
  });

  test('each page carries schema.org ClaimReview JSON-LD built from the document', () => {
    const [ld] = jsonLd(page('sample-vitamin-d'));
    assert.deepEqual(ld, {
      '@context': 'https://schema.org',
      '@type': 'ClaimReview',
      claimReviewed:
        'Taking a daily vitamin D supplement lowers the risk of catching a cold or flu in healthy adults during winter.',
      reviewRating: { '@type': 'Rating', alternateName: 'Evidence is mixed' },
      author: { '@type': 'Organization', name: 'Example Health Desk', url: 'https://example.org/' },
      datePublished: '2026-10-02',
      url: 'https://example.org/claims/sample-vitamin-d',
      inLanguage: 'en',
    });
    const [minimal] = jsonLd(page('sample-minimal'));
    assert.equal(minimal.reviewRating.alternateName, 'Not enough evidence yet', 'the default label for the leaning');
    assert.ok(!('author' in minimal) && !('url' in minimal) && !('datePublished' in minimal));
  });

  test('writes index.html linking every claim page', () => {
    const html = readFileSync(join(out, 'index.html'), 'utf8');
    assert.match(html, /^<!doctype html>/);
    for (const f of DEMO) {
      const c = json(`demo/claims/${f}`);
      assert.ok(html.includes(`<a href="${c.id}.html"`), c.id);
      assert.ok(html.includes(c.claim), c.id);
    }
  });

  test('hostile text stays text in the page and in the JSON-LD', () => {
    const site = join(tmp(), 'site');
    assert.equal(run('build', '--lenient', 'test/fixtures/warnings', site).code, 0);
    const html = readFileSync(join(site, 'hostile.html'), 'utf8');
    const hostile = json('test/fixtures/warnings/hostile.json');
    // (The prerendered card's own icons are <svg>: none comes from the document.)
    for (const tag of ['img', 'iframe', 'b']) assert.ok(!tags(html).has(tag), `<${tag}> in the page`);
    assert.doesNotMatch(html, /<[^>]*\son\w+=/i, 'no event handler attribute');
    // Two scripts of ours (the widget, the JSON-LD), closed where we closed them.
    assert.equal(html.match(/<script/g).length, 2);
    assert.equal(html.match(/<\/script>/g).length, 2);
    const [ld] = jsonLd(html);
    assert.equal(ld.claimReviewed, hostile.claim);
    assert.equal(ld.reviewRating.alternateName, hostile.verdict.label);
    assert.equal(ld.author.name, hostile.publisher.name);
    assert.ok(!('url' in ld), 'the javascript: url was dropped');
    const raw = html.match(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/)[1];
    assert.doesNotMatch(raw, /</);
    assert.ok(raw.includes('\\u003cscript\\u003e'));
    const index = readFileSync(join(site, 'index.html'), 'utf8');
    assert.ok(!tags(index).has('img') && !tags(index).has('script'));
  });

  test('any invalid document: nothing written, the invalid files named, exit 1', () => {
    const claims = tmp();
    cpSync(join(root, 'demo/claims'), claims, { recursive: true });
    cpSync(join(root, 'test/fixtures/broken/bad-leaning.json'), join(claims, 'bad-leaning.json'));
    const site = join(tmp(), 'site');
    const r = run('build', claims, site);
    assert.equal(r.code, 1);
    assert.ok(!existsSync(site), 'the output folder was created');
    assert.match(r.err, /bad-leaning\.json: verdict\.leaning must be one of/);
    assert.match(r.err, /Nothing written: 1 invalid document: .*bad-leaning\.json/);
    rmSync(claims, { recursive: true });
  });

  test('the broken fixtures: nothing written, exit 1', () => {
    const site = join(tmp(), 'site');
    const r = run('build', 'test/fixtures/broken', site);
    assert.equal(r.code, 1);
    assert.ok(!existsSync(site));
    assert.match(r.err, /Nothing written: 10 invalid documents/);
  });

  test('usage errors exit 2', () => {
    assert.equal(run('build', 'demo/claims').code, 2);
    const r = run('build', 'demo/claims/sample-minimal.json', join(tmp(), 'site'));
    assert.equal(r.code, 2);
    assert.match(r.err, /is not a folder/);
  });
});
