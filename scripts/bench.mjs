#!/usr/bin/env node
// `npm run bench`: how the widget behaves at 1 to 1000 cards on a page, against the same content
// as plain HTML, in real headless Chromium. Prints a markdown report and writes BENCHMARKS.md.
//
//   node scripts/bench.mjs [--runs 5] [--sizes 1,20,300,1000] [--out BENCHMARKS.md]
//
// Numbers are reported, never judged: a slow machine does not fail the run. Only a broken setup
// (no Chromium, no dist/) does. Pages and the server are in scripts/bench-site.mjs.
import { readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import os from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import { findChrome, CHROME_ARGS } from './chrome.mjs';
import { ROOT, startServer, writePage, widgetsPage, baselinePage, articlePage, sharedPage, lazyPage } from './bench-site.mjs';
import { embedForms, manyPrerendered } from './bench-embed.mjs';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const RUNS = Math.max(1, Number(arg('runs', 5)));
const SIZES = arg('sizes', '1,20,300,1000').split(',').map(Number);
const OUT = arg('out', 'BENCHMARKS.md');
// The 1000-card pages take seconds each on a small machine: 3 runs are enough for a median.
const runsFor = (n) => (n >= 1000 ? Math.min(RUNS, 3) : RUNS);
const CLS_TARGET = 0.05;
// --only embed,prerendered,cards,late,shared,lazy,profile: run only these scenarios (when working on one).
const ONLY = arg('only')?.split(',');
// Trace event names to the kinds of work DevTools shows; the first match wins.
const CATEGORIES = [
  [/GC|Scavenge|Sweep|Mark|CppGC/i, 'garbage collection'],
  [/ParseHTML|HTMLDocumentParser|ParseAuthorStyleSheet|processStyleSheet|CSSParser|StyleSheetContents/, 'parsing HTML and CSS'],
  [/recalcStyle|UpdateLayoutTree|rebuildLayoutTree|Style/, 'style'],
  [/Layout/, 'layout'],
  [/Paint|Layerize|Commit|Raster|Composit/, 'paint and composite'],
  [
    /v8|V8|FunctionCall|EvaluateScript|AsyncTask|Microtask|invokeReactions|TimerFire|EventDispatch|Compile/,
    'scripting (JS: parse, compile, run; custom element reactions)',
  ],
];

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const median = (xs) => {
  const v = xs.filter((x) => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);
  if (!v.length) return undefined;
  const m = v.length >> 1;
  return v.length % 2 ? v[m] : (v[m - 1] + v[m]) / 2;
};
const fmt = (x, digits = 0) => (x === undefined ? '–' : x.toFixed(digits));

/**
 * CLS as Chrome defines it: shifts grouped into session windows (gap < 1 s, window < 5 s),
 * the largest window's sum.
 */
function cls(shifts) {
  let best = 0;
  let sum = 0;
  let start = -Infinity;
  let last = -Infinity;
  for (const { t, v } of shifts) {
    if (t - last >= 1000 || t - start >= 5000) {
      sum = 0;
      start = t;
    }
    sum += v;
    last = t;
    best = Math.max(best, sum);
  }
  return best;
}

const { origin, close } = await startServer();
// The page's files (throws when not built: run `npm run build`): the tag's file and the two it asks for.
const PAGE_FILES = ['evidence-claim.js', 'evidence-claim-element.js', 'evidence-claim-card.js'];
const pageFiles = PAGE_FILES.map((f) => [f, readFileSync(join(ROOT, 'dist', f))]);
const browser = await puppeteer.launch({ executablePath: findChrome(), headless: true, args: CHROME_ARGS });
const chromium = await browser.version();
const started = Date.now();
const notes = []; // scenarios that broke: reported, not fatal

/**
 * Loads a page in a fresh browser context (its own cache and, in practice, its own renderer),
 * waits until its probe has the painted time, and reads what the probe and CDP saw.
 * `before(page)` runs before navigation, `after(page)` at the end; its value is `.after`.
 */
async function load(path, { viewport = { width: 1280, height: 800 }, heap = false, before, after, settle = 300 } = {}) {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    await page.setViewport(viewport);
    const requests = [];
    page.on('request', (r) => /^https?:/.test(r.url()) && requests.push(r.url()));
    await before?.(page);
    await page.goto(origin + path, { waitUntil: 'load', timeout: 120_000 });
    await page.waitForFunction(() => window.__bench.painted !== undefined, { timeout: 120_000, polling: 100 });
    await sleep(settle); // late shifts and long tasks are reported asynchronously
    const probe = await page.evaluate(() => window.__bench);
    const result = {
      ready: probe.ready,
      painted: probe.painted,
      longest: Math.max(0, ...probe.longTasks),
      tbt: probe.longTasks.reduce((a, d) => a + Math.max(0, d - 50), 0),
      cls: cls(probe.shifts),
      shifts: probe.shifts,
      requests,
    };
    if (heap) {
      // JS heap plus Blink's (DOM) heap, after two full collections: what the page keeps.
      const cdp = await page.createCDPSession();
      await cdp.send('HeapProfiler.collectGarbage');
      await cdp.send('HeapProfiler.collectGarbage');
      const h = await cdp.send('Runtime.getHeapUsage');
      result.heap = h.usedSize + (h.embedderHeapUsedSize ?? 0);
    }
    result.after = await after?.(page);
    return result;
  } finally {
    await context.close();
  }
}

