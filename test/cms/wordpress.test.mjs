// WordPress 6.1 from Debian, in headless Chromium: the plugin installed from its zip and set up
// through its settings page; posts saved by an Author and a Contributor through WordPress's own
// save paths (the block editor, the classic editor), so kses applies; each published page
// checked as a reader sees it, with and without JavaScript, at two widths; and the RSS feed.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { CLAIMS, ROOT, buildClaimsSite, claimDoc } from './fixtures.mjs';
import { JSON_TEXT, SHOTS, checkPage, feedItems, launch, prerendered } from './reader.mjs';
import { startWordPress } from './servers.mjs';
import { driver, pluginLogLines } from './wp-driver.mjs';
import { DEFAULT_DISCLAIMER } from '../../cli/lib/defaults.mjs';
import { VERSION } from '../../cli/lib/version.mjs';
import { FULL_ANALYSIS as EVIDENCE_FULL } from '../../cli/lib/defaults.mjs';

const ZIP = join(ROOT, 'dist/wordpress/evidence-claim.zip');

// The Classic Editor plugin's switch, for the test only: ?classic-editor opens the classic form.
const CLASSIC = `<?php
add_filter( 'use_block_editor_for_post', function ( $use ) { return isset( $_GET['classic-editor'] ) ? false : $use; }, 100 );
`;

