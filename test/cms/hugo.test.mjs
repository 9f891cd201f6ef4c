// Hugo 0.111 from Debian: a site made with `hugo new site` (which writes config.toml), the
// shortcode from integrations/hugo, the claims site in static/, served by `hugo server` and read
// in headless Chromium as a reader: with and without JavaScript, at two widths, and the RSS feed.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { CLAIMS, FRAGMENT_MARK, ROOT, buildClaimsSite, claimDoc } from './fixtures.mjs';
import { JSON_TEXT, checkPage, feedItems, launch } from './reader.mjs';
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
};

describe('Hugo shortcode', { timeout: 10 * 60 * 1000 }, () => {
  let tmp;
  let hugo;
  let browser;

  before(async () => {
    tmp = mkdtempSync('/tmp/ec-hugo-');
    const site = join(tmp, 'site');
    execFileSync('hugo', ['new', 'site', site], { stdio: 'ignore' });
    assert.ok(existsSync(join(site, 'config.toml')), 'Debian\'s Hugo writes config.toml');
    appendFileSync(join(site, 'config.toml'), `\n[params.evidenceClaim]\n  script = "/evidence-claim/evidence-claim.js"\n`);
    for (const [file, text] of Object.entries(LAYOUTS)) {
      mkdirSync(join(site, 'layouts', file, '..'), { recursive: true });
      writeFileSync(join(site, 'layouts', file), text);
    }
    cpSync(join(ROOT, 'integrations/hugo/layouts/shortcodes'), join(site, 'layouts/shortcodes'), { recursive: true });
    const claims = buildClaimsSite();
    cpSync(claims.dir, join(site, 'static/evidence-claim'), { recursive: true });
    rmSync(claims.dir, { recursive: true, force: true });
    mkdirSync(join(site, 'content/posts'), { recursive: true });
    for (const [name, text] of Object.entries(POSTS)) writeFileSync(join(site, 'content/posts', `${name}.md`), text);
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
            assert.ok(await page.evaluate((m) => !!document.querySelector('evidence-claim').shadowRoot?.querySelector(`[${m}]`), FRAGMENT_MARK), 'the prerendered card, before any script');
          }
          if (post === 'hostile') {
            // The shortcode refuses a fragment with anything that runs, and writes the plain fallback.
            const seen = await page.evaluate(() => ({ pwned: window.__pwned ?? null, frame: !!document.querySelector('iframe'), evil: !!document.querySelector('#evil-link, #evil-click') }));
            assert.deepEqual(seen, { pwned: null, frame: false, evil: false });
          }
        },
      });
    });
  }

  it('loads the script once, as a module, only on pages with a card', async () => {
    const page = await (await fetch(`${hugo.url}/posts/plain/`)).text();
    assert.equal(page.match(/<script type="module" src="\/evidence-claim\/evidence-claim\.js"><\/script>/g)?.length, 1);
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
