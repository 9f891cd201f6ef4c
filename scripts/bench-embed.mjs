// The embed forms side by side, for `npm run bench` (scripts/bench.mjs): an article with no card,
// with the CLI's prerendered snippet, with its light snippet (fallback, by claim-id), with the
// light snippet carrying the document inline, and with the bare element. Measures total
// blocking time at 4× CPU on a phone, layout shift with the script 1.5 s late at two viewports,
// the time until the card is interactive, and the bytes each form costs.
import { gzipSync } from 'node:zlib';
import { head, LOREM, SAMPLE, writePage } from './bench-site.mjs';
import { prerenderedElementHtml } from '../cli/lib/prerender.mjs';
import { claimElementHtml } from '../cli/lib/embed.mjs';
import { toClaim } from '../dist/toolkit.js';

const DOC = { ...SAMPLE, id: 'embed-claim' };
export const FORMS = [
  ['none', 'no card'],
  ['prerendered', 'prerendered (`snippet`, the default)'],
  ['light', 'light (`snippet --no-prerender`: fallback, by claim-id)'],
  ['inline', 'light, document inline'],
  ['bare', 'bare `<evidence-claim claim-id>`'],
];

async function element(form) {
  const claim = toClaim(DOC);
  if (form === 'prerendered') return prerenderedElementHtml(DOC, claim, {}, { stylesheet: '/dist/evidence-claim.css' });
  if (form === 'light') return claimElementHtml(claim);
  if (form === 'inline') return claimElementHtml(claim, {}, { inline: DOC });
  if (form === 'bare') return `<evidence-claim claim-id="${DOC.id}"></evidence-claim>`;
  return '';
}

/** An article with the card (if any) after the second paragraph; the script `late` ms late. */
export async function embedPage(form, late = 0) {
  const p = `<p>${LOREM}</p>`;
  const src = late ? `/late/${late}/dist/evidence-claim.js` : '/dist/evidence-claim.js';
  const script = form === 'none' ? '' : `<script type="module" src="${src}"></script>`;
  const extra = `<meta name="evidence-claim-endpoint" content="/claims/{id}.json">${script}`;
  return `${head(`embed: ${form}`, form === 'none' ? 0 : 1, extra)}<body>
<h1>Does vitamin D keep colds away?</h1>${p}${p}
${await element(form)}
${p.repeat(8)}</body></html>`;
}

const PHONE = { width: 390, height: 844, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };
const DESKTOP = { width: 1000, height: 900 };
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
/** A mid-range phone's CPU: 4× slower. */
const slowCpu = async (page) => (await page.createCDPSession()).send('Emulation.setCPUThrottlingRate', { rate: 4 });
/** "k of n": how many loads had a long task. */
const loadsWithLongTask = (longest) => `${longest.filter((x) => x > 0).length} of ${longest.length}`;

/**
 * Runs the embed scenarios. `load(path, options)` is scripts/bench.mjs's loader (a fresh
 * context per load); the forms alternate within each run so drift hits all alike.
 */
export async function embedForms({ load, runs, median, fmt }) {
  // At least 9: a long task comes and goes from load to load on a small machine.
  const runsHere = Math.max(9, runs);
  const paths = {};
  const latePaths = {};
  for (const [form] of FORMS) {
    paths[form] = writePage(`embed-${form}`, await embedPage(form));
    latePaths[form] = writePage(`embed-${form}-late`, await embedPage(form, 1500));
  }
  const seen = Object.fromEntries(
    FORMS.map(([f]) => [f, { tbt: [], longest: [], ready: [], fcp: [], bytes: [], clsDesktop: [], clsPhone: [] }]),
  );
  for (let r = 0; r < runsHere; r++) {
    for (const [form] of FORMS) {
      // Main thread: a mid-range phone (4× slower CPU), the script on time.
      const slow = await load(paths[form], {
        viewport: PHONE,
        settle: 1000,
        before: async (page) => {
          await slowCpu(page);
          page.__bytes = [];
          page.on('response', async (res) => {
            try {
              const body = await res.buffer();
              page.__bytes.push({ url: res.url(), raw: body.length, gzip: gzipSync(body, { level: 9 }).length });
            } catch {
              // a redirect or an aborted request has no body
            }
          });
        },
        after: async (page) => {
          await sleep(200);
          const fcp = await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime);
          return { fcp, bytes: page.__bytes };
        },
      });
      const s = seen[form];
      s.tbt.push(slow.tbt);
      s.longest.push(slow.longest);
      s.ready.push(slow.ready);
      s.fcp.push(slow.after.fcp);
      s.bytes = slow.after.bytes;
      // Layout shift: the script 1.5 s late, at both viewports.
      s.clsDesktop.push((await load(latePaths[form], { viewport: DESKTOP, settle: 800 })).cls);
      s.clsPhone.push((await load(latePaths[form], { viewport: PHONE, settle: 800 })).cls);
    }
  }
  const base = median(seen.none.tbt);
  const sum = (list, key, test) => list.filter((b) => test(b.url)).reduce((a, b) => a + b[key], 0);
  const kinds = [
    ['page (HTML)', (u) => u.includes('/bench-out/')],
    ['script and chunks', (u) => u.endsWith('.js')],
    ['stylesheet', (u) => u.endsWith('.css')],
    ['claim', (u) => u.includes('/claims/')],
  ];
  const rows = FORMS.map(([form, label]) => {
    const s = seen[form];
    const tbt = median(s.tbt);
    const bytes = kinds.map(([, test]) => sum(s.bytes, 'gzip', test));
    return `| ${label} | ${fmt(tbt)} | ${form === 'none' ? '–' : fmt(tbt - base)} | ${fmt(median(s.longest))} | ${loadsWithLongTask(s.longest)} | ${fmt(median(s.fcp))} | ${form === 'none' ? '–' : fmt(median(s.ready))} | ${fmt(median(s.clsDesktop), 3)} | ${fmt(median(s.clsPhone), 3)} | ${bytes.map((b) => fmt(b)).join(' / ')} |`;
  });
  const each = FORMS.map(
    ([form, label]) =>
      `- ${label}: TBT ${seen[form].tbt.map((x) => fmt(x)).join(', ')} ms; longest task ${seen[form].longest.map((x) => fmt(x)).join(', ')} ms; CLS 1000×900 ${seen[form].clsDesktop.map((x) => x.toFixed(3)).join(', ')}; CLS 390×844 ${seen[form].clsPhone.map((x) => x.toFixed(3)).join(', ')}`,
  ).join('\n');
  return `## The embed forms, side by side

One article (max-width 44rem, 17px text), the card (if any) after the second paragraph, the sample claim by
\`claim-id\` (answered at once) or inline. ${runsHere} runs, the forms alternating within each run; medians.

- **TBT**: total blocking time (the sum of each long task's time over 50 ms, \`longtask\` entries from the start of the
  load until 1 s after the card is ready), phone viewport 390×844, CPU slowed 4× (\`Emulation.setCPUThrottlingRate\`),
  the script on time. **over no card**: minus the no-card page's median. **longest task**: the longest
  \`longtask\` entry of the same loads (0 when none reached 50 ms); the page's own parsing and first layout are
  in it too, so compare it with the no-card row. **loads with a long task**: how many of the loads had one.
- **FCP**: first contentful paint, same loads. **interactive**: until the element is defined and reflects
  \`state="ready"\` (for the prerendered card: adopted, its document checked when it comes from an id).
- **CLS**: the script answered 1.5 s late, at 1000×900 and 390×844 (no CPU slowdown).
- **bytes**: gzip (level 9) of what the page loaded, by kind: page HTML / script and chunks / stylesheet / claim.

| form | TBT (ms) | over no card (ms) | longest task (ms) | loads with a long task | FCP (ms) | interactive (ms) | CLS 1000×900 | CLS 390×844 | bytes gzip: page / script / css / claim |
|---|---:|---:|---:|---:|---:|---:|---:|---:|---|
${rows.join('\n')}

Each run:

${each}
`;
}