async function scenario(name, fn) {
  if (ONLY && !ONLY.some((o) => name.includes(o))) return;
  const t = Date.now();
  try {
    await fn();
  } catch (e) {
    notes.push(`${name}: ${e.message.split('\n')[0]}`);
    console.error(`! ${name}: ${e.stack}`);
  }
  console.error(`  ${name}: ${((Date.now() - t) / 1000).toFixed(1)} s`);
}

// ---------------------------------------------------------------------------------------------
// 0. The embed forms side by side: blocking time, layout shift, time to interactive, bytes.
let embedSection = '';
await scenario('embed forms', async () => {
  embedSection = await embedForms({ load, runs: RUNS, median, fmt });
});
let manySection = '';
await scenario('prerendered cards on a page', async () => {
  manySection = await manyPrerendered({ load, runs: RUNS, median, fmt });
});

// ---------------------------------------------------------------------------------------------
// 1. Widgets vs. static HTML at each size, alternating so drift hits both alike.
const pages = { widgets: widgetsPage, static: baselinePage };
const rows = [];
const empty = { widgets: [], static: [] };
await scenario('cards: empty pages', async () => {
  const w = writePage('widgets-0', widgetsPage(0));
  const s = writePage('static-0', baselinePage(0));
  for (let r = 0; r < RUNS; r++) {
    empty.widgets.push((await load(w, { heap: true })).heap);
    empty.static.push((await load(s, { heap: true })).heap);
  }
});
for (const n of SIZES) {
  await scenario(`cards: ${n}`, async () => {
    const paths = Object.fromEntries(Object.entries(pages).map(([kind, make]) => [kind, writePage(`${kind}-${n}`, make(n))]));
    const seen = { widgets: [], static: [] };
    for (let r = 0; r < runsFor(n); r++)
      for (const kind of ['widgets', 'static']) seen[kind].push(await load(paths[kind], { heap: true }));
    for (const kind of ['widgets', 'static']) {
      const all = seen[kind];
      const heap = median(all.map((x) => x.heap));
      rows.push({
        n,
        kind,
        runs: all.length,
        ready: median(all.map((x) => x.ready)),
        painted: median(all.map((x) => x.painted)),
        longest: median(all.map((x) => x.longest)),
        heapPer: heap === undefined || !empty[kind].length ? undefined : (heap - median(empty[kind])) / n / 1024,
        requests: median(all.map((x) => x.requests.length)),
        cls: median(all.map((x) => x.cls)),
      });
    }
  });
}

