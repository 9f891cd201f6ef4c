// Hugo 0.111 from Debian, set up as docs/publishing.md says: `hugo new site` (which writes
// config.toml), the guide's minimal theme (read from the guide itself), the shortcode from
// integrations/hugo, and the claims built with `evidence-claim build` into static/. Served by
// `hugo server` and read in headless Chromium as a reader: with and without JavaScript, at two
// widths, and the RSS feed. A second site takes its claims from another host, which is untrusted:
// its HTML must never reach the page. A third is a dark site (params.evidenceClaim.theme).
import assert from 'node:assert/strict';
import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import { appendFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { CLAIMS, ROOT, buildClaimsSite, claimDoc, fragmentFor } from './fixtures.mjs';
import { JSON_TEXT, checkPage, feedItems, launch, prerendered } from './reader.mjs';
import { startHugo } from './servers.mjs';
import { DEFAULT_DISCLAIMER, verdictLabel } from '../../cli/lib/defaults.mjs';

/**
 * The guide's Hugo section: its minimal theme, the code blocks that start with
 * `{{- /* layouts/… *\/ -}}`, by file name.
 */
function guideLayouts() {
  const guide = readFileSync(join(ROOT, 'docs/publishing.md'), 'utf8');
  const hugo = guide.slice(guide.indexOf('**Hugo.**'), guide.indexOf('**Jekyll.**'));
  const layouts = {};
  for (const [, block] of hugo.matchAll(/```go-html-template\n([\s\S]*?)```/g)) {
    // The blocks sit in a numbered list: three spaces of indentation.
    const text = block.replace(/^ {3}/gm, '');
    const name = text.match(/^\{\{- \/\* (layouts\/\S+) \*\/ -\}\}/)?.[1];
    if (name) layouts[name] = text;
  }
  assert.deepEqual(Object.keys(layouts).sort(), [
    'layouts/_default/baseof.html',
    'layouts/_default/list.html',
    'layouts/_default/single.html',
  ]);
  return layouts;
}

/** A page with a sentence around each card, as an editor writes it. */
const post = (title, ...shortcodes) =>
  `---\ntitle: "${title}"\n---\n\nColds are common in winter.\n\n${shortcodes.join('\n\nAnd more.\n\n')}\n\nTalk to your doctor.\n`;
const sc = (id, extra = '') => `{{< evidence-claim id="${id}"${extra} >}}`;

/**
 * A Hugo site made the way the guide says: `hugo new site`, the guide's theme, the shortcode,
 * `params` appended to its config.toml, and these posts. `dark` gives the theme a dark page.
 */
function makeSite(dir, params, posts, { dark = false } = {}) {
  const site = join(dir, 'site');
  execFileSync('hugo', ['new', 'site', site], { stdio: 'ignore' });
  assert.ok(existsSync(join(site, 'config.toml')), "Debian's Hugo writes config.toml");
  appendFileSync(join(site, 'config.toml'), `\n[params.evidenceClaim]\n${params}`);
  for (const [file, text] of Object.entries(guideLayouts())) {
    mkdirSync(join(site, file, '..'), { recursive: true });
    writeFileSync(
      join(site, file),
      dark ? text.replace('<body>', '<body style="background:#15171a;color:#e8e8e8;color-scheme:dark">') : text,
    );
  }
  cpSync(join(ROOT, 'integrations/hugo/layouts/shortcodes'), join(site, 'layouts/shortcodes'), { recursive: true });
  mkdirSync(join(site, 'content/posts'), { recursive: true });
  for (const [name, text] of Object.entries(posts)) writeFileSync(join(site, 'content/posts', `${name}.md`), text);
  // A site has an icon; without one the browser's request for it is a 404 in every check.
  mkdirSync(join(site, 'static'), { recursive: true });
  writeFileSync(join(site, 'static/favicon.ico'), '');
  return site;
}

/** The guide's step 3: `evidence-claim build claims/ static/evidence-claim/`. */
function buildIntoStatic(site) {
  execFileSync(
    process.execPath,
    [join(ROOT, 'cli/evidence-claim.mjs'), 'build', join(ROOT, 'demo/claims'), join(site, 'static/evidence-claim')],
    { stdio: 'ignore' },
  );
}

/** Text as Go's html/template escapes it, as Hugo writes it into a page. */
const goEscape = (t) =>
  t.replace(/[&<>"'+]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&#34;', "'": '&#39;', '+': '&#43;' })[c]);

/** The evidence-claim script tags of a page's HTML. */
const scriptTags = (html) => (html.match(/<script[^>]*>/g) ?? []).filter((t) => t.includes('evidence-claim'));

/** In the page: whether each card's box is dark (its background's brightness), and its theme. */
const cardSchemes = (page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('evidence-claim')].map((el) => {
      const card = el.shadowRoot?.querySelector('[part="card"]');
      const rgb = card ? getComputedStyle(card).backgroundColor.match(/\d+/g).map(Number) : null;
      return { theme: el.getAttribute('theme'), dark: rgb ? rgb[0] + 2 * rgb[1] + rgb[2] < 512 : null };
    }),
  );

describe('Hugo, with the claims in the site (static/), as the guide says', { timeout: 10 * 60 * 1000 }, () => {
  let tmp;
  let hugo;
  let browser;
  const POSTS = {
    plain: post('Vitamin D and colds', sc(CLAIMS.plain, ' variant="compact"')),
    prerendered: post('Prerendered card', sc(CLAIMS.fragment)),
    two: post('Two cards', sc(CLAIMS.fragment), sc(CLAIMS.plain, ' variant="compact"')),
    none: post('No card'),
    missing: post('A claim that is not there', sc('no-such-claim')),
  };
  let site;

  before(async () => {
    tmp = mkdtempSync('/tmp/ec-hugo-');
    site = makeSite(tmp, '  script = "/evidence-claim/evidence-claim.js"\n', POSTS);
    buildIntoStatic(site);
    // Watching, as a writer runs it: the rebuild test edits a post.
    hugo = await startHugo(site, { watch: true });
    browser = await launch();
  });

  after(async () => {
    await browser?.close();
    await hugo?.stop();
    if (tmp && !process.env.KEEP_CMS) rmSync(tmp, { recursive: true, force: true });
  });

  it('builds pages with the guide’s theme (hugo new site has none)', async () => {
    const home = await fetch(`${hugo.url}/posts/`);
    assert.equal(home.status, 200);
    assert.match(await home.text(), /<a href="\/posts\/plain\/">Vitamin D and colds<\/a>/);
    assert.doesNotMatch(hugo.log(), /found no layout file/);
  });

  it('shows a compact card (drawn by the script, its text fallback from the JSON in static/), with and without JavaScript', async () => {
    const doc = claimDoc(CLAIMS.plain);
    await checkPage(browser, `${hugo.url}/posts/plain/`, {
      name: 'hugo-plain',
      claims: [doc.claim],
      disclaimer: doc.disclaimer ?? DEFAULT_DISCLAIMER,
      expect: async (page) => assert.equal(await page.$eval('evidence-claim', (e) => e.getAttribute('variant')), 'compact'),
    });
  });

  it('includes the prerendered card that evidence-claim build wrote, complete before any script', async () => {
    const doc = claimDoc(CLAIMS.fragment);
    await checkPage(browser, `${hugo.url}/posts/prerendered/`, {
      name: 'hugo-prerendered',
      claims: [doc.claim],
      disclaimer: doc.disclaimer ?? DEFAULT_DISCLAIMER,
      expect: async (page, { js }) => {
        if (js) return;
        const pre = await prerendered(page);
        assert.equal(pre.heading, doc.claim, 'the prerendered card, before any script');
        // Its stylesheet link, relative to claims/ in the file, resolved for this page.
        assert.deepEqual(pre.sheets, [{ href: `${hugo.url}/evidence-claim/evidence-claim.css`, loaded: true }]);
      },
    });
    const html = await (await fetch(`${hugo.url}/posts/prerendered/`)).text();
    const file = readFileSync(join(tmp, 'site/static/evidence-claim/claims', `${CLAIMS.fragment}.html`), 'utf8');
    // The card as the CLI wrote it, only its stylesheet's URL made absolute for the page.
    const card = file.match(/<template shadowrootmode="open">[\s\S]*<\/template>/)[0];
    assert.ok(html.includes(card.replace(/href="?\.\.\/evidence-claim\.css"?/, 'href="/evidence-claim/evidence-claim.css"')));
  });

  it('prints the script once per page, as a module, and only on pages with a card', async () => {
    const doc = claimDoc(CLAIMS.fragment);
    const two = await (await fetch(`${hugo.url}/posts/two/`)).text();
    assert.deepEqual(scriptTags(two), ['<script type="module" src="/evidence-claim/evidence-claim.js">']);
    assert.equal(two.match(/<evidence-claim /g).length, 2);
    // checkPage counts the script tags in the browser, and every card ready.
    await checkPage(browser, `${hugo.url}/posts/two/`, {
      name: 'hugo-two',
      claims: [doc.claim, claimDoc(CLAIMS.plain).claim],
      // Each card its own disclaimer: the words they share.
      disclaimer: 'Not medical advice',
    });
    assert.deepEqual(scriptTags(await (await fetch(`${hugo.url}/posts/none/`)).text()), []);
    assert.deepEqual(scriptTags(await (await fetch(`${hugo.url}/posts/`)).text()), []);
  });

  it('still prints the script once after hugo server rebuilds an edited page', async () => {
    writeFileSync(join(site, 'content/posts/two.md'), POSTS.two.replace('Talk to your doctor.', 'Edited: talk to your doctor.'));
    let html = '';
    for (let i = 0; i < 100 && !html.includes('Edited: talk'); i++) {
      await new Promise((r) => setTimeout(r, 200));
      html = await (await fetch(`${hugo.url}/posts/two/`)).text();
    }
    assert.ok(html.includes('Edited: talk'), 'hugo server rebuilt the page');
    assert.deepEqual(scriptTags(html), ['<script type="module" src="/evidence-claim/evidence-claim.js">']);
    assert.equal(html.match(/<evidence-claim /g).length, 2);
  });

  it('writes nothing stray for a claim that is not there, and says so in the build', async () => {
    const html = await (await fetch(`${hugo.url}/posts/missing/`)).text();
    // The element alone (the script says "not found" to readers with JavaScript): no lone disclaimer.
    assert.match(html, /<evidence-claim claim-id="no-such-claim">\s*<\/evidence-claim>/);
    assert.doesNotMatch(html, /Not medical advice/);
    assert.match(
      hugo.log(),
      /claim "no-such-claim" not found \(or not a claim\) at \/evidence-claim\/claims\/no-such-claim\.json/,
    );
  });

  it('keeps JSON out of the RSS feed', async () => {
    const xml = await (await fetch(`${hugo.url}/index.xml`)).text();
    assert.doesNotMatch(xml, JSON_TEXT);
    const item = feedItems(xml).find((i) => i.title === 'Vitamin D and colds');
    assert.ok(item, 'the post is in the feed');
    assert.ok(item.content.includes('Colds are common in winter.'), item.content);
  });
});

describe('Hugo, with the claims on another host (resources.GetRemote): no HTML from there', { timeout: 10 * 60 * 1000 }, () => {
  let tmp;
  let server;
  let claims;
  let hugo;
  let browser;
  let log;
  const requests = [];
  /** What Hugo asked the other host for, while building the site (before any reader came). */
  let buildRequests;
  // A card in the CLI's shape whose link hides `javascript:` behind character references: a
  // denylist of the text `javascript:` lets it through.
  // Markup, script and a javascript: URL in the texts of the JSON itself.
  const HOSTILE_JSON = JSON.parse(readFileSync(join(ROOT, 'test/fixtures/warnings/hostile.json'), 'utf8'));
  // Objects and numbers where the format has text: printed, Go would write map[…] and […].
  const TYPED = {
    schemaVersion: 1,
    id: 'typed',
    claim: ['<b id="evil-typed">x</b>'],
    summary: { html: '<i>y</i>' },
    verdict: { leaning: 'supports', label: 7 },
  };
  const ENTITY = '<a href="&#106;avascript:window.__pwned=\'entity\'" id="evil-entity">Read more</a>';
  const POSTS = {
    clean: post('Clean remote fragment', sc(CLAIMS.plain)),
    entity: post('Entity-encoded javascript: URL', sc(CLAIMS.fragment)),
    hostile: post('Hostile fragment', sc(CLAIMS.hostile)),
    two: post('Two remote cards', sc(CLAIMS.plain), sc(CLAIMS.hostile, ' variant="compact"')),
    'hostile-json': post('Hostile texts in the JSON', sc(HOSTILE_JSON.id)),
    typed: post('Values of the wrong type', sc(TYPED.id)),
    dated: `---\ntitle: "A dated article"\ndate: 2026-11-10T08:00:00+01:00\n---\n\n${sc(CLAIMS.plain)}\n`,
    asofbyhand: `---\ntitle: "A date by hand"\ndate: 2026-11-10\n---\n\n${sc(CLAIMS.plain, ' as_of="2026-11-01"')}\n`,
  };

  before(async () => {
    tmp = mkdtempSync('/tmp/ec-hugo-remote-');
    claims = buildClaimsSite();
    writeFileSync(join(claims.dir, 'claims', `${CLAIMS.fragment}.html`), fragmentFor(claimDoc(CLAIMS.fragment), ENTITY));
    writeFileSync(join(claims.dir, 'claims', `${HOSTILE_JSON.id}.json`), JSON.stringify(HOSTILE_JSON));
    writeFileSync(join(claims.dir, 'claims', `${TYPED.id}.json`), JSON.stringify(TYPED));
    server = createServer((req, res) => {
      const path = join(claims.dir, decodeURIComponent(new URL(req.url, 'http://x').pathname));
      requests.push(new URL(req.url, 'http://x').pathname);
      if (!path.startsWith(claims.dir) || !existsSync(path)) return res.writeHead(404).end();
      const type = path.endsWith('.json') ? 'application/json' : path.endsWith('.js') ? 'text/javascript' : 'text/html';
      // Another origin: the browser needs CORS for the module, its chunk and the JSON.
      res.writeHead(200, { 'content-type': type, 'access-control-allow-origin': '*' }).end(readFileSync(path));
    });
    await new Promise((r) => server.listen(0, '127.0.0.1', r));
    const base = `http://127.0.0.1:${server.address().port}`;
    const site = makeSite(tmp, `  script = "${base}/evidence-claim.js"\n  endpoint = "${base}/claims/{id}.json"\n`, POSTS);
    // Asynchronously: the claims server above runs in this process.
    const r = await promisify(execFile)('hugo', ['--source', site, '--cacheDir', join(tmp, 'cache')], { encoding: 'utf8' });
    log = r.stdout + r.stderr;
    hugo = await startHugo(site);
    buildRequests = [...requests];
    browser = await launch();
  });

  after(async () => {
    await browser?.close();
    await hugo?.stop();
    await new Promise((r) => (server ? server.close(r) : r()));
    if (claims) rmSync(claims.dir, { recursive: true, force: true });
    if (tmp && !process.env.KEEP_CMS) rmSync(tmp, { recursive: true, force: true });
  });

  const page = async (name) => (await fetch(`${hugo.url}/posts/${name}/`)).text();

  it('never asks the other host for HTML, only for the JSON', () => {
    assert.deepEqual(
      buildRequests.filter((p) => !/^\/claims\/[\w-]+\.json$/.test(p)),
      [],
      'Hugo fetched only claims/<id>.json at build time',
    );
    assert.ok(buildRequests.includes(`/claims/${CLAIMS.plain}.json`), buildRequests.join(' '));
    assert.doesNotMatch(log, /ERROR/);
  });

  it('inlines no remote fragment, even a clean one the CLI wrote: the text fallback instead', async () => {
    const doc = claimDoc(CLAIMS.plain);
    const html = await page('clean');
    assert.doesNotMatch(html, /<template|shadowrootmode|data-digest/);
    assert.match(
      html,
      new RegExp(`<evidence-claim claim-id="${CLAIMS.plain}" endpoint="http://127\\.0\\.0\\.1:\\d+/claims/\\{id\\}\\.json">`),
    );
    for (const text of [verdictLabel(doc), doc.claim, doc.summary]) assert.ok(html.includes(goEscape(text)), text);
    assert.doesNotMatch(html, /schemaVersion|application\/json/);
  });

  it('keeps out an entity-encoded javascript: URL (the denylist let it through), and every other hostile fragment', async () => {
    for (const name of ['entity', 'hostile']) {
      const html = (await page(name)).match(/<evidence-claim [\s\S]*<\/evidence-claim>/)[0];
      assert.doesNotMatch(
        html,
        /evil-entity|&#106;avascript|evil-link|evil-click|__pwned|<iframe|<img|shadowrootmode|<style/i,
        name,
      );
    }
    for (const [name, id] of [
      ['entity', CLAIMS.fragment],
      ['hostile', CLAIMS.hostile],
    ]) {
      const doc = claimDoc(id);
      await checkPage(browser, `${hugo.url}/posts/${name}/`, {
        name: `hugo-remote-${name}`,
        claims: [doc.claim],
        disclaimer: doc.disclaimer ?? DEFAULT_DISCLAIMER,
        expect: async (p) => {
          const seen = await p.evaluate(() => ({
            pwned: window.__pwned ?? null,
            evil: !!document.querySelector('#evil-entity, #evil-link, #evil-click, iframe'),
          }));
          assert.deepEqual(seen, { pwned: null, evil: false });
        },
      });
    }
  });

  for (const [name, doc] of [
    ['hostile', claimDoc(CLAIMS.hostile)],
    ['clean', claimDoc(CLAIMS.plain)],
    ['hostile-json', HOSTILE_JSON],
  ])
    it(`shows the text fallback of the ${name} claim without JavaScript: verdict label as written, claim, summary, link, disclaimer`, async () => {
      const ctx = await browser.createBrowserContext();
      try {
        const p = await ctx.newPage();
        await p.setJavaScriptEnabled(false);
        await p.goto(`${hugo.url}/posts/${name}/`, { waitUntil: 'load' });
        const seen = await p.$eval('evidence-claim', (el) => ({
          shadow: !!el.shadowRoot,
          paragraphs: [...el.querySelectorAll('p')].map((x) => x.innerText.trim()),
          visible: el.checkVisibility() && el.getBoundingClientRect().height > 0,
          links: [...el.querySelectorAll('a')].map((a) => a.href),
        }));
        assert.equal(seen.shadow, false, 'no card from the other host');
        assert.ok(seen.visible);
        // A claim's own label as written (the real claim's "Supports is higher" included), every
        // text as text; a link only for an http(s) URL (the hostile one is `javascript:`).
        const link = /^https?:/.test(doc.url ?? '');
        assert.deepEqual(seen.paragraphs, [
          doc.verdict.label,
          doc.claim,
          doc.summary,
          ...(link ? ['Read the full analysis'] : []),
          doc.disclaimer ?? DEFAULT_DISCLAIMER,
        ]);
        assert.deepEqual(seen.links, link ? [doc.url] : []);
        assert.deepEqual(
          await p.$$eval('evidence-claim *', (els) => [...new Set(els.map((e) => e.localName))].sort()),
          ['a', 'div', 'p', 'small', 'strong'].filter((t) => t !== 'a' || link),
        );
      } finally {
        await ctx.close();
      }
    });

  it('leaves out a claim whose values are of the wrong type, and says so in the build', async () => {
    const html = (await page('typed')).match(/<evidence-claim [\s\S]*<\/evidence-claim>/)[0];
    assert.match(html, /^<evidence-claim claim-id="typed" endpoint="[^"]+">\s*<\/evidence-claim>$/);
    assert.match(log, /claim "typed" not found \(or not a claim\)/);
  });

  it('prints the script once on a page with two remote cards, and the script draws both', async () => {
    assert.equal(scriptTags(await page('two')).length, 1);
    await checkPage(browser, `${hugo.url}/posts/two/`, {
      name: 'hugo-remote-two',
      claims: [claimDoc(CLAIMS.plain).claim, claimDoc(CLAIMS.hostile).claim],
      disclaimer: 'Not medical advice',
    });
  });

  it("writes the page's date as the card's as-of (or the one given by hand), and none for an undated page", async () => {
    assert.match(await page('dated'), /<evidence-claim claim-id="sample-vitamin-d" endpoint="[^"]*" as-of="2026-11-10">/);
    assert.match(await page('asofbyhand'), /<evidence-claim claim-id="sample-vitamin-d" endpoint="[^"]*" as-of="2026-11-01">/);
    assert.doesNotMatch(await page('clean'), /as-of=/);
  });
});

describe('Hugo, a dark site (params.evidenceClaim.theme = "dark")', { timeout: 10 * 60 * 1000 }, () => {
  let tmp;
  let hugo;
  let browser;
  const POSTS = {
    prerendered: post('Prerendered card on a dark site', sc(CLAIMS.fragment)),
    compact: post('Compact card on a dark site', sc(CLAIMS.plain, ' variant="compact"')),
    light: post('A card asked to be light', sc(CLAIMS.fragment, ' theme="light"')),
  };

  before(async () => {
    tmp = mkdtempSync('/tmp/ec-hugo-dark-');
    const site = makeSite(tmp, '  theme = "dark"\n', POSTS, { dark: true });
    buildIntoStatic(site);
    hugo = await startHugo(site);
    browser = await launch();
  });

  after(async () => {
    await browser?.close();
    await hugo?.stop();
    if (tmp && !process.env.KEEP_CMS) rmSync(tmp, { recursive: true, force: true });
  });

  for (const [name, id, dark] of [
    ['prerendered', CLAIMS.fragment, true],
    ['compact', CLAIMS.plain, true],
    ['light', CLAIMS.fragment, false],
  ]) {
    it(`the ${name} card is ${dark ? 'dark' : 'light'} at first paint, with JavaScript and without, for a reader who prefers light`, async () => {
      const doc = claimDoc(id);
      await checkPage(browser, `${hugo.url}/posts/${name}/`, {
        name: `hugo-dark-${name}`,
        claims: [doc.claim],
        disclaimer: doc.disclaimer ?? DEFAULT_DISCLAIMER,
        expect: async (page, { js }) => {
          await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'light' }]);
          const [seen] = await cardSchemes(page);
          assert.equal(seen.theme, dark ? 'dark' : 'light', 'the element is marked');
          // Without JavaScript a compact card is the site's own text (in the site's colours);
          // every drawn or prerendered card is in the site's scheme.
          if (js || name !== 'compact') assert.equal(seen.dark, dark, `${name}, JavaScript ${js ? 'on' : 'off'}`);
          else assert.equal(seen.dark, null);
        },
      });
    });
  }
});
