// Pasting a claim's URL into WordPress 6.1, with the plugin not installed: oEmbed discovery
// finds the claims site's static response, WordPress keeps the blockquote and a sandboxed frame
// of the embed page, and its wp-embed script sizes the frame by what the page posts. Driven in
// headless Chromium as an Author (the block editor's own paste handling and save) and as a
// logged-out reader, with and without JavaScript, at a phone's and a desktop's width; the feed.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:https';
import { extname, join, normalize } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { ROOT, claimDoc } from './fixtures.mjs';
import puppeteer from 'puppeteer-core';
import { CHROME_ARGS, findChrome } from '../../scripts/chrome.mjs';
import { SHOTS, feedItems } from './reader.mjs';
import { freePort, startWordPress } from './servers.mjs';
import { verdictLabel } from '../../cli/lib/defaults.mjs';

const ID = 'sample-vitamin-d';
const claim = claimDoc(ID);
const WORDING = 'See the scientific wording';
const TYPES = { '.html': 'text/html; charset=utf-8', '.json': 'application/json', '.js': 'text/javascript', '.css': 'text/css' };

/**
 * The claims site as any static host serves it: files only, query strings ignored. Over HTTPS,
 * with a certificate made for the test: the block editor turns only a pasted https:// URL into
 * an embed (the core/embed block's paste transform).
 */