// ---------------------------------------------------------------------------------------------
// 2. A claim that arrives 800 ms late in an article: does the text jump?
const late = [];
await scenario('late claim', async () => {
  const phone = { width: 390, height: 844 };
  const desktop = { width: 1280, height: 800 };
  const cases = [
    // The embed as documented: the module script.
    { name: 'phone 390×844', viewport: phone, page: articlePage(800) },
    { name: 'desktop 1280×800', viewport: desktop, page: articlePage(800) },
    // The worst case: the reader is already looking at the card's place when the claim lands.
    { name: 'desktop 1280×800, scrolled to the card', viewport: desktop, page: articlePage(800), scroll: true },
    // Ways to keep the place before the script runs (candidate fixes, measured).
    {
      name: 'phone, page CSS `evidence-claim:not(:defined){display:block;min-height:544px}`',
      viewport: phone,
      page: articlePage(800, { reserve: true }),
    },
    { name: 'desktop, same page CSS', viewport: desktop, page: articlePage(800, { reserve: true }) },
    // With that, what is left is the card landing: seen only by a reader already at the card.
    {
      name: 'desktop, same page CSS, scrolled to the card',
      viewport: desktop,
      page: articlePage(800, { reserve: true }),
      scroll: true,
    },
    { name: 'phone, classic script in `<head>`', viewport: phone, page: articlePage(800, { classic: true }) },
    { name: 'desktop, classic script in `<head>`', viewport: desktop, page: articlePage(800, { classic: true }) },
  ];
  for (const c of cases) {
    const seen = [];
    const path = writePage(`article-${cases.indexOf(c)}`, c.page);
    for (let r = 0; r < RUNS; r++) {
      let placeholder;
      const result = await load(path, {
        viewport: c.viewport,
        settle: 500,
        before: (page) =>
          page.once('domcontentloaded', () => {
            // The box while the claim is on its way (the script has run by DOMContentLoaded).
            placeholder = page
              .evaluate(async (scroll) => {
                await customElements.whenDefined('evidence-claim');
                const el = document.querySelector('evidence-claim');
                await el.updateComplete;
                if (scroll) el.scrollIntoView();
                return el.getBoundingClientRect().height;
              }, c.scroll)
              .catch(() => undefined);
          }),
        after: (page) => page.evaluate(() => document.querySelector('evidence-claim').getBoundingClientRect().height),
      });
      seen.push({ ...result, placeholder: await placeholder, final: result.after });
    }
    late.push({
      name: c.name,
      cls: median(seen.map((x) => x.cls)),
      placeholder: median(seen.map((x) => x.placeholder)),
      final: median(seen.map((x) => x.final)),
      runs: seen.map((x) => x.cls.toFixed(3)).join(', '),
      shifts:
        seen
          .reduce((a, b) => (b.cls > a.cls ? b : a))
          .shifts.map((s) => `${s.v.toFixed(3)} at ${s.t.toFixed(0)} ms (${s.what?.replace(/^\S+/, '`$&`')})`)
          .join(', ') || 'none',
    });
  }
});

// ---------------------------------------------------------------------------------------------
// 3. One request per claim: 50 cards of one id and 10 cards of 10 other ids.
let shared;
await scenario('shared: one request per claim', async () => {
  const result = await load(writePage('shared', sharedPage()));
  const claims = result.requests.filter((u) => new URL(u).pathname.startsWith('/claims/'));
  shared = { total: claims.length, distinct: new Set(claims).size };
});

// 4. Lazy loading: 30 cards of distinct ids, 1500 px apart. Requests before and after scrolling.
let lazy;
await scenario('lazy', async () => {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    await page.setViewport({ width: 1280, height: 800 });
    const claims = [];
    page.on('request', (r) => new URL(r.url()).pathname.startsWith('/claims/') && claims.push(r.url()));
    await page.goto(`${origin}${writePage('lazy', lazyPage())}`, { waitUntil: 'networkidle0' });
    await sleep(500);
    const before = claims.length;
    // Scroll the way a reader does, a screen at a time, so every card passes the viewport.
    await page.evaluate(async () => {
      while (window.scrollY + innerHeight < document.documentElement.scrollHeight - 1) {
        window.scrollBy(0, innerHeight);
        await new Promise((r) => setTimeout(r, 50));
      }
    });
    await page.waitForFunction(() => [...document.querySelectorAll('evidence-claim')].every((e) => e.state === 'ready'), {
      timeout: 30_000,
    });
    lazy = { before, after: claims.length, distinct: new Set(claims).size };
  } finally {
    await context.close();
  }
});

