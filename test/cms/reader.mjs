// What a reader sees on a published page, read in headless Chromium: every card's state,
// claim and disclaimer, the whole visible text (light and shadow DOM), console errors, failed
// requests. With JavaScript on and off, at a desktop and a phone width.
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { CHROME_ARGS, findChrome } from '../../scripts/chrome.mjs';
import { ROOT } from './fixtures.mjs';

export const WIDTHS = [1000, 375];
export const SHOTS = join(ROOT, 'cms-out');

/** JSON as text a reader could see: a quoted key and a colon, or the format's own field names. */
export const JSON_TEXT = /"\s*[A-Za-z]+"\s*:|\{\s*"|schemaVersion/;

export const launch = () =>
  puppeteer.launch({ executablePath: findChrome(), headless: true, args: CHROME_ARGS, protocolTimeout: 120000 });

/** The visible text of the page: the light DOM and every open shadow root. */
function visibleText() {
  const parts = [document.body.innerText];
  const walk = (root) => {
    for (const el of root.querySelectorAll('*')) {
      if (el.shadowRoot) {
        for (const c of el.shadowRoot.children) if (c.checkVisibility?.() && c.innerText) parts.push(c.innerText);
        walk(el.shadowRoot);
      }
    }
  };
  walk(document);
  return parts.join('\n');
}

/** Each card as the reader has it. */
function cards() {
  return [...document.querySelectorAll('evidence-claim')].map((el) => {
    const root = el.shadowRoot;
    const heading = root?.querySelector('[role="heading"][aria-level]');
    const disclaimer = root?.querySelector('[part="disclaimer"]');
    const seen = (n) =>
      !!n && n.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true }) && n.getBoundingClientRect().height > 0;
    return {
      state: el.getAttribute('state'),
      variant: el.getAttribute('variant'),
      claim: heading?.textContent.replace(/\s+/g, ' ').trim() ?? '',
      claimVisible: seen(heading),
      disclaimer: disclaimer?.textContent.replace(/\s+/g, ' ').trim() ?? '',
      disclaimerVisible: seen(disclaimer),
      box: el.getBoundingClientRect().width,
      scriptCount: document.querySelectorAll('script[src*="evidence-claim"]').length,
      moduleScripts: document.querySelectorAll('script[type="module"][src*="evidence-claim"]').length,
    };
  });
}

/**
 * Opens `url` as a logged-out reader and checks, at each width, with JavaScript on: every card
 * ready, its claim and disclaimer visible, no JSON visible, no console error, no failed request;
 * with JavaScript off: the claim and the disclaimer in the text, no JSON. Answers the cards.
 */
export async function checkPage(browser, url, { claims, disclaimer, name, expect = () => {} }) {
  const ctx = await browser.createBrowserContext();
  mkdirSync(SHOTS, { recursive: true });
  try {
    for (const width of WIDTHS) {
      const page = await ctx.newPage();
      await page.setViewport({ width, height: 900 });
      const problems = [];
      page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
      page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
      page.on('requestfailed', (r) => problems.push(`failed: ${r.url()} ${r.failure()?.errorText}`));
      page.on('response', (r) => r.status() >= 400 && problems.push(`HTTP ${r.status()}: ${r.url()}`));
      await page.goto(url, { waitUntil: 'load' });
      await page.waitForFunction(
        () =>
          [...document.querySelectorAll('evidence-claim')].every(
            (e) => e.getAttribute('state') && e.getAttribute('state') !== 'loading',
          ),
        { timeout: 20000, polling: 100 },
      );
      const found = await page.evaluate(cards);
      assert.equal(found.length, claims.length, `${name} at ${width}px: ${found.length} cards`);
      found.forEach((c, i) => {
        assert.equal(c.state, 'ready', `${name} at ${width}px: card ${i} state`);
        assert.equal(c.claim, claims[i], `${name} at ${width}px: card ${i} claim`);
        assert.ok(c.claimVisible, `${name} at ${width}px: card ${i} claim visible`);
        assert.ok(c.disclaimer.includes(disclaimer), `${name} at ${width}px: card ${i} disclaimer "${c.disclaimer}"`);
        assert.ok(c.disclaimerVisible, `${name} at ${width}px: card ${i} disclaimer visible`);
        assert.ok(c.box <= width, `${name} at ${width}px: card ${i} fits (${c.box}px)`);
        assert.equal(c.scriptCount, 1, `${name}: one script tag`);
        assert.equal(c.moduleScripts, 1, `${name}: the script is a module`);
      });
      const text = await page.evaluate(visibleText);
      assert.doesNotMatch(text, JSON_TEXT, `${name} at ${width}px: JSON visible with JavaScript on`);
      await expect(page, { width, js: true });
      assert.deepEqual(problems, [], `${name} at ${width}px: console errors or failed requests`);
      await page.screenshot({ path: join(SHOTS, `${name}-${width}.png`), fullPage: true });
      await page.close();

      const noJs = await ctx.newPage();
      await noJs.setJavaScriptEnabled(false);
      await noJs.setViewport({ width, height: 900 });
      await noJs.goto(url, { waitUntil: 'load' });
      const plain = await noJs.evaluate(visibleText);
      for (const claim of claims)
        assert.ok(plain.includes(claim), `${name} at ${width}px without JavaScript: the claim "${claim}"`);
      assert.ok(plain.includes(disclaimer), `${name} at ${width}px without JavaScript: the disclaimer`);
      assert.doesNotMatch(plain, JSON_TEXT, `${name} at ${width}px: JSON visible without JavaScript`);
      await expect(noJs, { width, js: false });
      await noJs.screenshot({ path: join(SHOTS, `${name}-${width}-nojs.png`), fullPage: true });
      await noJs.close();
    }
  } finally {
    await ctx.close();
  }
}

/**
 * The prerendered card as the page has it before any script: its claim heading, and its
 * stylesheets (resolved URL, loaded or not). Run with JavaScript off.
 */
export const prerendered = (page) =>
  page.evaluate(() => {
    const root = document.querySelector('evidence-claim').shadowRoot;
    return {
      shadow: !!root,
      heading: root?.querySelector('[role="heading"]')?.textContent.replace(/\s+/g, ' ').trim() ?? '',
      marked: !!root?.querySelector('[data-test-prerendered]'),
      sheets: [...(root?.querySelectorAll('link[rel="stylesheet"]') ?? [])].map((l) => ({ href: l.href, loaded: !!l.sheet })),
    };
  });

/** An RSS feed's items: title and content (content:encoded, else description), entities decoded once. */
export function feedItems(xml) {
  const decode = (s) => s.replace(/^<!\[CDATA\[|\]\]>$/g, '');
  return [...xml.matchAll(/<item>([\s\S]*?)<\/item>/g)].map(([, item]) => ({
    title: decode(item.match(/<title>([\s\S]*?)<\/title>/)?.[1] ?? ''),
    content: decode(
      item.match(/<content:encoded>([\s\S]*?)<\/content:encoded>/)?.[1] ??
        item.match(/<description>([\s\S]*?)<\/description>/)?.[1] ??
        '',
    ),
  }));
}
