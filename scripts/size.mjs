#!/usr/bin/env node
// The size gate, by embed form, from the requests a page makes: each form's article page is
// loaded in Chromium, and every script it fetched is counted (gzip level 9), with the depth of
// the chain that fetched it (the page's own tag is 1, a file that one asked for is 2, ...).
// Run by `npm test` and by `npm run size`. The figures are what a reader's browser downloads.
//
// Budgets (issue "one simple core"): a prerendered card loads at most PRERENDERED_BUDGET of
// script until a redraw is needed; a card the script draws, at most DRAWN_BUDGET in all; no
// chain is deeper than two. docs/decisions.md ("Size budgets") says where the design stands.
import puppeteer from 'puppeteer-core';
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { findChrome, CHROME_ARGS } from './chrome.mjs';
import { startServer, writePage } from './bench-site.mjs';
import { embedPage, FORMS } from './bench-embed.mjs';

export const PRERENDERED_BUDGET = 11 * 1024;
export const DRAWN_BUDGET = 18.5 * 1024;
export const MAX_DEPTH = 2;

const server = await startServer();
const browser = await puppeteer.launch({ executablePath: findChrome(), args: CHROME_ARGS, headless: true });
let failed = false;
try {
  for (const [form, label] of FORMS.filter(([f]) => f !== 'none')) {
    const page = await browser.newPage();
    const scripts = new Map();
    const depth = new Map([[`${server.origin}${writePage(`size-${form}`, await embedPage(form))}`, 0]]);
    page.on('request', (req) => {
      if (req.isNavigationRequest()) return;
      const init = req.initiator();
      const from = init?.url ?? init?.stack?.callFrames?.[0]?.url ?? [...depth.keys()][0];
      depth.set(req.url(), (depth.get(from.split('#')[0]) ?? 0) + 1);
    });
    page.on('response', async (res) => {
      if (!/\.js(\?|$)/.test(res.url())) return;
      scripts.set(res.url(), gzipSync(await res.buffer(), { level: 9 }).length);
    });
    await page.goto(`${server.origin}/bench-out/size-${form}.html`, { waitUntil: 'networkidle0' });
    await page.waitForFunction("document.querySelector('evidence-claim')?.getAttribute('state') === 'ready'");
    const total = [...scripts.values()].reduce((a, b) => a + b, 0);
    const deepest = Math.max(...[...scripts.keys()].map((u) => depth.get(u) ?? 0));
    const budget = form === 'prerendered' ? PRERENDERED_BUDGET : DRAWN_BUDGET;
    const over = total > budget || deepest > MAX_DEPTH;
    failed ||= over;
    const files = [...scripts].map(([u, b]) => `${new URL(u).pathname.replace('/dist/', '')} ${b}`).join(', ');
    console.log(
      `${label}: ${total} B gzip of script in ${scripts.size} files, chain depth ${deepest} (budget ${budget} B, depth ${MAX_DEPTH})${over ? ': OVER' : ''} [${files}]`,
    );
    await page.close();
  }
  for (const [file, what] of [
    ['dist/evidence-claim.css', 'the stylesheet a prerendered card links'],
    ['dist/evidence-claim.iife.js', 'the classic script, everything in one file'],
  ]) {
    console.log(`${file}: ${gzipSync(readFileSync(file), { level: 9 }).length} B gzip (not gated: ${what})`);
  }
} finally {
  await browser.close();
  server.close();
}
if (failed) {
  console.error('size check failed: an embed form loads more script than its budget, or in a deeper chain');
  process.exit(1);
}
