#!/usr/bin/env node
// Screenshots a page in headless Chromium at a given width and colour scheme:
//   node scripts/screenshot.mjs <url> <out.png> [width=700] [light|dark] [selector]
// With a selector, only that element is shot. Used to look at the demo and for the README.
import puppeteer from 'puppeteer-core';
import { findChrome, CHROME_ARGS } from './chrome.mjs';

const [url, out, width = '700', scheme = 'light', selector] = process.argv.slice(2);
const browser = await puppeteer.launch({ executablePath: findChrome(), headless: true, args: CHROME_ARGS });
try {
  const page = await browser.newPage();
  await page.setViewport({ width: Number(width), height: 900, deviceScaleFactor: 1 });
  await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
  await page.goto(url, { waitUntil: 'networkidle0' });
  // Lazy cards load near the viewport: scroll through the page so every card settles.
  await page.evaluate(async () => {
    for (let y = 0; y < document.body.scrollHeight; y += 600) {
      window.scrollTo(0, y);
      await new Promise((r) => setTimeout(r, 60));
    }
    window.scrollTo(0, 0);
    await Promise.all([...document.querySelectorAll('evidence-claim')].map((el) => el.updateComplete));
  });
  await new Promise((r) => setTimeout(r, 300));
  if (selector) await (await page.$(selector)).screenshot({ path: out });
  else await page.screenshot({ path: out, fullPage: true });
} finally {
  await browser.close();
}
