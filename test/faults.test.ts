// Every way the claim server can fail, against the real fetch: each ends in the error state
// with its kind, a visible message and an event, in bounded time; fallback content survives it.
import { expect } from '@open-wc/testing';
import '../src/evidence-claim.js';
import type { EvidenceClaim } from '../src/evidence-claim.js';
import { $, captureConsole, requestLog, settled, textOf, uniqueKey } from './helpers.js';

// The runner's page is on localhost; the same server under 127.0.0.1 is another origin.
const crossOrigin = `http://${location.hostname === '127.0.0.1' ? 'localhost' : '127.0.0.1'}:${location.port}`;

interface Outcome {
  el: EvidenceClaim;
  kind?: string;
  message?: string;
  /** The event's detail, as a publisher's code gets it. */
  detail?: Record<string, unknown>;
  /** Time spent in `loading`, from insertion to the event. */
  ms: number;
  console: string[];
}

/** Time in loading, per case: the longest is reported at the end. */
const loadingTimes: [string, number][] = [];
after(() => {
  const longest = loadingTimes.reduce((a, b) => (b[1] > a[1] ? b : a));
  console.log(`faults: ${loadingTimes.length} cases, kinds ${[...new Set(kinds)].sort().join(', ')}`);
  console.log(`faults: longest in loading ${longest[1].toFixed(0)} ms (${longest[0]})`);
  for (const [name, ms] of loadingTimes) console.log(`  ${ms.toFixed(0).padStart(6)} ms  ${name}`);
});
const kinds: string[] = [];

/** Inserts an eager widget and waits for its load or error event. */
async function run(name: string, endpoint: string, attrs: Record<string, string> = {}, fallback?: string): Promise<Outcome> {
  const el = document.createElement('evidence-claim');
  el.setAttribute('claim-id', attrs['claim-id'] ?? 'sample-minimal');
  el.setAttribute('endpoint', endpoint);
  el.setAttribute('loading', 'eager');
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  if (fallback) el.innerHTML = fallback;
  const out = { el } as Outcome;
  out.console = await captureConsole('error', async () => {
    const done = new Promise<void>((resolve) => {
      el.addEventListener('evidence-claim-load', () => resolve());
      el.addEventListener('evidence-claim-error', (e) => {
        out.detail = (e as CustomEvent).detail;
        ({ kind: out.kind, message: out.message } = out.detail!);
        resolve();
      });
    });
    const start = performance.now();
    document.body.append(el);
    await done;
    out.ms = performance.now() - start;
  });
  await el.updateComplete;
  loadingTimes.push([name, out.ms]);
  if (out.kind) kinds.push(out.kind);
  return out;
}

/** The error as a reader and a publisher's code see it. */
function expectError(o: Outcome, kind: string, message: string | RegExp) {
  expect(o.el.state).to.equal('error');
  expect(o.el.getAttribute('state')).to.equal('error');
  expect(o.kind).to.equal(kind);
  if (typeof message === 'string') expect(o.message).to.equal(message);
  else expect(o.message).to.match(message);
  // Readers get one plain sentence; the publisher's detail goes to the console and the event.
  expect(textOf($(o.el, '[part="card"]'))).to.equal('The evidence summary could not be loaded.');
  expect(o.console.join('\n')).to.include(o.message!);
}

const api = (mode: string, key: string, query = '') => `/api/${mode}/${key}/{id}.json${query}`;
afterEach(() => document.querySelectorAll('body > evidence-claim').forEach((el) => el.remove()));