// ---------------------------------------------------------------------------------------------
// 5. Where the time goes on the 300-card page: a CPU profile (JS functions) and a trace
//    (the renderer's own work: style, layout, parsing, paint).
let profileTop = [];
let traceTop = [];
await scenario('profile', async () => {
  const path = writePage('widgets-300', widgetsPage(300));
  const map = await sourceMapper();
  let cdp;
  const { after: profile } = await load(path, {
    settle: 0,
    before: async (page) => {
      cdp = await page.createCDPSession();
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
      await cdp.send('Profiler.start');
    },
    after: async () => (await cdp.send('Profiler.stop')).profile,
  });
  profileTop = selfTimes(profile, map);

  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    await page.setViewport({ width: 1280, height: 800 });
    await page.tracing.start({ categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'blink'] });
    await page.goto(origin + path, { waitUntil: 'load' });
    await page.waitForFunction(() => window.__bench.painted !== undefined, { polling: 100 });
    traceTop = traceSelfTimes(JSON.parse(new TextDecoder().decode(await page.tracing.stop())));
  } finally {
    await context.close();
  }
});

/** Maps a position in one of the page's files (dist/) back to src/, when the source map reader is installed. */
async function sourceMapper() {
  try {
    const { TraceMap, originalPositionFor } = await import('@jridgewell/trace-mapping');
    const maps = new Map(
      PAGE_FILES.map((f) => {
        const map = new TraceMap(readFileSync(join(ROOT, 'dist', `${f}.map`), 'utf8'));
        // The build leaves our own sources out of the map: read them from disk.
        const sources = map.resolvedSources.map((s, i) => {
          let text = map.sourcesContent?.[i];
          try {
            text ??= readFileSync(resolve(ROOT, 'dist', s), 'utf8');
          } catch {
            // no source text: the line is reported without it
          }
          return [s, text?.split('\n')];
        });
        return [`/dist/${f}`, { map, sources }];
      }),
    );
    return (url, line, column, name) => {
      const { map, sources } = maps.get(url) ?? {};
      const p = map && originalPositionFor(map, { line: line + 1, column });
      if (!p?.source) return undefined;
      const file = p.source.replace(/^.*?(node_modules\/|src\/)/, (_, dir) => (dir === 'src/' ? dir : ''));
      // Dependencies ship minified: their name is all there is. Our own source line says more.
      if (p.source.includes('node_modules/'))
        return `${p.name ?? (name || '(anonymous)')} (${file.split('/').slice(0, -1).join('/')})`;
      const text = sources
        .find(([s]) => s === p.source)?.[1]
        ?.[p.line - 1]?.trim()
        .slice(0, 70);
      return `${file}:${p.line}${text ? `: ${text}` : ''}`;
    };
  } catch {
    return () => undefined;
  }
}

