// Life inside apps: widgets get removed, re-added, moved, re-targeted, created before their class
// is defined, mounted twice by frameworks, and churned by the hundred. Each case ends with the
// right card, the fewest requests, and nothing thrown or left behind.
import { expect, waitUntil } from '@open-wc/testing';
import '../src/evidence-claim.js';
import { EvidenceClaim } from '../src/evidence-claim-element.js';
import {
  $,
  captureConsole,
  claimJson,
  requestLog,
  settled,
  textOf,
  uniqueKey,
  CLAIM_HEADING,
  trackEscapes,
  widget,
  frames,
  sleep,
} from './helpers.js';

const heading = (el: Element) => textOf($(el, CLAIM_HEADING));

const escaped = trackEscapes();
afterEach(() => {
  document.querySelectorAll('.lifecycle').forEach((n) => n.remove());
  expect(escaped, 'exceptions that escaped to the page').to.deep.equal([]);
});

/** A widget on the page (in the body, or in parent), removed after each test. */
function mounted(attrs: Record<string, string>, parent: Element = document.body) {
  const el = widget(attrs);
  el.classList.add('lifecycle');
  parent.append(el);
  return el;
}
function box() {
  const div = document.createElement('div');
  div.className = 'lifecycle';
  document.body.append(div);
  return div;
}
const loadsOf = (el: Element) => {
  const ids: string[] = [];
  el.addEventListener('evidence-claim-load', (e) => ids.push((e as CustomEvent).detail.id));
  return ids;
};

let minimal: string;
before(async () => (minimal = (await claimJson('sample-minimal')).claim));

describe('connect, disconnect, reconnect', () => {
  it('removed mid-load and re-added: ready, one request, one load event', async () => {
    const key = uniqueKey('reconnect');
    const el = mounted({ 'claim-id': 'sample-minimal', endpoint: `/api/slow/${key}/{id}.json?ms=300`, loading: 'eager' });
    const loads = loadsOf(el);
    await el.updateComplete;
    el.remove();
    await sleep(50);
    document.body.append(el);
    await settled(el);
    expect(el.state).to.equal('ready');
    expect(heading(el)).to.equal(minimal);
    expect((await requestLog(key)).count).to.equal(1);
    await sleep(400);
    expect(loads).to.deep.equal(['sample-minimal']);
  });

  it('removed mid-load and never re-added: stays quiet (no event, no console error)', async () => {
    const key = uniqueKey('gone');
    const el = mounted({ 'claim-id': 'does-not-exist', endpoint: `/api/slow/${key}/{id}.json?ms=200`, loading: 'eager' });
    let events = 0;
    el.addEventListener('evidence-claim-error', () => events++);
    el.addEventListener('evidence-claim-load', () => events++);
    const errors = await captureConsole('error', async () => {
      // Removed once its request is on its way (the server answers 200 ms later): mid-load.
      await waitUntil(async () => (await requestLog(key)).count === 1, 'the card never asked for its claim', {
        timeout: 5000,
        interval: 10,
      });
      el.remove();
      await sleep(500);
    });
    expect(events).to.equal(0);
    expect(errors).to.deep.equal([]);
    expect((await requestLog(key)).count).to.equal(1);
  });

  it('a ready card removed and re-added stays as it was, with no new request', async () => {
    const key = uniqueKey('ready-reconnect');
    const el = mounted({ 'claim-id': 'sample-minimal', endpoint: `/api/ok/${key}/{id}.json`, loading: 'eager' });
    const loads = loadsOf(el);
    await settled(el);
    el.remove();
    document.body.append(el);
    await el.updateComplete;
    await sleep(50);
    expect(el.state).to.equal('ready');
    expect(heading(el)).to.equal(minimal);
    expect(loads).to.have.length(1);
    expect((await requestLog(key)).count).to.equal(1);
  });

  it('a lazy widget removed before it came near, then re-added in view: loads once', async () => {
    const key = uniqueKey('lazy-reconnect');
    const far = box();
    far.style.marginTop = '10000px';
    const el = mounted({ 'claim-id': 'sample-minimal', endpoint: `/api/ok/${key}/{id}.json` }, far);
    await el.updateComplete;
    await frames();
    el.remove();
    expect((await requestLog(key)).count).to.equal(0);
    const near = box();
    document.body.prepend(near);
    near.append(el);
    await settled(el);
    expect(el.state).to.equal('ready');
    expect((await requestLog(key)).count).to.equal(1);
  });
});