/**
 * Many prerendered cards (the CLI's snippet, by claim-id) down one article, against the very same
 * page without the script: what adopting them all costs the main thread, and whether anything
 * moves when the script arrives.
 */
export async function manyPrerendered({ load, runs, median, fmt, sizes = [20, 100] }) {
  const pages = {};
  for (const n of sizes) {
    const cards = [];
    for (let i = 0; i < n; i++) {
      const doc = { ...DOC, id: `many-${i}` };
      cards.push(await prerenderedElementHtml(doc, toClaim(doc), {}, { stylesheet: '/dist/evidence-claim.css' }));
    }
    const page = (src) =>
      `${head(`${n} prerendered cards`, src ? n : 0, `<meta name="evidence-claim-endpoint" content="/claims/{id}.json">${src ? `<script type="module" src="${src}"></script>` : ''}`)}<body>
<h1>Does vitamin D keep colds away?</h1>
${cards.map((card) => `<p>${LOREM}</p>\n${card}`).join('\n')}
<p>${LOREM}</p></body></html>`;
    pages[n] = {
      script: writePage(`many-${n}`, page('/dist/evidence-claim.js')),
      late: writePage(`many-${n}-late`, page('/late/1500/dist/evidence-claim.js')),
      none: writePage(`many-${n}-none`, page('')),
    };
  }
  const seen = {};
  for (let r = 0; r < runs; r++) {
    for (const n of sizes) {
      for (const kind of r % 2 ? ['none', 'script'] : ['script', 'none']) {
        const slow = await load(pages[n][kind], {
          viewport: PHONE,
          settle: 1000,
          before: slowCpu,
        });
        const s = (seen[`${n} ${kind}`] ??= { tbt: [], longest: [], ready: [], cls: [] });
        s.tbt.push(slow.tbt);
        s.longest.push(slow.longest);
        s.ready.push(slow.ready);
        s.cls.push((await load(pages[n][kind === 'script' ? 'late' : 'none'], { viewport: PHONE, settle: 800 })).cls);
      }
    }
  }
  const rows = sizes.flatMap((n) =>
    ['none', 'script'].map((kind) => {
      const s = seen[`${n} ${kind}`];
      return `| ${n} | ${kind === 'none' ? 'no script' : 'the script'} | ${fmt(median(s.tbt))} | ${fmt(median(s.longest))} (${s.longest.map((x) => fmt(x)).join(', ')}) | ${loadsWithLongTask(s.longest)} | ${kind === 'none' ? '–' : fmt(median(s.ready))} | ${fmt(median(s.cls), 3)} |`;
    }),
  );
  return `## Many prerendered cards on a page

N cards of the CLI's prerendered snippet (by \`claim-id\`, a different id each, one after each paragraph of an
article), against the same page without the script. ${runs} runs, alternating; medians. Phone viewport 390×844, CPU
slowed 4×, the script on time, for **TBT**, the **longest task** (each run in brackets) and **adopted** (until every
card reflects \`state="ready"\`). **CLS**: the script 1.5 s late, no slowdown.

| cards | page | TBT (ms) | longest task (ms) | loads with a long task | adopted (ms) | CLS |
|---:|---|---:|---:|---:|---:|---:|
${rows.join('\n')}
`;
}