/** Top 10 functions by self time in a CPU profile; idle time left out. */
function selfTimes(profile, map) {
  const byNode = new Map(profile.nodes.map((n) => [n.id, n]));
  const totals = new Map();
  let all = 0;
  profile.samples.forEach((id, i) => {
    const dt = (profile.timeDeltas[i] ?? 0) / 1000;
    const { functionName, url, lineNumber, columnNumber } = byNode.get(id).callFrame;
    if (functionName === '(idle)') return;
    const file = url.replace(origin, '');
    const where =
      map(file, lineNumber, columnNumber, functionName) ||
      `${functionName || '(anonymous)'}${file ? ` ${file.replace(/^.*\/node_modules\//, '')}:${lineNumber + 1}:${columnNumber + 1}` : ''}`;
    totals.set(where, (totals.get(where) ?? 0) + dt);
    all += dt;
  });
  return [...totals]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 10)
    .map(([name, ms]) => ({ name, ms, share: ms / all }));
}

/** Top 10 trace events by self time on the page's main thread (children's time subtracted). */
function traceSelfTimes(trace) {
  const events = trace.traceEvents ?? trace;
  const mains = new Set(
    events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`),
  );
  // The busiest renderer main thread is the page's.
  const byThread = new Map();
  for (const e of events) {
    const key = `${e.pid}:${e.tid}`;
    if (e.ph === 'X' && e.dur && mains.has(key)) byThread.set(key, [...(byThread.get(key) ?? []), e]);
  }
  const [, list = []] =
    [...byThread].sort((a, b) => b[1].reduce((s, e) => s + e.dur, 0) - a[1].reduce((s, e) => s + e.dur, 0))[0] ?? [];
  list.sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const self = new Map();
  const stack = [];
  for (const e of list) {
    while (stack.length && stack.at(-1).ts + stack.at(-1).dur <= e.ts) stack.pop();
    const parent = stack.at(-1);
    // Only events nested inside their parent are children; "RunTask" is the task itself.
    if (parent && e.ts + e.dur <= parent.ts + parent.dur) self.set(parent, (self.get(parent) ?? parent.dur) - e.dur);
    self.set(e, self.get(e) ?? e.dur);
    stack.push(e);
  }
  // Events summed by category, each with its three biggest events.
  const byName = new Map();
  for (const [e, us] of self) byName.set(e.name, (byName.get(e.name) ?? 0) + us / 1000);
  const all = [...byName.values()].reduce((a, b) => a + b, 0);
  const categories = new Map();
  for (const [name, ms] of [...byName].sort((a, b) => b[1] - a[1])) {
    const category = CATEGORIES.find(([re]) => re.test(name))?.[1] ?? 'other (task overhead, loading, idle tasks)';
    const c = categories.get(category) ?? { name: category, ms: 0, events: [] };
    c.ms += ms;
    c.events.push(`${name} ${ms.toFixed(0)}`);
    categories.set(category, c);
  }
  return [...categories.values()]
    .sort((a, b) => b.ms - a.ms)
    .map((c) => ({ ...c, share: c.ms / all, events: c.events.slice(0, 3).join(', ') }));
}

await browser.close();
close();

// ---------------------------------------------------------------------------------------------
// The report.
const cpu = os.cpus();
const sizes = pageFiles
  .map(([f, data]) => `\`${f}\` ${data.length} B raw, ${gzipSync(data, { level: 9 }).length} B gzip`)
  .join('; ');
const ok = (x) => (x === undefined ? '' : x <= CLS_TARGET ? ' ✓' : ' ✗');
const table = [
  '| cards | page | runs | ready (ms) | painted (ms) | longest task (ms) | heap per card (KB) | requests | CLS |',
  '|---:|---|---:|---:|---:|---:|---:|---:|---:|',
  ...rows.map(
    (r) =>
      `| ${r.n} | ${r.kind === 'widgets' ? '`<evidence-claim>`' : 'static HTML'} | ${r.runs} | ${fmt(r.ready)} | ${fmt(r.painted)} | ${
        r.longest ? fmt(r.longest) : '< 50'
      } | ${fmt(r.heapPer, 1)} | ${fmt(r.requests)} | ${fmt(r.cls, 3)} |`,
  ),
].join('\n');
const lateTable = [
  '| case | CLS (median) | CLS of each run | placeholder height (px) | card height (px) | shifts (worst run) |',
  '|---|---:|---|---:|---:|---|',
  ...late.map(
    (c) => `| ${c.name} | ${fmt(c.cls, 3)}${ok(c.cls)} | ${c.runs} | ${fmt(c.placeholder)} | ${fmt(c.final)} | ${c.shifts} |`,
  ),
].join('\n');
const top = (list, unit) =>
  list.length
    ? [
        '| # | ' + unit + ' | self time (ms) | share |',
        '|---:|---|---:|---:|',
        ...list.map((x, i) => `| ${i + 1} | \`${x.name}\` | ${fmt(x.ms, 1)} | ${fmt(x.share * 100, 1)} % |`),
      ].join('\n')
    : '(not measured)';

const report = `# Benchmarks

Generated by \`npm run bench\` (scripts/bench.mjs) on ${new Date().toISOString().slice(0, 10)}, ${RUNS} run(s) per case (at most 3 for 1000 cards), in ${Math.round((Date.now() - started) / 1000)} s.

- Machine: ${cpu[0]?.model ?? 'unknown CPU'}, ${cpu.length} cores, ${(os.totalmem() / 2 ** 30).toFixed(1)} GB memory, ${os.platform()} ${os.release()}
- Node ${process.version}, ${chromium} (headless), viewport 1280×800 unless said
- Script for pages (gzip level 9; what each embed form loads is in its table): ${sizes}

Timings depend on the machine: compare rows with each other, not with another machine's.

${embedSection || '## The embed forms, side by side\n\n(not measured)\n'}
${manySection || '## Many prerendered cards on a page\n\n(not measured)\n'}
## Cards on a page: the widget against the same content as static HTML

Each page holds N cards of the sample claim (demo/claims/sample-vitamin-d.json, a different id per card).
\`<evidence-claim>\` pages carry each claim inline (\`<script type="application/json">\`, \`loading="eager"\`) and load
\`/dist/evidence-claim.js\`; static pages are the same content rendered as plain HTML with a similar small stylesheet.
Medians of the runs.

${table}

## A claim that arrives late (800 ms), mid-article

One card by \`claim-id\` after the second paragraph of an article (max-width 44rem, 17px text); its claim is answered
800 ms late. Target: CLS ≤ ${CLS_TARGET}. A shift early in the load is the element taking its placeholder's height when
the script defines it (the module script can run after the first paint); a shift near 800 ms is the card landing.

${lateTable}

## Requests

- One request per claim: 50 cards of one claim id and 10 cards of 10 other ids (all eager) made
  ${shared ? `**${shared.total}** claim requests (${shared.distinct} distinct URLs; expected 11)` : '(not measured)'}.
- Lazy loading: 30 cards of distinct ids, 1500 px of text apart (1280×800):
  ${lazy ? `**${lazy.before}** claim request(s) before scrolling, **${lazy.after}** after scrolling to the bottom (${lazy.distinct} distinct)` : '(not measured)'}.

## Where the time goes

One load of the 300-card page. JavaScript by self time (CPU profile, 0.1 ms sampling, idle left out; positions in the
bundle are mapped back to src/ through the source map):

${top(profileTop, 'function')}

The renderer's main thread by kind of work (trace events by self time: an event's time minus the events inside it;
JS run from a task or microtask counts under scripting):

${
  traceTop.length
    ? [
        '| kind of work | self time (ms) | share | biggest events (ms) |',
        '|---|---:|---:|---|',
        ...traceTop.map((c) => `| ${c.name} | ${fmt(c.ms, 1)} | ${fmt(c.share * 100, 1)} % | ${c.events} |`),
      ].join('\n')
    : '(not measured)'
}
${notes.length ? `\n## Not measured\n\n${notes.map((n) => `- ${n}`).join('\n')}\n` : ''}
## Method

- A static server (node:http, 127.0.0.1) serves dist/ and pages generated into bench-out/ (git-ignored; open them to
  look). Claims by id come from \`/claims/<id>.json\` (\`?delay=ms\` answers late), all \`no-store\`.
- Each load is a fresh browser context in one headless Chromium; the widget and static pages alternate, run by run.
- **ready**: from navigation start (\`performance.now()\` in the page) until every \`<evidence-claim>\` reflects
  \`state="ready"\` (a MutationObserver on the attribute, set up first thing in \`<head>\`); for static HTML, until
  DOMContentLoaded. **painted**: the first frame after that (requestAnimationFrame, then a task).
- **longest task**: the longest \`longtask\` entry (PerformanceObserver, buffered) during load; "< 50" when none.
  First renders are cut into tasks of about 10 ms each, so this stays short as N grows.
- **heap per card**: after two \`HeapProfiler.collectGarbage\`, \`Runtime.getHeapUsage\` (JS heap + Blink heap),
  minus the same for the page with no cards (for the widget, the page that loads the script), divided by N. The
  1-card row also carries what the first card pays once per page (Lit's prepared templates, the stylesheet).
- **requests**: every http request of the page (\`page.on('request')\`), document included.
- **CLS**: \`layout-shift\` entries without recent input (buffered), grouped into session windows as Chrome does.
- Profile: CDP \`Profiler\` and a \`devtools.timeline\` trace of one load each.
`;

writeFileSync(resolve(ROOT, OUT), report);
console.log(report);
console.error(`wrote ${OUT}`);