describe('WordPress plugin', { timeout: 15 * 60 * 1000 }, () => {
  let wp;
  let browser;
  let site;
  const sessions = {};
  const posts = {};

  before(async () => {
    assert.ok(existsSync(ZIP), `${ZIP} is missing: run npm run build`);
    site = buildClaimsSite();
    mkdirSync(SHOTS, { recursive: true });
    wp = await startWordPress({ claimsDir: site.dir, muPlugins: { 'classic-editor-switch.php': CLASSIC } });
    browser = await launch();
  });

  after(async () => {
    await browser?.close();
    await wp?.stop();
    if (site) rmSync(site.dir, { recursive: true, force: true });
  });

  /** A logged-in browser context for a user (wp-driver.mjs). */
  const login = (user) => driver(browser, wp, sessions).login(user);

  /** Calls the REST API as a user, from an admin page (with its nonce). */
  async function rest(user, path, { method = 'GET', data } = {}) {
    const ctx = await login(user);
    const page = await ctx.newPage();
    await page.goto(`${wp.url}/wp-admin/profile.php`, { waitUntil: 'load' });
    const nonce = await page.evaluate(() => fetch('/wp-admin/admin-ajax.php?action=rest-nonce').then((r) => r.text()));
    const result = await page.evaluate(
      async (url, method, data, nonce) => {
        const r = await fetch(url, {
          method,
          headers: { 'Content-Type': 'application/json', 'X-WP-Nonce': nonce },
          body: data ? JSON.stringify(data) : undefined,
        });
        return { status: r.status, body: await r.json() };
      },
      `${wp.url}/?rest_route=${encodeURIComponent(path.split('&')[0])}${path.includes('&') ? `&${path.split('&').slice(1).join('&')}` : ''}`,
      method,
      data,
      nonce,
    );
    await page.close();
    return result;
  }

  /** Opens the block editor as a user, inserts blocks, saves with the editor's own save. */
  async function blockEditorPost(user, { title, blocks, status, screenshot }) {
    const ctx = await login(user);
    const page = await ctx.newPage();
    await page.setViewport({ width: 1280, height: 900 });
    await page.goto(`${wp.url}/wp-admin/post-new.php`, { waitUntil: 'load' });
    await page.waitForFunction(
      () => window.wp?.blocks?.getBlockType?.('evidence-claim/claim') && window.wp.data.select('core/editor').getCurrentPostId(),
      { timeout: 60000, polling: 250 },
    );
    const id = await page.evaluate(
      async (title, blocks, status) => {
        const { dispatch, select } = window.wp.data;
        dispatch('core/editor').editPost({ title, status });
        const made = blocks.map(([name, attrs, inner]) => window.wp.blocks.createBlock(name, attrs ?? {}, inner ?? []));
        dispatch('core/block-editor').insertBlocks(made);
        dispatch('core/block-editor').selectBlock(made.find((b) => b.name === 'evidence-claim/claim')?.clientId);
        await dispatch('core/editor').savePost();
        return select('core/editor').getCurrentPostId();
      },
      title,
      blocks,
      status,
    );
    if (screenshot) {
      // The live preview: the server's rendering of the block, upgraded by the script.
      await page.waitForFunction(
        () => {
          const docs = [document, ...[...document.querySelectorAll('iframe')].map((f) => f.contentDocument).filter(Boolean)];
          return docs.some((d) => d.querySelector('[data-type="evidence-claim/claim"] evidence-claim[state="ready"]'));
        },
        { timeout: 30000, polling: 250 },
      );
      await page.evaluate(() => window.wp.data.dispatch('core/edit-post').openGeneralSidebar('edit-post/block'));
      await page.waitForFunction(
        () =>
          [...document.querySelectorAll('.block-editor-block-inspector label')].some((l) => l.textContent.includes('Claim ID')),
        { timeout: 15000, polling: 250 },
      );
      await page.screenshot({ path: join(SHOTS, screenshot) });
    }
    await page.close();
    return id;
  }

  const blockComment = (id, attrs = {}) => `<!-- wp:evidence-claim/claim ${JSON.stringify({ claimId: id, ...attrs })} /-->`;

  it('installs from its zip and activates', async () => {
    const ctx = await login('admin');
    const page = await ctx.newPage();
    await page.goto(`${wp.url}/wp-admin/plugin-install.php?tab=upload`, { waitUntil: 'load' });
    const input = await page.$('input#pluginzip');
    await input.uploadFile(ZIP);
    await Promise.all([page.waitForNavigation({ waitUntil: 'load', timeout: 120000 }), page.click('#install-plugin-submit')]);
    const text = await page.evaluate(() => document.body.innerText);
    assert.match(text, /Plugin installed successfully/, text.slice(0, 2000));
    await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.click('a[href*="action=activate"]')]);
    assert.match(await page.evaluate(() => document.body.innerText), /Plugin activated/);
    assert.ok(await page.$('tr[data-slug="evidence-claim"].active'), 'Evidence Claim is active');
    await page.close();
  });

  it('is configured through its settings page', async () => {
    const ctx = await login('admin');
    const page = await ctx.newPage();
    const settings = `${wp.url}/wp-admin/options-general.php?page=evidence-claim`;
    await page.goto(settings, { waitUntil: 'load' });
    const field = await page.evaluateHandle(() => {
      const label = [...document.querySelectorAll('label')].find((l) => l.textContent.trim() === 'Claims URL');
      return label && document.getElementById(label.htmlFor);
    });
    assert.ok(field.asElement(), 'a field labelled "Claims URL"');
    assert.equal(await page.$eval('#evidence-claim-variant', (s) => s.value), 'card', 'default variant');
    assert.equal(await page.$eval('#evidence-claim-theme', (s) => s.value), 'auto', 'default theme');

    // A template without {id} is refused with a message, and the old value kept.
    await field.asElement().click({ clickCount: 3 });
    await field.asElement().type('https://example.org/claims/x.json');
    await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.click('#submit')]);
    assert.match(await page.evaluate(() => document.body.innerText), /must be an absolute http\(s\) URL that contains \{id\}/);

    const template = `${wp.url}/ec-claims/claims/{id}.json`;
    await page.$eval('#evidence-claim-claims-url', (el) => (el.value = ''));
    await page.type('#evidence-claim-claims-url', template);
    await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.click('#submit')]);
    assert.match(await page.evaluate(() => document.body.innerText), /Settings saved/);
    assert.equal(await page.$eval('#evidence-claim-claims-url', (el) => el.value), template);
    await page.screenshot({ path: join(SHOTS, 'wp-settings.png'), fullPage: true });

    // "Clear the cache": a nonce-checked post to admin-post.php.
    await Promise.all([
      page.waitForNavigation({ waitUntil: 'load' }),
      page.click('form[action$="admin-post.php"] [type="submit"]'),
    ]);
    assert.match(await page.evaluate(() => document.body.innerText), /The cache of claims is cleared/);
    await page.close();

    // The settings form is protected: a post without the nonce is refused.
    const forged = await (await login('admin')).newPage();
    await forged.goto(`${wp.url}/wp-admin/profile.php`);
    const status = await forged.evaluate(async () => {
      const body = new URLSearchParams({
        option_page: 'evidence_claim',
        action: 'update',
        'evidence_claim_options[claims_url]': 'https://evil.example/{id}.json',
      });
      const r = await fetch('/wp-admin/options.php', { method: 'POST', body });
      return r.status;
    });
    assert.notEqual(status, 200, 'options.php refuses a post without a nonce');
    await forged.close();
  });

  it('takes posts from an Author in the block editor: the block (with its live preview) and the shortcode', async () => {
    posts.authorBlock = await blockEditorPost('author1', {
      title: 'Author block post',
      status: 'publish',
      blocks: [
        ['core/paragraph', { content: 'An article about winter colds.' }],
        ['evidence-claim/claim', { claimId: CLAIMS.plain }],
      ],
      screenshot: 'wp-editor-author-block.png',
    });
    posts.authorShortcode = await blockEditorPost('author1', {
      title: 'Author shortcode post',
      status: 'publish',
      blocks: [['core/shortcode', { text: `[evidence_claim id="${CLAIMS.plain}" heading_level="2" theme="dark"]` }]],
    });
    posts.fragment = await blockEditorPost('author1', {
      title: 'Prerendered post',
      status: 'publish',
      blocks: [['evidence-claim/claim', { claimId: CLAIMS.fragment }]],
    });
    posts.hostile = await blockEditorPost('author1', {
      title: 'Hostile fragment post',
      status: 'publish',
      blocks: [['evidence-claim/claim', { claimId: CLAIMS.hostile }]],
    });
    posts.mismatched = await blockEditorPost('author1', {
      title: 'Mismatched fragment post',
      status: 'publish',
      blocks: [['evidence-claim/claim', { claimId: CLAIMS.mismatched }]],
    });
    // kses ran (an Author has no unfiltered_html) and the post keeps only the block comment.
    const raw = await rest('admin', `/wp/v2/posts/${posts.authorBlock}&context=edit`);
    assert.match(raw.body.content.raw, new RegExp(blockComment(CLAIMS.plain).replace(/[{}[\]()*+?.\\^$|/]/g, '\\$&')));
    assert.doesNotMatch(raw.body.content.raw, /<evidence-claim/);
  });

  it('takes posts from a Contributor: the classic editor (wpautop, compact variant) and the block editor', async () => {
    const ctx = await login('contributor1');
    const page = await ctx.newPage();
    // The classic editor may ask "Leave site?" (beforeunload) as its own form submits: accept.
    page.on('dialog', (d) => d.accept());
    await page.goto(`${wp.url}/wp-admin/post-new.php?classic-editor`, { waitUntil: 'load' });
    await page.type('#title', 'Contributor classic post');
    await page.click('#content-html');
    // One shortcode on its own line, one inside a sentence: wpautop wraps both in paragraphs.
    const body = `Colds are common in winter.\n\n[evidence_claim id="${CLAIMS.plain}" variant="compact"]\n\nThe evidence in full: [evidence_claim id="${CLAIMS.plain}"] Talk to your doctor.`;
    await page.$eval('#content', (el, v) => (el.value = v), body);
    // The "Submit for Review" button submits the form; WordPress answers with a redirect to post.php.
    await page.setViewport({ width: 1280, height: 900 });
    await Promise.all([
      page.waitForResponse((r) => r.url().endsWith('/wp-admin/post.php') && r.request().method() === 'POST', { timeout: 60000 }),
      page.$eval('#post', (form) => form.requestSubmit(document.getElementById('publish'))),
    ]);
    await page.waitForFunction(() => /post\.php\?post=\d+/.test(location.href), { timeout: 60000, polling: 250 });
    posts.classic = Number(new URL(page.url()).searchParams.get('post'));
    assert.ok(posts.classic, `saved: ${page.url()}`);
    await page.close();
    posts.contributorBlock = await blockEditorPost('contributor1', {
      title: 'Contributor block post',
      status: 'pending',
      blocks: [['evidence-claim/claim', { claimId: CLAIMS.plain }]],
    });

    for (const id of [posts.classic, posts.contributorBlock]) {
      const got = await rest('admin', `/wp/v2/posts/${id}&context=edit`);
      assert.equal(got.body.status, 'pending', 'a Contributor submits for review');
      assert.equal(got.body.author, (await rest('admin', '/wp/v2/users&search=contributor1')).body[0].id);
      const published = await rest('admin', `/wp/v2/posts/${id}`, { method: 'POST', data: { status: 'publish' } });
      assert.equal(published.body.status, 'publish');
    }
  });

  const plain = claimDoc(CLAIMS.plain);
  const disclaimer = plain.disclaimer ?? DEFAULT_DISCLAIMER;

  for (const [key, name, claim] of [
    ['authorBlock', 'wp-author-block', CLAIMS.plain],
    ['authorShortcode', 'wp-author-shortcode', CLAIMS.plain],
    ['contributorBlock', 'wp-contributor-block', CLAIMS.plain],
    ['fragment', 'wp-prerendered', CLAIMS.fragment],
    ['hostile', 'wp-hostile-fragment', CLAIMS.hostile],
  ]) {
    it(`shows ${name} to readers, with and without JavaScript, at 1000 and 375 px`, async () => {
      assert.ok(posts[key], 'the post was saved');
      const doc = claimDoc(claim);
      await checkPage(browser, `${wp.url}/?p=${posts[key]}`, {
        name,
        claims: [doc.claim],
        disclaimer: doc.disclaimer ?? DEFAULT_DISCLAIMER,
        expect: async (page, { js }) => {
          if (key === 'fragment' && !js) {
            // The prerendered card arrived as a declarative shadow root, before any script,
            // linking the plugin's own copy of the stylesheet.
            const pre = await prerendered(page);
            assert.equal(pre.heading, doc.claim, 'the prerendered card, before any script');
            assert.deepEqual(pre.sheets, [
              { href: `${wp.url}/wp-content/plugins/evidence-claim/assets/evidence-claim.css?ver=${VERSION}`, loaded: true },
            ]);
          }
          if (key === 'hostile') {
            // A fragment holding anything the renderer does not write is refused whole: the
            // plugin's fallback, then the script's own card.
            const seen = await page.evaluate(() => {
              const el = document.querySelector('evidence-claim');
              const root = el.shadowRoot;
              return {
                pwned: window.__pwned ?? null,
                prerendered: !!root?.querySelector('[data-test-prerendered]'),
                evil: !!document.querySelector('#evil-link, #evil-frame, #evil-click'),
              };
            });
            assert.deepEqual(seen, { pwned: null, prerendered: false, evil: false });
          }
          if (key === 'authorShortcode') {
            const attrs = await page.evaluate(() => ({
              theme: document.querySelector('evidence-claim').getAttribute('theme'),
              level: document.querySelector('evidence-claim').getAttribute('heading-level'),
            }));
            assert.deepEqual(attrs, { theme: 'dark', level: '2' });
          }
        },
      });
    });
  }

  it('keeps a shortcode written inside a sentence in its sentence, as a badge, in the content column (classic editor, 1000 and 390 px)', async () => {
    const ctx = await browser.createBrowserContext();
    try {
      for (const width of [1000, 390]) {
        for (const js of [true, false]) {
          const page = await ctx.newPage();
          await page.setJavaScriptEnabled(js);
          await page.setViewport({ width, height: 900 });
          await page.goto(`${wp.url}/?p=${posts.classic}`, { waitUntil: 'load' });
          if (js) {
            await page.waitForFunction(
              () => [...document.querySelectorAll('evidence-claim')].every((e) => e.getAttribute('state') === 'ready'),
              {
                timeout: 20000,
                polling: 100,
              },
            );
          }
          // wpautop left the card whole (not inside a paragraph, its fallback inside it), and
          // the shortcode written inside a sentence is a badge inside that sentence.
          const shape = await page.evaluate(() =>
            [...document.querySelectorAll('evidence-claim')].map((el) => {
              // The theme's content column: where a plain block in the post content stands.
              const probe = document.querySelector('.wp-block-post-content').appendChild(document.createElement('div'));
              const column = probe.getBoundingClientRect();
              probe.remove();
              const box = el.getBoundingClientRect();
              const p = el.parentElement;
              return {
                parent: p.tagName,
                // The element reflects its default once upgraded.
                variant: el.getAttribute('variant') ?? 'card',
                sentence: p.tagName === 'P' ? p.textContent.replace(/\s+/g, ' ').trim().slice(0, 21) : null,
                inColumn: box.left >= column.left - 1 && box.right <= column.right + 1,
              };
            }),
          );
          assert.deepEqual(
            shape.map(({ parent, variant, sentence }) => ({ parent, variant, sentence })),
            [
              { parent: 'DIV', variant: 'compact', sentence: null },
              { parent: 'P', variant: 'badge', sentence: 'The evidence in full:' },
            ],
            'the card whole; the badge inside its sentence',
          );
          assert.ok(
            shape.every((c) => c.inColumn),
            `every card inside the content column: ${JSON.stringify(shape)}`,
          );
          const paragraphs = await page.evaluate(() =>
            [...document.querySelectorAll('.entry-content > p, .wp-block-post-content > p')].map((p) =>
              p.textContent.replace(/\s+/g, ' ').trim(),
            ),
          );
          assert.ok(
            paragraphs.some((t) => t.startsWith('The evidence in full:') && t.endsWith('Talk to your doctor.')),
            `the sentence is one paragraph: ${JSON.stringify(paragraphs)}`,
          );

          await page.screenshot({ path: join(SHOTS, `wp-sentence-${width}${js ? '' : '-nojs'}.png`), fullPage: true });
          await page.close();
        }
      }
    } finally {
      await ctx.close();
    }
  });

  it("saves the block's Claim ID typed key by key, on Enter, and tells the editor a claim is not found", async () => {
    const ctx = await login('author1');
    const page = await ctx.newPage();
    await page.setViewport({ width: 1280, height: 900 });
    await page.goto(`${wp.url}/wp-admin/post-new.php`, { waitUntil: 'load' });
    await page.waitForFunction(
      () => window.wp?.blocks?.getBlockType?.('evidence-claim/claim') && window.wp.data.select('core/editor').getCurrentPostId(),
      {
        timeout: 60000,
        polling: 250,
      },
    );
    await page.evaluate(() => {
      const { dispatch } = window.wp.data;
      dispatch('core/editor').editPost({ title: 'Typed claim ID', status: 'publish' });
      dispatch('core/block-editor').insertBlocks([window.wp.blocks.createBlock('evidence-claim/claim')]);
    });
    const field = '[data-type="evidence-claim/claim"] .components-placeholder input';
    await page.waitForSelector(field, { timeout: 15000 });
    await page.click(field);
    const claimId = () =>
      page.evaluate(
        () =>
          window.wp.data
            .select('core/block-editor')
            .getBlocks()
            .find((b) => b.name === 'evidence-claim/claim').attributes.claimId,
      );
    await page.keyboard.type('caffeine', { delay: 40 });
    assert.equal(await page.$eval(field, (el) => el.value), 'caffeine', 'the field keeps every key');
    assert.equal(
      await page.evaluate((sel) => document.activeElement === document.querySelector(sel), field),
      true,
      'focus stays in the field',
    );
    assert.equal(await claimId(), '', 'nothing saved while typing');
    await page.keyboard.press('Enter');
    assert.equal(await claimId(), 'caffeine', 'saved on Enter');
    // The server's preview: the claim is not on the claims site, and the editor is told.
    await page.waitForFunction(
      () => /could not be shown/.test(document.querySelector('[data-type="evidence-claim/claim"]')?.textContent ?? ''),
      {
        timeout: 30000,
        polling: 250,
      },
    );
    const notice = await page.$eval('[data-type="evidence-claim/claim"]', (el) => el.textContent);
    assert.match(notice, /"caffeine" could not be shown: .*not found \(HTTP 404\)/);
    await page.screenshot({ path: join(SHOTS, 'wp-editor-not-found.png') });
    posts.missing = await page.evaluate(async () => {
      await window.wp.data.dispatch('core/editor').savePost();
      return window.wp.data.select('core/editor').getCurrentPostId();
    });
    await page.close();
  });

  it('shows readers of a missing claim nothing stray, and tells editors in the preview', async () => {
    const reader = await (await fetch(`${wp.url}/?p=${posts.missing}`)).text();
    const content = reader.slice(reader.indexOf('wp-block-post-content'), reader.indexOf('</main>'));
    assert.doesNotMatch(content, /<evidence-claim|evidence-claim-notice/, 'no card, no notice');
    assert.ok(!content.includes(DEFAULT_DISCLAIMER), 'no lone disclaimer');
    assert.ok(!content.includes(EVIDENCE_FULL), 'no "full analysis" link');
    const xml = await (await fetch(`${wp.url}/?feed=rss2`)).text();
    const item = feedItems(xml).find((i) => i.title === 'Typed claim ID');
    assert.ok(item, 'the post is in the feed');
    assert.doesNotMatch(item.content, /<a href=/, 'no feed link pointing at the post itself');
    // The classic editor's Preview, and the shortcode's: the editor is told.
    const id = await blockEditorPost('author1', {
      title: 'Missing by shortcode',
      status: 'draft',
      blocks: [['core/shortcode', { text: '[evidence_claim id="no-such-claim"]' }]],
    });
    const page = await (await login('author1')).newPage();
    await page.goto(`${wp.url}/?p=${id}&preview=true`, { waitUntil: 'load' });
    const notice = await page.$eval('.evidence-claim-notice', (n) => n.textContent);
    await page.close();
    assert.match(notice, /"no-such-claim" could not be shown: .*not found/);
  });

  it('requests the script once per page, with a prerendered card and with a card the script draws', async () => {
    const ctx = await browser.createBrowserContext();
    try {
      for (const key of ['fragment', 'authorShortcode']) {
        const page = await ctx.newPage();
        const scripts = [];
        page.on('request', (r) => /\/assets\/evidence-claim\.js$/.test(new URL(r.url()).pathname) && scripts.push(r.url()));
        await page.goto(`${wp.url}/?p=${posts[key]}`, { waitUntil: 'networkidle0' });
        // A card the script draws loads the card chunk, which (until the element's packaging is
        // one file) imports the entry again without ?ver=: the same script twice.
        assert.equal(scripts.length, 1, `${key}: the script requested once: ${scripts.join(', ')}`);
        await page.close();
      }
    } finally {
      await ctx.close();
    }
  });

  /** The card's background luminance and root class, as the page shows it. */
  const cardScheme = (page) =>
    page.evaluate(() => {
      const el = document.querySelector('evidence-claim');
      const card = el.shadowRoot?.querySelector('[part="card"]');
      const [r, g, b] = (card ? getComputedStyle(card).backgroundColor : 'rgb(255,255,255)').match(/\d+/g).map(Number);
      const lin = (c) => ((c /= 255) <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
      // The theme's content column: where a plain block in the post content stands.
      const probe = document.querySelector('.wp-block-post-content').appendChild(document.createElement('div'));
      const column = probe.getBoundingClientRect();
      probe.remove();
      const box = el.getBoundingClientRect();
      return {
        fits: box.left >= column.left - 1 && box.right <= column.right + 1,
        root: el.shadowRoot?.querySelector('.root')?.className.trim() ?? null,
        dark: 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b) < 0.2,
      };
    });

  for (const [style, dark] of [
    ['default', false],
    ['Pitch', true],
  ]) {
    it(`draws the card in the theme's scheme: Twenty Twenty-Three ${style}, JavaScript on and off, 390 and 1000 px`, async () => {
      const active = await rest('admin', '/wp/v2/themes&status=active');
      const stylesId =
        active.body[0]._links['wp:user-global-styles'][0].href.match(/global-styles\/(\d+)/)?.[1] ??
        active.body[0]._links['wp:user-global-styles'][0].href.match(/(\d+)$/)[1];
      if (style !== 'default') {
        const variations = await rest('admin', '/wp/v2/global-styles/themes/twentytwentythree/variations');
        const v = variations.body.find((x) => x.title === style);
        assert.ok(v, `${style} is a style of the theme`);
        const saved = await rest('admin', `/wp/v2/global-styles/${stylesId}`, {
          method: 'POST',
          data: { styles: v.styles, settings: v.settings },
        });
        assert.equal(saved.status, 200, JSON.stringify(saved.body).slice(0, 200));
      }
      try {
        const ctx = await browser.createBrowserContext();
        for (const width of [390, 1000]) {
          for (const js of [true, false]) {
            const page = await ctx.newPage();
            await page.setJavaScriptEnabled(js);
            await page.setViewport({ width, height: 900 });
            await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'light' }]);
            await page.goto(`${wp.url}/?p=${posts.fragment}`, { waitUntil: 'networkidle0' });
            if (js)
              await page.waitForFunction(() => document.querySelector('evidence-claim')?.getAttribute('state') === 'ready', {
                timeout: 20000,
              });
            const seen = await cardScheme(page);
            assert.equal(
              seen.dark,
              dark,
              `${style} at ${width} px, JavaScript ${js ? 'on' : 'off'}: a ${dark ? 'dark' : 'light'} card (${JSON.stringify(seen)})`,
            );
            assert.ok(
              seen.fits,
              `${style} at ${width} px, JavaScript ${js ? 'on' : 'off'}: the card within the theme's content column`,
            );
            if (!js) assert.equal(seen.root, dark ? 'root dark' : 'root light', 'drawn in that scheme on the server');
            const name = `wp-tt3-${style.toLowerCase()}-${width}${js ? '' : '-nojs'}.png`;
            await page.screenshot({ path: join(SHOTS, name), fullPage: true });
            await page.close();
          }
        }
        await ctx.close();
      } finally {
        if (style !== 'default')
          await rest('admin', `/wp/v2/global-styles/${stylesId}`, { method: 'POST', data: { styles: {}, settings: {} } });
      }
    });
  }

  it('refuses a fragment that is not of the requested claim, and writes the plain fallback', async () => {
    const ctx = await browser.createBrowserContext();
    try {
      const page = await ctx.newPage();
      await page.setJavaScriptEnabled(false);
      await page.goto(`${wp.url}/?p=${posts.mismatched}`, { waitUntil: 'load' });
      const seen = await page.evaluate(() => {
        const el = document.querySelector('evidence-claim');
        return { id: el.getAttribute('claim-id'), shadow: !!el.shadowRoot, text: el.textContent };
      });
      const doc = claimDoc(CLAIMS.mismatched);
      assert.equal(seen.id, CLAIMS.mismatched);
      assert.equal(seen.shadow, false, 'no prerendered card of another claim');
      assert.ok(seen.text.includes(doc.claim), 'the plain fallback of the right claim');
      assert.ok(!seen.text.includes(claimDoc(CLAIMS.plain).claim), "none of the other claim's text");
    } finally {
      await ctx.close();
    }
  });

  it("keeps JSON out of an Author's pasted CLI snippet (a Custom HTML block, without the plugin's help)", async () => {
    // What `evidence-claim snippet` prints now: no inline JSON, so kses leaves only the fallback text.
    const snippet = execFileSync(
      process.execPath,
      [join(ROOT, 'cli/evidence-claim.mjs'), 'snippet', join(ROOT, 'demo/claims', `${CLAIMS.plain}.json`)],
      { encoding: 'utf8' },
    );
    const id = await blockEditorPost('author1', {
      title: 'Author pasted snippet',
      status: 'publish',
      blocks: [['core/html', { content: snippet }]],
    });
    const ctx = await browser.createBrowserContext();
    try {
      for (const js of [true, false]) {
        const page = await ctx.newPage();
        await page.setJavaScriptEnabled(js);
        await page.goto(`${wp.url}/?p=${id}`, { waitUntil: 'load' });
        const text = await page.evaluate(() => document.body.innerText);
        assert.ok(text.includes(plain.claim), 'the fallback text is left');
        assert.doesNotMatch(text, JSON_TEXT, `no JSON with JavaScript ${js ? 'on' : 'off'}`);
        await page.close();
      }
    } finally {
      await ctx.close();
    }
  });

  it('loads the script only on pages with a card, as a module', async () => {
    const without = await (await fetch(`${wp.url}/?p=1`)).text();
    assert.doesNotMatch(without, /evidence-claim\.js/);
    const withCard = await (await fetch(`${wp.url}/?p=${posts.authorBlock}`)).text();
    assert.match(
      withCard,
      /<script type="module" src=["'][^"']*\/wp-content\/plugins\/evidence-claim\/assets\/evidence-claim\.js\?ver=[^"']*["']/,
    );
    assert.doesNotMatch(withCard, /schemaVersion/);
  });

  it('gives feeds the plain fallback: verdict, claim, summary, disclaimer and a link, no JSON', async () => {
    const xml = await (await fetch(`${wp.url}/?feed=rss2`)).text();
    assert.doesNotMatch(xml, JSON_TEXT);
    assert.doesNotMatch(xml, /evidence-claim\.js|&lt;script|<script|shadowrootmode|&lt;evidence-claim|<evidence-claim/);
    const items = feedItems(xml);
    for (const title of ['Author block post', 'Author shortcode post', 'Contributor classic post', 'Contributor block post']) {
      const item = items.find((i) => i.title === title);
      assert.ok(item, `${title} in the feed`);
      // The feed's HTML escapes quotes, and WordPress typesets block output (curly quotes).
      const shown = item.content
        .replace(/&#0?39;|&#8217;|’/g, "'")
        .replace(/&quot;/g, '"')
        .replace(/&amp;/g, '&');
      for (const text of [plain.claim, plain.summary, disclaimer])
        assert.ok(shown.includes(text), `${title}: "${text.slice(0, 40)}…" in the feed`);
      assert.match(item.content, /<a href="http/, `${title}: a link`);
    }
  });

  it('logged no PHP warning or notice', () => {
    assert.deepEqual(pluginLogLines(wp), []);
  });
});
