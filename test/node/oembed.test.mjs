// `evidence-claim build --base`: the oEmbed response, the embed page and the discovery link,
// read from the files the CLI writes (the real WordPress reading them: test/cms/oembed.test.mjs).
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stringsFor, verdictWords } from '../../dist/toolkit.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const CLI = join(root, 'cli/evidence-claim.mjs');
const BASE = 'https://claims.example/x/';
const HOST_SCRIPT = readFileSync(join(root, 'dist/embed-host.js'), 'utf8').trim();
const run = (...args) => {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: root, encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
};
const tmp = () => mkdtempSync(join(tmpdir(), 'evidence-claim-oembed-'));
const DEMO = readdirSync(join(root, 'demo/claims'))
  .filter((f) => f.endsWith('.json'))
  .map((f) => JSON.parse(readFileSync(join(root, 'demo/claims', f), 'utf8')));
/** Every URL-valued attribute (href, src) of the tags in some HTML (not in its text), decoded. */
const urls = (html) =>
  [...html.matchAll(/<[a-zA-Z][\w-]*((?:\s+[^\s=>/]+(?:=(?:"[^"]*"|[^\s>]+))?)*)\s*\/?>/g)].flatMap(([, attrs]) =>
    [...attrs.matchAll(/\s+([^\s=>/]+)(?:=("[^"]*"|[^\s>]+))?/g)]
      .filter((m) => /^(href|src)$/i.test(m[1]))
      .map((m) => m[2].replace(/^"|"$/g, '').replace(/&amp;/g, '&')),
  );

describe('build --base: oEmbed', () => {
  const site = join(tmp(), 'site');
  const r = run('build', 'demo/claims', site, '--base', BASE);

  test('builds (exit 0) and writes an embed page and a response per claim', () => {
    assert.equal(r.code, 0, r.err);
    assert.doesNotMatch(r.out, /oEmbed needs --base/);
    for (const c of DEMO) {
      assert.ok(existsSync(join(site, 'embed', `${c.id}.html`)), `embed/${c.id}.html`);
      assert.ok(existsSync(join(site, 'oembed', `${c.id}.json`)), `oembed/${c.id}.json`);
    }
    assert.deepEqual(readFileSync(join(site, 'embed-frame.js')), readFileSync(join(root, 'dist/embed-frame.js')));
  });

  test('each response is valid oEmbed 1.0 of type rich, every URL absolute under --base', async () => {
    for (const c of DEMO) {
      const o = JSON.parse(readFileSync(join(site, 'oembed', `${c.id}.json`), 'utf8'));
      assert.equal(o.version, '1.0');
      assert.equal(o.type, 'rich');
      assert.equal(o.title, c.claim);
      assert.equal(typeof o.html, 'string');
      // `rich` requires width and height: positive integers, the height within what WordPress allows.
      assert.ok(Number.isInteger(o.width) && o.width > 0, `${c.id}: width ${o.width}`);
      assert.ok(Number.isInteger(o.height) && o.height >= 200 && o.height <= 1000, `${c.id}: height ${o.height}`);
      assert.match(o.provider_url, /^https:\/\//);
      const found = urls(o.html);
      assert.deepEqual(found, [`${BASE}${c.id}.html`, `${BASE}embed/${c.id}.html`], `${c.id}: the page, then the frame`);
      // What WordPress keeps: a blockquote (claim, verdict, link), then the frame with a title;
      // then the host side of the frame for consumers that keep the HTML as it is.
      assert.match(
        o.html,
        /^<blockquote><p><a href="[^"]+">[^<]+<\/a> <\/p>\n<p>— [^<]+<\/p><\/blockquote>\n<iframe [^>]*><\/iframe>\n<script>/,
      );
      assert.ok(o.html.endsWith(`\n<script>${HOST_SCRIPT}</script>`), 'dist/embed-host.js, inline');
      assert.match(o.html, /<iframe [^>]*title="[^"]+"/);
      assert.match(o.html, new RegExp(`<iframe [^>]*height="${o.height}"`));
      // The verdict in the claim's language, as its card says it.
      const verdict = verdictWords(c, await stringsFor(c.language ?? 'en'));
      assert.ok(o.html.includes(`— ${verdict.replace(/'/g, '&#39;')}</p>`), `${c.id}: the verdict "${verdict}"`);
    }
  });

  test('each claim page links its response (oEmbed discovery)', () => {
    for (const c of DEMO) {
      const page = readFileSync(join(site, `${c.id}.html`), 'utf8');
      const head = page.slice(0, page.indexOf('</head>'));
      const link = head.match(/<link rel="alternate" type="application\/json\+oembed" href="([^"]+)" title="[^"]*" \/>/);
      assert.ok(link, `${c.id}: discovery link in <head>`);
      assert.equal(link[1], `${BASE}oembed/${c.id}.json`);
    }
  });

  test('each embed page: the prerendered card alone, in the claim’s language, every URL absolute', () => {
    for (const c of DEMO) {
      const page = readFileSync(join(site, 'embed', `${c.id}.html`), 'utf8');
      assert.match(page, new RegExp(`^<!doctype html>\\n<html lang="${c.language ?? 'en'}"`));
      assert.ok(page.includes('<template shadowrootmode="open">'), 'prerendered');
      assert.ok(page.includes('class="root light"'), 'light unless ?theme=dark');
      assert.doesNotMatch(page, /<(header|nav|footer|main)\b/, 'no page chrome');
      for (const u of urls(page)) assert.match(u, /^https:\/\//, `${c.id}: ${u} is absolute`);
      assert.ok(urls(page).includes(`${BASE}evidence-claim.css`), 'the card’s stylesheet from --base');
      // A classic script: a sandboxed frame's opaque origin would need CORS for a module.
      assert.deepEqual(
        [...page.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]),
        [`<script src="${BASE}embed-frame.js">`],
      );
      assert.ok(page.includes(`<link rel="canonical" href="${BASE}${c.id}.html" />`));
      // The card's every link leads to the claims site (the one host WordPress lets the frame open).
      for (const u of urls(page).filter((x) => !x.endsWith('.css') && !x.endsWith('.js'))) assert.ok(u.startsWith(BASE), u);
    }
  });
});

describe('build without --base', () => {
  test('says oEmbed needs one and writes no oEmbed files', () => {
    const site = join(tmp(), 'site');
    const r = run('build', 'demo/claims', site);
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /oEmbed needs --base/);
    for (const f of ['embed', 'oembed', 'embed-frame.js']) assert.ok(!existsSync(join(site, f)), `no ${f}`);
    assert.ok(!readFileSync(join(site, 'sample-vitamin-d.html'), 'utf8').includes('json+oembed'), 'no discovery link');
  });
});

describe('claim text stays text', () => {
  const evil = '</iframe><script>alert(1)</script><iframe src="https://evil.example/">"\'&';
  const doc = {
    schemaVersion: 1,
    id: 'evil',
    claim: `A claim ${evil}`,
    summary: `A summary ${evil}`,
    scientificWording: `Wording ${evil}`,
    verdict: { leaning: 'supports', label: `Label ${evil}`, note: `Note ${evil}` },
    publisher: { name: `Desk ${evil}` },
  };
  const dir = tmp();
  const claims = join(dir, 'claims');
  mkdirSync(claims);
  writeFileSync(join(claims, 'evil.json'), JSON.stringify(doc));
  const site = join(dir, 'site');
  const r = run('build', claims, site, '--base', BASE);

  test('in the oEmbed JSON: one frame, only our script, the words escaped', () => {
    assert.equal(r.code, 0, r.err);
    const o = JSON.parse(readFileSync(join(site, 'oembed', 'evil.json'), 'utf8'));
    assert.equal(o.title, doc.claim, 'the title is the plain text (JSON escapes it)');
    assert.equal(o.provider_name, doc.publisher.name);
    assert.equal(o.html.match(/<iframe\b/g).length, 1);
    assert.equal(o.html.match(/<\/iframe>/g).length, 1);
    assert.equal(o.html.match(/<script/gi).length, 1);
    assert.ok(o.html.endsWith(`<script>${HOST_SCRIPT}</script>`), 'the one script is ours');
    assert.ok(o.html.includes('A claim &lt;/iframe&gt;&lt;script&gt;alert(1)&lt;/script&gt;'));
    assert.deepEqual(urls(o.html), [`${BASE}evil.html`, `${BASE}embed/evil.html`]);
  });

  test('in the embed page and the discovery link', () => {
    const page = readFileSync(join(site, 'embed', 'evil.html'), 'utf8');
    assert.equal(page.match(/<script\b/g).length, 1, 'only the frame script');
    assert.equal(page.match(/<iframe\b/g), null);
    assert.ok(page.includes('&lt;/iframe&gt;&lt;script&gt;'));
    const claimPage = readFileSync(join(site, 'evil.html'), 'utf8');
    const link = claimPage.match(/<link rel="alternate" type="application\/json\+oembed"[^>]*>/)[0];
    assert.ok(link.includes('title="A claim &lt;/iframe&gt;&lt;script&gt;alert(1)&lt;/script&gt;&lt;iframe src=&quot;'));
  });
});
