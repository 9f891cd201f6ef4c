// The benchmark's test site: a tiny static server on 127.0.0.1 and the pages it serves.
// Used only by scripts/bench.mjs. Pages are generated into bench-out/ (git-ignored) so a
// surprising number can be checked by opening the very page in a browser.
//
//   /dist/...                    the built embed, straight from dist/
//   /late/<ms>/dist/...          the same, answered <ms> milliseconds late
//   /bench-out/<page>.html       the generated pages
//   /claims/<id>.json            the sample claim under any id; ?delay=<ms> answers late
//
// Every answer is no-store, so each page load pays for its own requests.
import { createServer } from 'node:http';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const OUT = join(ROOT, 'bench-out');
export const SAMPLE = JSON.parse(readFileSync(join(ROOT, 'demo/claims/sample-vitamin-d.json'), 'utf8'));

const TYPES = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.map': 'application/json',
};

/** Starts the server on a free port; resolves to { origin, close }. */
export function startServer() {
  const server = createServer(async (req, res) => {
    const url = new URL(req.url, 'http://x');
    const headers = { 'cache-control': 'no-store', 'access-control-allow-origin': '*' };
    const claim = /^\/claims\/([\w-]+)\.json$/.exec(url.pathname);
    if (claim) {
      const delay = Number(url.searchParams.get('delay') ?? 0);
      if (delay) await new Promise((r) => setTimeout(r, delay));
      res.writeHead(200, { ...headers, 'content-type': 'application/json' });
      res.end(JSON.stringify({ ...SAMPLE, id: claim[1] }));
      return;
    }
    const late = /^\/late\/(\d+)(\/.*)$/.exec(url.pathname);
    if (late) await new Promise((r) => setTimeout(r, Number(late[1])));
    // Only dist/ and bench-out/ are served: nothing else of the repository leaks out.
    const path = normalize(decodeURIComponent(late ? late[2] : url.pathname));
    if (!/^\/(dist|bench-out)\//.test(path)) {
      res.writeHead(404, headers).end();
      return;
    }
    try {
      const body = readFileSync(join(ROOT, path));
      res.writeHead(200, { ...headers, 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404, headers).end();
    }
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({ origin: `http://127.0.0.1:${server.address().port}`, close: () => server.close() }),
    ),
  );
}

/** Writes a page to bench-out/ and returns its path on the server. */
export function writePage(name, html) {
  mkdirSync(OUT, { recursive: true });
  writeFileSync(join(OUT, `${name}.html`), html);
  return `/bench-out/${name}.html`;
}

// Runs first in <head>, before any widget exists, so nothing it watches can be missed:
// - window.__bench.ready: ms from navigation start until every <evidence-claim> is state=ready
//   (a MutationObserver on the reflected attribute), or until DOMContentLoaded for the
//   baseline; .painted: the first frame after that (rAF, then a task: the frame was produced).
// - long tasks and layout shifts, for the whole load.
const PROBE = `<script>
(() => {
  const b = (window.__bench = { longTasks: [], shifts: [] });
  new PerformanceObserver((l) => b.longTasks.push(...l.getEntries().map((e) => e.duration))).observe({ type: 'longtask', buffered: true });
  new PerformanceObserver((l) => {
    for (const e of l.getEntries()) {
      // What moved (the first source), to tell causes apart. An empty rect: moved out of view.
      const s = e.sources?.[0];
      const name = s && (s.node?.nodeName?.toLowerCase() ?? '?');
      const what = s && (s.currentRect.height
        ? \`\${name} moved from y=\${Math.round(s.previousRect.y)} to y=\${Math.round(s.currentRect.y)}\`
        : \`\${name} at y=\${Math.round(s.previousRect.y)} pushed out of view\`);
      if (!e.hadRecentInput) b.shifts.push({ t: e.startTime, v: e.value, what });
    }
  }).observe({ type: 'layout-shift', buffered: true });
  const done = () => {
    if (b.ready !== undefined) return;
    b.ready = performance.now();
    requestAnimationFrame(() => setTimeout(() => (b.painted = performance.now())));
  };
  const expected = Number(document.currentScript.dataset.widgets);
  if (!expected) return void document.addEventListener('DOMContentLoaded', done);
  const ready = new Set();
  new MutationObserver((records) => {
    for (const r of records) if (r.target.getAttribute('state') === 'ready') ready.add(r.target);
    if (ready.size >= expected) done();
  }).observe(document, { subtree: true, attributeFilter: ['state'] });
})();
</script>`;

export const head = (title, widgets, extra = '') => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title><link rel="icon" href="data:,">
${PROBE.replace('<script>', `<script data-widgets="${widgets}">`)}
${extra}
<style>body{font:17px/1.6 Georgia,serif;max-width:44rem;margin:0 auto;padding:1rem}</style>
</head>`;

const SCRIPT = '<script type="module" src="/dist/evidence-claim.js"></script>';
const esc = (s) => String(s).replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
// JSON inside <script>: only "</" could end it early.
const inlineJson = (claim) => JSON.stringify(claim).replace(/<\//g, '<\\/');

/** (a) N widgets, each with its own claim inline (a distinct id each). N = 0: the empty page. */
export function widgetsPage(n) {
  const items = Array.from(
    { length: n },
    (_, i) =>
      `<evidence-claim loading="eager"><script type="application/json">${inlineJson({ ...SAMPLE, id: `bench-${i}` })}</script></evidence-claim>`,
  );
  return `${head(`${n} widgets`, n, SCRIPT)}<body>\n${items.join('\n')}\n</body></html>`;
}

// A stylesheet about the size and effect of the card's: box, border, badge, scores, studies.
const BASELINE_CSS = `<style>
.ec{display:block;border:1px solid #d5dae0;border-top:4px solid #7d4e00;border-radius:12px;padding:1.25em;margin:1em 0;font:16px/1.5 system-ui,sans-serif;color:#1b1f24;background:#fff}
.ec p,.ec ul,.ec ol{margin:.35em 0}.ec .badge{display:inline-flex;gap:.35em;padding:.25em .8em;border:1px solid;border-radius:1em;color:#7d4e00;font-weight:700;font-size:.875em}
.ec .note,.ec .meta,.ec .eyebrow,.ec .small{color:#56606b;font-size:.875em}.ec .eyebrow{text-transform:uppercase;letter-spacing:.06em;font-size:.75em;font-weight:700}
.ec h3{font-size:1.25em;line-height:1.35;margin:.2em 0}.ec h4{margin:1em 0 .2em}
.ec .scores{display:grid;grid-template-columns:repeat(auto-fit,minmax(9em,1fr));gap:.6em;margin-top:1em}
.ec .score,.ec .study,.ec details,.ec .disclaimer{border:1px solid #d5dae0;border-radius:8px;padding:.6em .85em}
.ec .num{font-size:1.75em;font-weight:700}.ec .gauge{height:6px;background:#d5dae0;border-radius:3px}.ec .gauge i{display:block;height:6px;background:#116329;border-radius:3px}
.ec .studies{list-style:none;padding:0;display:grid;gap:.6em}.ec .study{border-inline-start:4px solid #116329}
.ec details{margin-top:1em}.ec summary{font-weight:700;color:#0b57b3;padding:.6em 0;cursor:pointer}
.ec .disclaimer{margin-top:1em;background:#f1f2f4;font-size:.8125em}
</style>`;

const plural = (n, one, many) => `${n} ${n === 1 ? one : many}`;

/** Roughly what the card shows, as plain server-rendered HTML. */
function staticCard(c) {
  const score = (label, v) =>
    `<div class="score"><span class="small">${label}</span><div class="num">${v}<small>/100</small></div><div class="gauge"><i style="width:${v}%"></i></div></div>`;
  const study = (s) =>
    `<li class="study"><b>${esc(s.stance)}</b><p><b>${esc(s.title ?? s.finding)}</b></p>${s.title && s.finding ? `<p>${esc(s.finding)}</p>` : ''}` +
    `<p class="meta">${[s.design, s.grade && `Grade: ${s.grade}`, s.participants && `${s.participants.toLocaleString('en')} participants`, s.population, s.duration, s.year].filter(Boolean).map(esc).join(' · ')}</p>` +
    `${s.authors ? `<p class="meta">${esc(s.authors.slice(0, 2).join(', '))}${s.journal ? ` · ${esc(s.journal)}` : ''}</p>` : ''}` +
    `${s.doi ? `<p class="meta"><a href="https://doi.org/${esc(s.doi)}">DOI ${esc(s.doi)}</a></p>` : ''}</li>`;
  const count = (st) => c.studies.filter((s) => s.stance === st).length;
  return `<section class="ec" aria-labelledby="h-${c.id}">
<span class="badge">${esc(c.verdict.label)}</span><p class="note">${esc(c.verdict.note)}</p>
<p class="eyebrow">The claim</p><h3 id="h-${c.id}">${esc(c.claim)}</h3>
<div class="scores">${score('Support score', c.scores.support)}${score('Oppose score', c.scores.oppose)}</div><p class="small">${esc(c.scores.explanation)}</p>
<h4>In plain words</h4><p>${esc(c.summary)}</p>
<details><summary>See the scientific wording</summary><p>${esc(c.scientificWording)}</p></details>
<h4>How it might work</h4><p>${esc(c.mechanism.summary)}</p>
<h4>What the research says</h4><p>${esc(c.researchSummary)}</p>
<p><b>${plural(count('supports'), 'supporting study', 'supporting studies')} · ${plural(count('opposes'), 'opposing study', 'opposing studies')}</b></p>
<ul class="studies">${c.studies.map(study).join('')}</ul>
<details><summary>Score breakdown, Mechanism chain, Raw evidence, Ideal studies needed</summary><ol>${c.mechanism.chain.map((x) => `<li>${esc(x)}</li>`).join('')}</ol></details>
<p class="meta"><a href="${esc(c.url)}">Read the full analysis</a> · Assessed by ${esc(c.publisher.name)}</p>
<p class="disclaimer" role="note">${esc(c.disclaimer)}</p>
</section>`;
}

/** (b) the same content as N static cards: what the page would cost with no widget at all. */
export function baselinePage(n) {
  const items = Array.from({ length: n }, (_, i) => staticCard({ ...SAMPLE, id: `bench-${i}` }));
  return `${head(`${n} static cards`, 0, BASELINE_CSS)}<body>\n${items.join('\n')}\n</body></html>`;
}

export const LOREM =
  'Health stories often lean on a single study, and readers rarely get to see how it sits among the rest of the research. ' +
  'This paragraph stands in for the text of a news article: long enough to wrap over several lines at any width, ' +
  'so that anything which moves when a card arrives moves real text with it.';

/**
 * An article with the widget (by claim-id, answered `delay` ms late) after the 2nd paragraph.
 * `reserve`: the page keeps the card's place before the script has run (publisher CSS).
 * `classic`: the classic build as a blocking script in <head>, so the element is defined before
 * the body is parsed.
 */
export function articlePage(delay, { reserve = false, classic = false } = {}) {
  const p = `<p>${LOREM}</p>`;
  const script = classic ? '<script src="/dist/evidence-claim.iife.js"></script>' : SCRIPT;
  const css = reserve ? '<style>evidence-claim:not(:defined){display:block;min-height:544px}</style>' : '';
  return `${head('article', 1, `<meta name="evidence-claim-endpoint" content="/claims/{id}.json?delay=${delay}">${css}${script}`)}<body>
<h1>Does vitamin D keep colds away?</h1>${p}${p}
<evidence-claim claim-id="late-claim"></evidence-claim>
${p.repeat(8)}</body></html>`;
}

/** 50 widgets of one claim-id, then one widget each of 10 more ids: all eager. */
export function sharedPage() {
  const w = (id) => `<evidence-claim loading="eager" claim-id="${id}"></evidence-claim>`;
  const items = [...Array.from({ length: 50 }, () => w('shared')), ...Array.from({ length: 10 }, (_, i) => w(`other-${i}`))];
  return `${head('one request per claim', 60, `<meta name="evidence-claim-endpoint" content="/claims/{id}.json">${SCRIPT}`)}<body>${items.join('\n')}</body></html>`;
}

/** 30 lazy widgets of distinct ids, each after a 1500px-tall block of text. */
export function lazyPage() {
  const items = Array.from(
    { length: 30 },
    (_, i) => `<div style="height:1500px"><p>${LOREM}</p></div><evidence-claim claim-id="lazy-${i}"></evidence-claim>`,
  );
  return `${head('lazy', 0, `<meta name="evidence-claim-endpoint" content="/claims/{id}.json">${SCRIPT}`)}<body>${items.join('\n')}</body></html>`;
}