describe('timeouts', () => {
  it('a server that never answers: timeout="500" ends in a timeout after about 0.5 s, without retrying', async () => {
    const key = uniqueKey('hang');
    const o = await run('hang, timeout=500', api('hang', key), { timeout: '500' });
    expectError(o, 'timeout', 'no answer within 0.5 s');
    expect(o.ms).to.be.within(450, 1500);
    expect((await requestLog(key)).count).to.equal(1);
  });

  it('with no timeout attribute, a server that never answers ends in a timeout at 10 s', async () => {
    const o = await run('hang, default timeout', api('hang', uniqueKey('hang-default')));
    expectError(o, 'timeout', 'no answer within 10 s');
    expect(o.ms).to.be.within(9950, 11000);
  });

  it('one deadline covers the retries: 503 forever with timeout="1000" ends by about 1 s', async () => {
    const key = uniqueKey('503-deadline');
    const o = await run('503 with timeout=1000', api('status', key, '?code=503'), { timeout: '1000' });
    expectError(o, 'timeout', 'no answer within 1 s');
    expect(o.ms).to.be.within(950, 1600);
    expect((await requestLog(key)).count).to.equal(2); // at 0 s and after 0.4 s; the 1.2 s backoff is cut short
  });

  it('a slow answer within the deadline is shown', async () => {
    const o = await run('slow 300 ms', api('slow', uniqueKey('slow'), '?ms=300'));
    expect(o.el.state).to.equal('ready');
    expect(o.ms).to.be.within(280, 2000);
  });

  for (const bad of ['abc', '0', '-5', '1e12']) {
    it(`timeout="${bad}" falls back to a sane deadline instead of failing at once`, async () => {
      const o = await run(`slow 300 ms, timeout=${bad}`, api('slow', uniqueKey('bad-timeout'), '?ms=300'), { timeout: bad });
      expect(o.kind, o.message).to.be.undefined;
      expect(o.el.state).to.equal('ready');
    });
  }

  it('a widget joining a request in flight keeps its own deadline', async () => {
    const key = uniqueKey('shared-hang');
    const first = document.createElement('evidence-claim');
    Object.assign(first, { claimId: 'sample-minimal', endpoint: api('hang', key), loading: 'eager', timeout: 3000 });
    await captureConsole('error', async () => {
      document.body.append(first);
      await first.updateComplete;
      const o = await run('joined hang, timeout=500', api('hang', key), { timeout: '500' });
      expectError(o, 'timeout', 'no answer within 0.5 s');
      expect(o.ms).to.be.within(450, 1500);
      expect(first.state).to.equal('loading');
      await settled(first);
    });
    expect(first.state).to.equal('error');
    expect((await requestLog(key)).count).to.equal(1);
  });
});

describe('HTTP status', () => {
  for (const code of [404, 410, 400, 403]) {
    it(`${code}: an error naming the status, not retried`, async () => {
      const key = uniqueKey(`s${code}`);
      const o = await run(`HTTP ${code}`, api('status', key, `?code=${code}`));
      expectError(o, 'http', `the server answered HTTP ${code}`);
      // The publisher is told which URL failed, and how.
      const url = new URL(`/api/status/${key}/sample-minimal.json?code=${code}`, location.href).href;
      expect(o.detail).to.include({ url, status: code });
      expect(o.console.join('\n')).to.include(url).and.include(`"status":${code}`);
      expect(textOf(o.el.shadowRoot)).not.to.include(String(code));
      expect(o.ms).to.be.below(1000);
      expect((await requestLog(key)).count).to.equal(1);
    });
  }

  for (const code of [500, 503]) {
    it(`${code}: retried twice with backoff, then an error naming the status`, async () => {
      const key = uniqueKey(`s${code}`);
      const o = await run(`HTTP ${code}`, api('status', key, `?code=${code}`));
      expectError(o, 'http', `the server answered HTTP ${code}`);
      expect(o.ms).to.be.within(1500, 4000); // 0.4 s + 1.2 s of backoff
      expect((await requestLog(key)).count).to.equal(3);
    });
  }

  it('a redirect is not followed: a claims host cannot send readers to another address', async () => {
    const key = uniqueKey('redirect');
    const o = await run('302', api('redirect', key));
    expectError(o, 'http', 'the server answered with a redirect: serve the claim at its own URL');
    expect((await requestLog(key)).count).to.equal(1);
    expect((await requestLog(`${key}-moved`)).count).to.equal(0);
  });

  it('a flaky server (503, 503, then the claim) recovers after the retries', async () => {
    const key = uniqueKey('flaky');
    const o = await run('flaky 503 x2 then 200', api('flaky', key));
    expect(o.el.state).to.equal('ready');
    expect(textOf($(o.el, '[role="heading"]'))).to.equal('Drinking eight glasses of water a day is necessary for good health.');
    expect((await requestLog(key)).count).to.equal(3);
  });

  it('204 No Content: not JSON', async () => {
    const o = await run('HTTP 204', api('status', uniqueKey('s204'), '?code=204'));
    expectError(o, 'json', 'the answer is not valid JSON');
  });
});