describe('moves', () => {
  it('moved to another parent mid-load (insertBefore): ready, one request', async () => {
    const key = uniqueKey('move-loading');
    const [a, b] = [box(), box()];
    b.append(document.createElement('hr'));
    const el = mounted({ 'claim-id': 'sample-minimal', endpoint: `/api/slow/${key}/{id}.json?ms=300`, loading: 'eager' }, a);
    const loads = loadsOf(el);
    await el.updateComplete;
    await sleep(50);
    b.insertBefore(el, b.firstChild);
    await settled(el);
    expect(el.parentElement).to.equal(b);
    expect(heading(el)).to.equal(minimal);
    expect((await requestLog(key)).count).to.equal(1);
    await sleep(350);
    expect(loads).to.have.length(1);
  });

  it('moved when ready: same card, no request, no event', async () => {
    const key = uniqueKey('move-ready');
    const [a, b] = [box(), box()];
    const el = mounted({ 'claim-id': 'sample-minimal', endpoint: `/api/ok/${key}/{id}.json`, loading: 'eager' }, a);
    const loads = loadsOf(el);
    await settled(el);
    for (let i = 0; i < 10; i++) (i % 2 ? a : b).insertBefore(el, null);
    await el.updateComplete;
    expect(el.state).to.equal('ready');
    expect(heading(el)).to.equal(minimal);
    expect(loads).to.have.length(1);
    expect((await requestLog(key)).count).to.equal(1);
  });
});

describe('rapid changes', () => {
  const ids = ['sample-es', 'sample-minimal', '2a6e0c5cbc553fd2', 'sample-vitamin-d', 'sample-ar'];

  it('20 claim-id changes in a row: only the last is shown, one load event, requests <= distinct ids', async () => {
    const key = uniqueKey('rapid');
    const el = mounted({ endpoint: `/api/slow/${key}/{id}.json?ms=150`, loading: 'eager' }) as EvidenceClaim;
    const loads = loadsOf(el);
    for (let i = 0; i < 20; i++) {
      el.claimId = ids[i % ids.length];
      if (i % 2) await el.updateComplete; // some changes batched, some each in its own update
    }
    await settled(el);
    await sleep(400); // every earlier answer has landed by now
    const last = ids[19 % ids.length];
    expect(heading(el)).to.equal((await claimJson(last)).claim);
    expect(loads).to.deep.equal([last]);
    const { count } = await requestLog(key);
    expect(count).to.be.at.most(new Set(ids).size);
    console.log(`lifecycle: 20 claim-id changes -> ${count} requests`);
  });

  it('earlier answers landing after later ones are dropped', async () => {
    const key = uniqueKey('rapid-late');
    const el = mounted({ loading: 'eager' }) as EvidenceClaim;
    const loads = loadsOf(el);
    for (let i = 0; i < 20; i++) {
      // The earlier the request, the later its answer.
      el.endpoint = `/api/slow/${key}/{id}.json?ms=${(20 - i) * 30}`;
      el.claimId = ids[i % ids.length];
      await el.updateComplete;
    }
    await settled(el);
    await sleep(700);
    const last = ids[19 % ids.length];
    expect(heading(el)).to.equal((await claimJson(last)).claim);
    expect(loads).to.deep.equal([last]);
    // At most one request per change (each endpoint differs), never a repeat storm. Fewer is
    // fine: changes within one slice are read once (the controller reads its input a slice later).
    const { count } = await requestLog(key);
    expect(count).to.be.within(1, 20);
    console.log(`lifecycle: 20 endpoint and claim-id changes -> ${count} requests`);
  });
});

describe('defined late', () => {
  let n = 0;
  const late = () => `ec-late-${Date.now()}-${n++}`;

  it('the claim property set on an un-upgraded element in the page is used once the class is defined', async () => {
    const doc = await claimJson('sample-vitamin-d');
    const tag = late();
    const el = document.createElement(tag) as any;
    el.classList.add('lifecycle');
    el.claim = doc;
    document.body.append(el);
    customElements.define(tag, class extends EvidenceClaim {});
    expect(el).to.be.instanceOf(EvidenceClaim);
    await settled(el);
    expect(el.state).to.equal('ready');
    expect(heading(el)).to.equal(doc.claim);
    expect(el.claim).to.equal(doc);
  });

  it('the claim property and attributes set on a detached un-upgraded element, appended after define', async () => {
    const tag = late();
    const el = document.createElement(tag) as any;
    el.classList.add('lifecycle');
    el.claim = JSON.stringify(await claimJson('sample-minimal'));
    el.setAttribute('variant', 'compact');
    customElements.define(tag, class extends EvidenceClaim {});
    document.body.append(el);
    await settled(el);
    expect(heading(el)).to.equal(minimal);
    expect($(el, '[part="toggle"]')).to.exist;
  });

  it('claim-id set before define: fetched once defined', async () => {
    const key = uniqueKey('late-id');
    const tag = late();
    const el = document.createElement(tag) as any;
    el.classList.add('lifecycle');
    Object.assign(el, { claimId: 'sample-minimal', endpoint: `/api/ok/${key}/{id}.json`, loading: 'eager' });
    document.body.append(el);
    customElements.define(tag, class extends EvidenceClaim {});
    await settled(el);
    expect(heading(el)).to.equal(minimal);
    expect((await requestLog(key)).count).to.equal(1);
  });
});