async function serveStatic(dir, keys) {
  const port = await freePort();
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-days',
      '1',
      '-subj',
      '/CN=localhost',
      '-keyout',
      join(keys, 'key.pem'),
      '-out',
      join(keys, 'cert.pem'),
    ],
    { stdio: 'ignore' },
  );
  const tls = { key: readFileSync(join(keys, 'key.pem')), cert: readFileSync(join(keys, 'cert.pem')) };
  const server = createServer(tls, (req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    try {
      const file = join(dir, path);
      const body = readFileSync(statSync(file).isDirectory() ? join(file, 'index.html') : file);
      res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise((r) => server.listen(port, '127.0.0.1', r));
  return { port, close: () => new Promise((r) => server.close(r)) };
}

/**
 * Test only: WordPress refuses to fetch loopback hosts and, on them, odd ports. This lets it
 * fetch the test's claims server, that host and that port, and nothing else (and trusts the
 * test's own certificate there).
 */
const allowClaimsServer = (host, port) => `<?php
add_filter( 'http_request_host_is_external', function ( $external, $host, $url ) {
	return $external || ( '${host}' === $host && ${port} === wp_parse_url( $url, PHP_URL_PORT ) );
}, 10, 3 );
add_filter( 'http_allowed_safe_ports', function ( $ports, $host ) {
	return '${host}' === $host ? array_merge( (array) $ports, array( ${port} ) ) : $ports;
}, 10, 2 );
add_filter( 'http_request_args', function ( $args, $url ) {
	if ( '${host}' === wp_parse_url( $url, PHP_URL_HOST ) && ${port} === wp_parse_url( $url, PHP_URL_PORT ) ) {
		$args['sslverify'] = false;
	}
	return $args;
}, 10, 2 );
`;

describe('Pasting a claim URL in WordPress (oEmbed, no plugin)', { timeout: 10 * 60 * 1000 }, () => {
  let wp, browser, claims, site, keys, postUrl;
  let base;

  before(async () => {
    site = mkdtempSync('/tmp/ec-oembed-');
    keys = mkdtempSync('/tmp/ec-oembed-tls-');
    claims = await serveStatic(site, keys);
    // "localhost", not WordPress's own 127.0.0.1: another host, so both of WordPress's checks apply.
    base = `https://localhost:${claims.port}/`;
    execFileSync(process.execPath, [
      join(ROOT, 'cli/evidence-claim.mjs'),
      'build',
      join(ROOT, 'demo/claims'),
      site,
      '--base',
      base,
    ]);
    const open = (p) => {
      chmodSync(p, statSync(p).isDirectory() ? 0o755 : 0o644);
      if (statSync(p).isDirectory()) for (const f of readdirSync(p)) open(join(p, f));
    };
    open(site);
    wp = await startWordPress({
      claimsDir: site,
      muPlugins: { 'allow-claims-server.php': allowClaimsServer('localhost', claims.port) },
    });
    browser = await puppeteer.launch({
      executablePath: findChrome(),
      headless: true,
      args: [...CHROME_ARGS, '--ignore-certificate-errors'],
      protocolTimeout: 120000,
    });
    mkdirSync(SHOTS, { recursive: true });
  });

  after(async () => {
    await browser?.close();
    await wp?.stop();
    await claims?.close();
    for (const d of [site, keys]) if (d) rmSync(d, { recursive: true, force: true });
  });

  it('an Author pastes the URL on a line of its own and publishes; the block editor shows the card', async () => {
    const ctx = await browser.createBrowserContext();
    const page = await ctx.newPage();
    await page.setViewport({ width: 1280, height: 1000 });
    await page.goto(`${wp.url}/wp-login.php`, { waitUntil: 'load' });
    await page.$eval('#user_login', (el) => (el.value = 'author1'));
    await page.$eval('#user_pass', (el, v) => (el.value = v), wp.users.author1);
    await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.click('#wp-submit')]);
    const plugins = await page.evaluate(() => fetch('/?rest_route=/wp/v2/plugins').then((r) => r.status));
    assert.notEqual(plugins, 200, 'an Author cannot even list plugins: none is active for this');

    await page.goto(`${wp.url}/wp-admin/post-new.php`, { waitUntil: 'load' });
    await page.waitForFunction(() => window.wp?.blocks?.pasteHandler && window.wp.data.select('core/editor').getCurrentPostId(), {
      timeout: 60000,
      polling: 250,
    });
    const url = `${base}${ID}.html`;
    // A real paste into an empty paragraph: the editor's own paste handling turns a URL alone
    // on its line into an embed block.
    const emptyId = await page.evaluate(() => {
      const { dispatch } = window.wp.data;
      dispatch('core/editor').editPost({ title: 'Pasted claim', status: 'publish' });
      const intro = window.wp.blocks.createBlock('core/paragraph', { content: 'What the research says:' });
      const empty = window.wp.blocks.createBlock('core/paragraph');
      dispatch('core/block-editor').insertBlocks([intro, empty]);
      dispatch('core/block-editor').selectBlock(empty.clientId);
      return empty.clientId;
    });
    const editable = await page.waitForSelector(`#block-${emptyId}[contenteditable="true"]`, { timeout: 10000 });
    await editable.click();
    await editable.evaluate((el, url) => {
      const data = new DataTransfer();
      data.setData('text/plain', url);
      el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    }, url);
    await page
      .waitForFunction(
        () =>
          window.wp.data
            .select('core/block-editor')
            .getBlocks()
            .some((b) => b.name === 'core/embed'),
        {
          timeout: 10000,
        },
      )
      .catch(() => {});
    const pasted = await page.evaluate(() =>
      window.wp.data
        .select('core/block-editor')
        .getBlocks()
        .slice(1)
        .map((b) => b.name),
    );
    assert.deepEqual(pasted, ['core/embed'], 'the pasted URL became an embed block');
    // The editor previews it through WordPress's oEmbed proxy, as the Author.
    await page.waitForFunction(
      (url) => {
        const preview = window.wp.data.select('core').getEmbedPreview(url);
        return preview?.html?.includes('<iframe');
      },
      { timeout: 60000, polling: 250 },
      url,
    );
    const preview = await page.evaluate((url) => window.wp.data.select('core').getEmbedPreview(url), url);
    assert.equal(preview.type, 'rich');
    await page.screenshot({ path: join(SHOTS, 'oembed-editor.png') });
    const id = await page.evaluate(async () => {
      await window.wp.data.dispatch('core/editor').savePost();
      return window.wp.data.select('core/editor').getCurrentPostId();
    });
    postUrl = `${wp.url}/?p=${id}`;
    const saved = await page.evaluate(() => window.wp.data.select('core/editor').getEditedPostAttribute('status'));
    assert.equal(saved, 'publish');
    await ctx.close();
  });

  /** The frame as a reader has it: its box, the card's box inside, and any inner scrolling. */
  async function frameState(page) {
    const box = await page.$eval('iframe.wp-embedded-content', (f) => {
      const r = f.getBoundingClientRect();
      return { height: r.height, width: r.width, left: r.left, right: r.right, shown: !f.hasAttribute('style') };
    });
    const frame = page.frames().find((f) => f.url().startsWith(`${base}embed/`));
    const inner = await frame.evaluate(() => {
      const el = document.querySelector('evidence-claim');
      const de = document.documentElement;
      return {
        card: el.getBoundingClientRect().height,
        scrollH: de.scrollHeight,
        clientH: de.clientHeight,
        scrollW: de.scrollWidth,
        clientW: de.clientWidth,
        heading: el.shadowRoot.querySelector('[role="heading"]')?.textContent.trim(),
      };
    });
    return { box, inner, frame };
  }

  for (const width of [390, 1000]) {
    it(`a logged-out reader at ${width}px sees the card in a frame as tall as the card; opening the wording grows it`, async (t) => {
      const ctx = await browser.createBrowserContext();
      const page = await ctx.newPage();
      const problems = [];
      page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
      page.on('requestfailed', (r) => problems.push(`failed: ${r.url()} ${r.failure()?.errorText}`));
      await page.setViewport({ width, height: 900 });
      await page.goto(postUrl, { waitUntil: 'load' });
      await page.waitForFunction(
        () => {
          const f = document.querySelector('iframe.wp-embedded-content');
          return f && !f.hasAttribute('style') && f.height > 0;
        },
        { timeout: 20000, polling: 100 },
      );
      // Give the frame's styles their time, then compare.
      await page.waitForNetworkIdle({ idleTime: 300 });
      let { box, inner, frame } = await frameState(page);
      assert.ok(box.shown, 'wp-embed showed the frame (it heard the page)');
      assert.equal(inner.heading, claim.claim, 'the frame shows the claim');
      assert.ok(Math.abs(box.height - inner.card) <= 20, `${width}px: frame ${box.height}px, card ${inner.card}px`);
      assert.ok(inner.scrollH <= inner.clientH, `${width}px: no inner vertical scrolling (${inner.scrollH} > ${inner.clientH})`);
      assert.ok(inner.scrollW <= inner.clientW, `${width}px: no inner horizontal scrolling`);
      assert.ok(box.left >= 0 && box.right <= width, `${width}px: the frame fits the column (${box.left}-${box.right})`);
      const quote = await page.$eval('blockquote.wp-embedded-content', (b) => getComputedStyle(b).display);
      assert.equal(quote, 'none', 'the blockquote gives way to the frame');
      const wrapper = await page.$eval('.wp-block-embed__wrapper', (w) => w.innerHTML);
      assert.doesNotMatch(wrapper, /<script/i, 'WordPress keeps no script of the response');
      assert.match(wrapper, /<iframe [^>]*sandbox="allow-scripts"/, 'the frame is sandboxed');
      await page.screenshot({ path: join(SHOTS, `oembed-wp-${width}.png`), fullPage: true });

      const before = box.height;
      const toggle = await frame.$('evidence-claim >>> summary');
      assert.equal(await toggle.evaluate((s) => s.textContent.trim()), WORDING);
      await toggle.click();
      await page.waitForFunction(
        (h) => document.querySelector('iframe.wp-embedded-content').height > h + 30,
        { timeout: 5000 },
        before,
      );
      await page.waitForNetworkIdle({ idleTime: 200 });
      ({ box, inner } = await frameState(page));
      assert.ok(box.height > before, `${width}px: the frame grew (${before} -> ${box.height})`);
      t.diagnostic(
        `${width}px: frame ${box.width}px wide; ${before}px tall, ${box.height}px with the wording open (card ${inner.card}px)`,
      );
      assert.ok(Math.abs(box.height - inner.card) <= 20, `${width}px opened: frame ${box.height}px, card ${inner.card}px`);
      assert.ok(inner.scrollH <= inner.clientH, `${width}px opened: no inner scrolling (${inner.scrollH} > ${inner.clientH})`);
      await page.screenshot({ path: join(SHOTS, `oembed-wp-${width}-open.png`), fullPage: true });
      assert.deepEqual(problems, [], 'no page errors or failed requests');
      await ctx.close();
    });
  }

  it('a link in the frame takes the reader to the claim page on the claims site (wp-embed "link")', async () => {
    const ctx = await browser.createBrowserContext();
    const page = await ctx.newPage();
    await page.setViewport({ width: 1000, height: 900 });
    await page.goto(postUrl, { waitUntil: 'load' });
    await page.waitForFunction(() => !document.querySelector('iframe.wp-embedded-content')?.hasAttribute('style'), {
      timeout: 20000,
    });
    const { frame } = await frameState(page);
    const link = await frame.$('evidence-claim >>> a[href$=".html"]');
    await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), link.click()]);
    assert.equal(page.url(), `${base}${ID}.html`, 'the top page moved to the claim page');
    await ctx.close();
  });

  it('without JavaScript, the blockquote shows the claim, the verdict and the link', async () => {
    const ctx = await browser.createBrowserContext();
    const page = await ctx.newPage();
    await page.setJavaScriptEnabled(false);
    await page.setViewport({ width: 390, height: 900 });
    await page.goto(postUrl, { waitUntil: 'load' });
    const quote = await page.$eval('blockquote.wp-embedded-content', (b) => ({
      text: b.innerText,
      href: b.querySelector('a')?.href,
      visible: b.checkVisibility() && b.getBoundingClientRect().height > 0,
    }));
    assert.ok(quote.visible, 'the blockquote is visible');
    assert.ok(quote.text.includes(`${claim.claim} — ${verdictLabel(claim)}`), `the claim, then the verdict: ${quote.text}`);
    assert.equal(quote.href, `${base}${ID}.html`, 'the link to the claim page');
    const clip = await page.$eval('iframe.wp-embedded-content', (f) => getComputedStyle(f).clip);
    assert.equal(clip, 'rect(1px, 1px, 1px, 1px)', 'the frame stays clipped away');
    await page.screenshot({ path: join(SHOTS, 'oembed-wp-390-nojs.png'), fullPage: true });
    await ctx.close();
  });

  it('where the HTML is kept as it is (as in Ghost), its own script sizes the frame', async () => {
    const o = JSON.parse(readFileSync(join(site, 'oembed', `${ID}.json`), 'utf8'));
    const ctx = await browser.createBrowserContext();
    const page = await ctx.newPage();
    const problems = [];
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    await page.setViewport({ width: 390, height: 900 });
    await page.setContent(
      `<!doctype html><meta name="viewport" content="width=device-width"><body style="margin:16px">${o.html}</body>`,
      {
        waitUntil: 'load',
      },
    );
    await page.waitForFunction(() => getComputedStyle(document.querySelector('blockquote')).display === 'none', {
      timeout: 20000,
    });
    await page.waitForNetworkIdle({ idleTime: 300 });
    const frame = page.frames().find((f) => f.url().startsWith(`${base}embed/`));
    const height = () => page.$eval('iframe', (f) => f.getBoundingClientRect().height);
    const card = () => frame.$eval('evidence-claim', (e) => e.getBoundingClientRect().height);
    const before = await height();
    assert.ok(Math.abs(before - (await card())) <= 20, `frame ${before}px, card ${await card()}px`);
    await (await frame.$('evidence-claim >>> summary')).click();
    await page.waitForFunction(
      (h) => document.querySelector('iframe').getBoundingClientRect().height > h + 30,
      { timeout: 5000 },
      before,
    );
    assert.ok(Math.abs((await height()) - (await card())) <= 20, 'opened: the frame follows the card');
    await page.screenshot({ path: join(SHOTS, 'oembed-raw-390.png'), fullPage: true });
    assert.deepEqual(problems, []);
    await ctx.close();
  });

  it('the embed page takes ?theme=dark', async () => {
    const ctx = await browser.createBrowserContext();
    const page = await ctx.newPage();
    await page.setViewport({ width: 390, height: 900 });
    const colours = async (url) => {
      await page.goto(url, { waitUntil: 'load' });
      return page.$eval('evidence-claim >>> section.card', (c) => getComputedStyle(c).backgroundColor);
    };
    const light = await colours(`${base}embed/${ID}.html`);
    const dark = await colours(`${base}embed/${ID}.html?theme=dark`);
    const lum = (c) =>
      c
        .match(/\d+/g)
        .slice(0, 3)
        .reduce((a, b) => a + Number(b), 0);
    assert.ok(lum(light) > 600, `light card (${light})`);
    assert.ok(lum(dark) < 150, `dark card (${dark})`);
    await page.screenshot({ path: join(SHOTS, 'oembed-embed-dark-390.png'), fullPage: true });
    await ctx.close();
  });

  it('in Pitch (Twenty Twenty-Three dark), the card keeps its own light surface', async () => {
    // The style variation, chosen as an administrator would in the site editor.
    const { port } = new URL(wp.url);
    const php = `require '/usr/share/wordpress/wp-load.php';
      foreach ( WP_Theme_JSON_Resolver::get_style_variations() as $v ) { if ( 'Pitch' === $v['title'] ) { $pitch = $v; } }
      $user = WP_Theme_JSON_Resolver::get_user_data_from_wp_global_styles( wp_get_theme(), true );
      $json = array( 'version' => 2, 'isGlobalStylesUserThemeJSON' => true, 'settings' => $pitch['settings'], 'styles' => $pitch['styles'] );
      echo wp_update_post( array( 'ID' => $user['ID'], 'post_content' => wp_slash( wp_json_encode( $json ) ) ) );`;
    const updated = execFileSync('php', ['-r', php], {
      env: { ...process.env, WORDPRESS_CONFIG: `evidence-claim-test-${port}`, HTTP_HOST: `127.0.0.1:${port}` },
      encoding: 'utf8',
    });
    assert.match(updated.trim(), /^\d+$/, `Pitch applied (${updated})`);
    const ctx = await browser.createBrowserContext();
    const page = await ctx.newPage();
    const lum = (c) =>
      c
        .match(/\d+/g)
        .slice(0, 3)
        .reduce((a, b) => a + Number(b), 0);
    for (const width of [390, 1000]) {
      await page.setViewport({ width, height: 900 });
      await page.goto(postUrl, { waitUntil: 'load' });
      await page.waitForFunction(() => !document.querySelector('iframe.wp-embedded-content')?.hasAttribute('style'), {
        timeout: 20000,
      });
      await page.waitForNetworkIdle({ idleTime: 300 });
      const pageBg = await page.$eval('body', (b) => getComputedStyle(b).backgroundColor);
      const { frame, box, inner } = await frameState(page);
      const cardBg = await frame.$eval('evidence-claim >>> section.card', (c) => getComputedStyle(c).backgroundColor);
      assert.ok(lum(pageBg) < 150, `Pitch is dark (${pageBg})`);
      assert.ok(lum(cardBg) > 600, `the card stays light (${cardBg})`);
      assert.ok(Math.abs(box.height - inner.card) <= 20, `${width}px in Pitch: frame ${box.height}px, card ${inner.card}px`);
      await page.screenshot({ path: join(SHOTS, `oembed-wp-pitch-${width}.png`), fullPage: true });
    }
    await ctx.close();
  });

  it('the feed carries the blockquote', async () => {
    const xml = await (await fetch(`${wp.url}/?feed=rss2`)).text();
    const item = feedItems(xml).find((i) => i.title === 'Pasted claim');
    assert.ok(item, 'the post is in the feed');
    const content = item.content.replace(/&#8217;/g, "'");
    assert.match(content, /<blockquote[^>]*>/, 'a blockquote');
    assert.ok(content.includes(claim.claim), 'with the claim');
    assert.ok(content.includes(verdictLabel(claim)), 'and the verdict');
    assert.ok(content.includes(`href="${base}${ID}.html"`), 'and the link');
  });
});