describe('bodies', () => {
  it('an HTML page instead of JSON: type', async () => {
    const o = await run('text/html', api('html', uniqueKey('html')));
    expectError(o, 'type', 'the answer is text/html, not JSON');
  });

  it('a body cut off mid-way: network (or json)', async () => {
    const o = await run('truncated body', api('truncated', uniqueKey('truncated')));
    expect(['network', 'json']).to.include(o.kind);
    expectError(o, o.kind!, /cut off|not valid JSON/);
  });

  it('over 1 MB streamed without a content-length: size', async () => {
    const o = await run('3 MB streamed', api('big', uniqueKey('big')));
    expectError(o, 'size', 'the answer is over 1 MB');
  });

  it('a content-length over 1 MB: size, refused before the body is read', async () => {
    const o = await run('content-length 2 MB', api('biglength', uniqueKey('biglength')));
    expectError(o, 'size', 'the answer is over 1 MB');
    expect(o.ms).to.be.below(1000);
  });

  it('a refused body is not downloaded anyway: the connection is dropped', async () => {
    const key = uniqueKey('drip');
    const o = await run('content-length 2 MB, slow body', api('drip', key));
    expectError(o, 'size', 'the answer is over 1 MB');
    // The server needs 1 s to send it all; a widget that hung up leaves it unfinished.
    await new Promise((r) => setTimeout(r, 1500));
    const [request] = (await requestLog(key)).requests as any[];
    expect(request.hungUp, `sent ${request.sent} bytes`).to.be.true;
    expect(request.sent).to.be.below(2_000_000);
  });
});

describe('network', () => {
  it('a closed port: network, after two retries', async () => {
    const o = await run('closed port', 'http://127.0.0.1:9/claims/{id}.json');
    expectError(o, 'network', 'the claim server could not be reached (offline, blocked, or refused by CORS)');
    expect(o.ms).to.be.within(1500, 5000);
  });

  it('another origin without CORS headers: network', async () => {
    const key = uniqueKey('nocors');
    const o = await run('cross-origin without CORS', `${crossOrigin}${api('nocors', key)}`);
    expectError(o, 'network', 'the claim server could not be reached (offline, blocked, or refused by CORS)');
    // The server was reached each time: it is CORS, not the connection, that failed.
    expect((await requestLog(key)).count).to.equal(3);
  });

  it('another origin with CORS headers works', async () => {
    const o = await run('cross-origin with CORS', `${crossOrigin}${api('ok', uniqueKey('cors'))}`);
    expect(o.el.state).to.equal('ready');
  });

  it('an endpoint with credentials in it is refused without a request', async () => {
    const key = uniqueKey('userinfo');
    const o = await run('credentials in endpoint', `http://user:secret@${location.host}${api('ok', key)}`);
    expect(o.kind).to.equal('input');
    expect(o.ms).to.be.below(500);
    expect((await requestLog(key)).count).to.equal(0);
  });
});

describe('fallback content survives every failure', () => {
  const cases: [string, string, Record<string, string>][] = [
    ['http', api('status', 'fb', '?code=404'), {}],
    ['timeout', api('hang', 'fb'), { timeout: '300' }],
    ['type', api('html', 'fb'), {}],
    ['size', api('biglength', 'fb'), {}],
    ['network', 'http://127.0.0.1:9/claims/{id}.json', { timeout: '1000' }],
    ['invalid', api('ok', 'fb'), { 'claim-id': 'missing-summary' }],
  ];
  for (const [kind, endpoint, attrs] of cases) {
    it(`${kind}: the fallback stays visible, no error box, and the event still fires`, async () => {
      const o = await run(
        `${kind} with fallback`,
        endpoint.replace('/fb/', `/${uniqueKey('fb')}/`),
        attrs,
        '<p>Fallback: read the evidence at example.org.</p>',
      );
      expect(o.kind === 'timeout' || o.kind === kind, o.message).to.be.true;
      expect(o.el.state).to.equal('error');
      const p = o.el.querySelector('p')!;
      const slot = $<HTMLSlotElement>(o.el, 'slot')!;
      expect(slot.assignedNodes()).to.include(p);
      // Where a reader would see it: off screen, content-visibility: auto skips the card's
      // contents, and WebKit then gives them no size at all.
      o.el.scrollIntoView();
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      expect(p.offsetHeight).to.be.above(0);
      expect($(o.el, '[part="card"]')).to.be.null;
      // Nothing is announced: the reader who reaches the card reads the fallback.
      expect($(o.el, '[role="status"],[role="alert"],[aria-live]')).to.be.null;
    });
  }
});
