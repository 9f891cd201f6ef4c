// Hugo 0.111 from Debian: a site made with `hugo new site` (which writes config.toml), the
// shortcode from integrations/hugo, the claims site in static/, served by `hugo server` and read
// in headless Chromium as a reader: with and without JavaScript, at two widths, and the RSS feed.
import assert from 'node:assert/strict';
import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import { appendFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { CLAIMS, FRAGMENT_CSS, ROOT, buildClaimsSite, claimDoc } from './fixtures.mjs';
import { JSON_TEXT, checkPage, feedItems, launch, prerendered } from './reader.mjs';
import { startHugo } from './servers.mjs';
import { DEFAULT_DISCLAIMER } from '../../cli/lib/defaults.mjs';

// The smallest theme: the page, its content, a list. Hugo's own RSS template makes the feed.
const LAYOUTS = {
  '_default/baseof.html': `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>{{ .Title }}</title><link rel="icon" href="data:,"></head>
<body style="max-width:720px;margin:0 auto;padding:16px;font-family:Georgia,serif">{{ block "main" . }}{{ end }}</body></html>
`,
  '_default/single.html': `{{ define "main" }}<article><h1>{{ .Title }}</h1>{{ .Content }}</article>{{ end }}\n`,
  '_default/list.html': `{{ define "main" }}<ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>{{ end }}\n`,
};

const POSTS = {
  plain: `---\ntitle: "Vitamin D and colds"\n---\n\nColds are common in winter.\n\n{{< evidence-claim id="${CLAIMS.plain}" >}}\n\nTalk to your doctor.\n`,
  compact: `---\ntitle: "Compact card"\n---\n\nIn short:\n\n{{< evidence-claim id="${CLAIMS.plain}" variant="compact" >}}\n`,
  prerendered: `---\ntitle: "Prerendered card"\n---\n\n{{< evidence-claim id="${CLAIMS.fragment}" >}}\n`,
  hostile: `---\ntitle: "Hostile fragment"\n---\n\n{{< evidence-claim id="${CLAIMS.hostile}" >}}\n`,
  dated: `---\ntitle: "A dated article"\ndate: 2026-11-10T08:00:00+01:00\n---\n\n{{< evidence-claim id="${CLAIMS.plain}" >}}\n`,
  asOfByHand: `---\ntitle: "A date by hand"\ndate: 2026-11-10\n---\n\n{{< evidence-claim id="${CLAIMS.plain}" as_of="2026-11-01" >}}\n`,
};

/** A Hugo site made the way the guide says, with `params` appended to its config.toml. */
function makeSite(dir, params) {
  const site = join(dir, 'site');
  execFileSync('hugo', ['new', 'site', site], { stdio: 'ignore' });
  assert.ok(existsSync(join(site, 'config.toml')), "Debian's Hugo writes config.toml");
  appendFileSync(join(site, 'config.toml'), `\n[params.evidenceClaim]\n${params}`);
  for (const [file, text] of Object.entries(LAYOUTS)) {
    mkdirSync(join(site, 'layouts', file, '..'), { recursive: true });
    writeFileSync(join(site, 'layouts', file), text);
  }
  cpSync(join(ROOT, 'integrations/hugo/layouts/shortcodes'), join(site, 'layouts/shortcodes'), { recursive: true });
  mkdirSync(join(site, 'content/posts'), { recursive: true });
  for (const [name, text] of Object.entries(POSTS)) writeFileSync(join(site, 'content/posts', `${name}.md`), text);
  return site;
}

describe('Hugo shortcode with claims on another server (resources.GetRemote)', { timeout: 5 * 60 * 1000 }, () => {
  let tmp;
  let server;
  let claims;
  let out;
  let log;

  before(async () => {
    tmp = mkdtempSync('/tmp/ec-hugo-remote-');
    claims = buildClaimsSite();
    server = createServer((req, res) => {
      const path = join(claims.dir, decodeURIComponent(new URL(req.url, 'http://x').pathname));
      if (!path.startsWith(claims.dir) || !existsSync(path)) return res.writeHead(404).end();
      res.writeHead(200, { 'content-type': path.endsWith('.json') ? 'application/json' : 'text/html' }).end(readFileSync(path));
    });
    await new Promise((r) => server.listen(0, '127.0.0.1', r));
    const base = `http://127.0.0.1:${server.address().port}`;
    const site = makeSite(tmp, `  script = "${base}/evidence-claim.js"\n  endpoint = "${base}/claims/{id}.json"\n`);
    // Asynchronously: the claims server above runs in this process.
    const r = await promisify(execFile)('hugo', ['--source', site, '--cacheDir', join(tmp, 'cache')], { encoding: 'utf8' });
    log = r.stdout + r.stderr;
    out = (post) => readFileSync(join(site, 'public/posts', post, 'index.html'), 'utf8');
  });

  after(async () => {
    await new Promise((r) => (server ? server.close(r) : r()));
    if (claims) rmSync(claims.dir, { recursive: true, force: true });
    if (tmp && !process.env.KEEP_CMS) rmSync(tmp, { recursive: true, force: true });
  });

  it('writes the plain fallback from the remote JSON, the prerendered card from the remote fragment, and refuses the hostile one', () => {
    const plain = claimDoc(CLAIMS.plain);
    const page = out('plain');
    assert.match(
      page,
      new RegExp(`<evidence-claim claim-id="${CLAIMS.plain}" endpoint="http://127\\.0\\.0\\.1:\\d+/claims/\\{id\\}\\.json">`),
    );
    assert.ok(page.includes(`<p>${plain.claim}</p>`), 'the claim, from the remote JSON');
    assert.ok(page.includes(plain.disclaimer), 'the disclaimer');
    assert.doesNotMatch(page, /schemaVersion|application\/json/);
    const pre = out('prerendered');
    assert.ok(
      pre.includes('shadowrootmode="open"') && pre.includes(claimDoc(CLAIMS.fragment).claim),
      'the remote prerendered card',
    );
    if (!claims.realFragment)
      assert.match(pre, new RegExp(`<link rel="stylesheet" href="http://127\\.0\\.0\\.1:\\d+/claims/\\.\\./${FRAGMENT_CSS}">`));
    const hostile = out('hostile');
    assert.doesNotMatch(hostile, /evil-link|evil-click|__pwned|<iframe|shadowrootmode/);
    assert.ok(hostile.includes(`<p>${claimDoc(CLAIMS.hostile).claim}</p>`), 'the plain fallback instead');
    assert.match(log, new RegExp(`${CLAIMS.hostile}\\.html is not one prerendered card`), 'and the build says why');
  });

  it("writes the page's date as the card's as-of (or the one given by hand), and none for an undated page", () => {
    assert.match(out('dated'), /<evidence-claim claim-id="sample-vitamin-d" endpoint="[^"]*" as-of="2026-11-10">/);
    assert.match(out('asofbyhand'), /<evidence-claim claim-id="sample-vitamin-d" endpoint="[^"]*" as-of="2026-11-01">/);
    assert.doesNotMatch(out('plain'), /as-of=/);
  });
});

describe('Hugo shortcode', { timeout: 10 * 60 * 1000 }, () => {
  let tmp;
  let hugo;
  let browser;
  let realFragment;

  before(async () => {
    tmp = mkdtempSync('/tmp/ec-hugo-');
    const site = makeSite(tmp, '  script = "/evidence-claim/evidence-claim.js"\n');
    const claims = buildClaimsSite();
    realFragment = claims.realFragment;
    cpSync(claims.dir, join(site, 'static/evidence-claim'), { recursive: true });
    rmSync(claims.dir, { recursive: true, force: true });
    hugo = await startHugo(site);
    browser = await launch();
  });

  after(async () => {
    await browser?.close();
    await hugo?.stop();
    if (tmp && !process.env.KEEP_CMS) rmSync(tmp, { recursive: true, force: true });
  });

  const plain = claimDoc(CLAIMS.plain);
  for (const [post, claim] of [
    ['plain', CLAIMS.plain],
    ['compact', CLAIMS.plain],
    ['prerendered', CLAIMS.fragment],
    ['hostile', CLAIMS.hostile],
  ]) {
    it(`shows the ${post} post to readers, with and without JavaScript, at 1000 and 375 px`, async () => {
      const doc = claimDoc(claim);
      await checkPage(browser, `${hugo.url}/posts/${post}/`, {
        name: `hugo-${post}`,
        claims: [doc.claim],
        disclaimer: doc.disclaimer ?? DEFAULT_DISCLAIMER,
        expect: async (page, { js }) => {
          if (post === 'compact') assert.equal(await page.$eval('evidence-claim', (e) => e.getAttribute('variant')), 'compact');
          if (post === 'prerendered' && !js) {
            const pre = await prerendered(page);
            assert.equal(pre.heading, doc.claim, 'the prerendered card, before any script');
            assert.ok(
              pre.sheets.every((l) => l.loaded),
              `its stylesheets load: ${JSON.stringify(pre.sheets)}`,
            );
            if (!realFragment)
              assert.deepEqual(
                pre.sheets.map((l) => l.href),
                [`${hugo.url}/evidence-claim/${FRAGMENT_CSS}`],
              );
          }
          if (post === 'hostile') {
            // The shortcode refuses a fragment with anything that runs, and writes the plain fallback.
            const seen = await page.evaluate(() => ({
              pwned: window.__pwned ?? null,
              frame: !!document.querySelector('iframe'),
              evil: !!document.querySelector('#evil-link, #evil-click'),
            }));
            assert.deepEqual(seen, { pwned: null, frame: false, evil: false });
          }
        },
      });
    });
  }

  it('loads the script as a module, only on pages with a card', async () => {
    const page = await (await fetch(`${hugo.url}/posts/plain/`)).text();
    assert.equal(
      page
        .match(/<script[^>]*>/g)
        ?.filter((t) => t.includes('evidence-claim'))
        .join(),
      '<script type="module" src="/evidence-claim/evidence-claim.js">',
    );
    assert.doesNotMatch(page, /schemaVersion/);
    const list = await (await fetch(`${hugo.url}/posts/`)).text();
    assert.doesNotMatch(list, /evidence-claim\.js/);
  });

  it('keeps JSON out of the RSS feed', async () => {
    const xml = await (await fetch(`${hugo.url}/index.xml`)).text();
    assert.doesNotMatch(xml, JSON_TEXT);
    const item = feedItems(xml).find((i) => i.title === 'Vitamin D and colds');
    assert.ok(item, 'the post is in the feed');
    assert.ok(item.content.replace(/&#39;|&amp;#39;/g, "'").includes(plain.claim.slice(0, 40)), item.content);
  });
});