describe('framework-style mounting', () => {
  for (const loading of ['eager', 'lazy']) {
    it(`append, remove, append in one task (${loading}): ready, one request`, async () => {
      const key = uniqueKey(`double-${loading}`);
      const el = document.createElement('evidence-claim');
      el.className = 'lifecycle';
      Object.entries({ 'claim-id': 'sample-minimal', endpoint: `/api/ok/${key}/{id}.json`, loading }).forEach(([k, v]) =>
        el.setAttribute(k, v),
      );
      const parent = box();
      document.body.prepend(parent);
      parent.append(el);
      el.remove();
      parent.append(el);
      await settled(el);
      expect(el.state).to.equal('ready');
      expect((await requestLog(key)).count).to.equal(1);
    });
  }

  it('500 create/remove cycles of lazy widgets: no request afterwards, nothing left observed, no errors', async function () {
    this.timeout(30000);
    const key = uniqueKey('churn');
    // What the IntersectionObserver still watches: a removed widget left in it is a leak.
    const watched = new Set<Element>();
    const proto = IntersectionObserver.prototype;
    const { observe, unobserve } = proto;
    proto.observe = function (target) {
      watched.add(target);
      return observe.call(this, target);
    };
    proto.unobserve = function (target) {
      watched.delete(target);
      return unobserve.call(this, target);
    };
    const spacer = box();
    spacer.style.height = '5000px';
    const area = box();
    try {
      const errors = await captureConsole('error', async () => {
        for (let i = 0; i < 500; i++) {
          const el = mounted({ 'claim-id': i % 2 ? 'sample-minimal' : 'sample-es', endpoint: `/api/ok/${key}/{id}.json` }, area);
          // Removed at once, after a microtask, or after its first render.
          if (i % 3 === 1) await Promise.resolve();
          if (i % 3 === 2) await el.updateComplete;
          el.remove();
        }
        area.scrollIntoView();
        await frames(3);
        window.scrollTo(0, 0);
        await frames(3);
        await sleep(200);
      });
      expect(errors).to.deep.equal([]);
      expect((await requestLog(key)).count).to.equal(0);
      const leftBehind = [...watched].filter((t) => t.localName === 'evidence-claim' && !t.isConnected);
      expect(leftBehind.length, 'removed widgets still observed').to.equal(0);
    } finally {
      Object.assign(proto, { observe, unobserve });
    }
  });
});

describe('parsed before its children', () => {
  it('a classic script in <head> defines the element before the parser reaches its JSON child', async () => {
    // The classic build is the one CMSs paste into <head>: the element is upgraded as soon as the
    // parser creates it, before its <script type="application/json"> child exists.
    const key = uniqueKey('parser');
    const frame = document.createElement('iframe');
    frame.className = 'lifecycle';
    frame.srcdoc = `<!doctype html><html><head><script src="/dist/evidence-claim.iife.js"></script></head><body>
      <evidence-claim id="inline"><script type="application/json">
        { "schemaVersion": 1, "id": "parsed", "claim": "Parsed with its child.", "summary": "S.", "verdict": { "leaning": "opposes" } }
      </script></evidence-claim>
      <evidence-claim id="fallback" claim-id="sample-minimal" endpoint="/api/ok/${key}/{id}.json" loading="eager"><p>Fallback.</p></evidence-claim>
    </body></html>`;
    const loaded = new Promise((r) => (frame.onload = r));
    document.body.append(frame);
    await loaded;
    const doc = frame.contentDocument!;
    const inline = doc.getElementById('inline') as EvidenceClaim;
    const start = performance.now();
    // No state yet is before the first render, which waits for its time slice (WebKit's load
    // event can come first).
    const pending = () => [null, 'loading'].includes(inline.getAttribute('state'));
    while (pending() && performance.now() - start < 5000) await sleep(20);
    expect(inline.getAttribute('state')).to.equal('ready');
    expect(textOf(inline.shadowRoot!.querySelector(CLAIM_HEADING))).to.equal('Parsed with its child.');
  });
});
