#!/usr/bin/env node
// Screenshots a page in headless Chromium (or BROWSER=firefox|webkit) at a given width and
// colour scheme:
//   node scripts/screenshot.mjs <url> <out.png> [width=700] [light|dark] [selector]
// With a selector, only that element is shot. scripts/readme-screenshots.mjs uses it for the
// README's pictures.
import { pathToFileURL } from 'node:url';
import puppeteer from 'puppeteer-core';
import { findChrome, CHROME_ARGS } from './chrome.mjs';

/** Lazy cards load near the viewport: scrolls through the page so every card settles. */
export async function settlePage() {
  for (let y = 0; y < document.body.scrollHeight; y += 600) {
    window.scrollTo(0, y);
    await new Promise((r) => setTimeout(r, 60));
  }
  window.scrollTo(0, 0);
  await Promise.all([...document.querySelectorAll('evidence-claim')].map((el) => el.updateComplete));
}

/**
 * Shots of one browser: `shoot({ url, out, width, scheme, selector, height, open })`; `close()`
 * when done. With `open` (a selector of a badge card), its pill is clicked and the screen
 * (`width` x `height`) is shot, as a phone shows the open popover. Chromium by default;
 * 'firefox' and 'webkit' come from scripts/engine-cameras.mjs.
 */
export async function openCamera(engine = 'chromium') {
  if (engine !== 'chromium') return (await import('./engine-cameras.mjs')).openEngineCamera(engine);
  const browser = await puppeteer.launch({ executablePath: findChrome(), headless: true, args: CHROME_ARGS });
  async function shoot({ url, out, width = 700, scheme = 'light', selector, height = 900, open }) {
    const page = await browser.newPage();
    try {
      await page.setViewport({ width: Number(width), height: Number(height), deviceScaleFactor: 1 });
      await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
      await page.goto(url, { waitUntil: 'networkidle0' });
      await page.evaluate(settlePage);
      await new Promise((r) => setTimeout(r, 300));
      if (open) {
        await page.$eval(open, (el) => {
          el.scrollIntoView({ block: 'center' });
          el.shadowRoot.querySelector('[part="badge-button"]').click();
        });
        await new Promise((r) => setTimeout(r, 300));
        await page.screenshot({ path: out });
      } else if (selector) {
        // Cards near the target lay out as it scrolls into view (content-visibility): let them
        // settle first, or the shot is taken where the element was a moment before.
        const element = await page.$(selector);
        await element.evaluate(async (el) => {
          el.scrollIntoView();
          // Two frames: the cards brought into view are laid out and painted (on a busy machine a
          // fixed wait can still catch them skipped, and the shot comes out blank).
          await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
        });
        await new Promise((r) => setTimeout(r, 300));
        await element.screenshot({ path: out });
      } else await page.screenshot({ path: out, fullPage: true });
    } finally {
      await page.close();
    }
  }
  return { shoot, close: () => browser.close() };
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [url, out, width, scheme, selector] = process.argv.slice(2);
  const camera = await openCamera(process.env.BROWSER || 'chromium');
  try {
    await camera.shoot({ url, out, width, scheme, selector });
  } finally {
    await camera.close();
  }
}
