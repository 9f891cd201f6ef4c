// The element inside a React 19 app: React 19 sets a custom element's known properties as
// properties (so `claim` arrives as the object, not "[object Object]") and turns an `on…` prop
// into a listener for the event of that exact name.
import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import '../src/evidence-claim.js';
import type { EvidenceClaim } from '../src/evidence-claim.js';
import { $, captureConsole, claimJson, settled, textOf } from './helpers.js';

// React's CommonJS entry points read process.env.NODE_ENV, which a browser does not have;
// set it before React loads (hence the dynamic imports). Served through the CommonJS plugin,
// a CommonJS module's exports are its default export.
(globalThis as any).process ??= { env: { NODE_ENV: 'development' } };
(globalThis as any).IS_REACT_ACT_ENVIRONMENT = true;
const { createElement: h, act, createRef } = (await import('react')).default;
const { createRoot } = (await import('react-dom/client')).default;

describe('<evidence-claim> rendered by React 19', () => {
  let host: HTMLElement;
  let root: any;
  beforeEach(() => {
    host = document.createElement('div');
    document.body.append(host);
    root = createRoot(host);
  });
  afterEach(async () => {
    await act(async () => root.unmount());
    host.remove();
  });

  const render = (node: unknown) => act(async () => root.render(node));
  const heading = (el: Element) => textOf($(el, '[role="heading"]'));

  it('takes the claim object as a property and reports the load through an on… prop and a ref listener', async () => {
    const claim = await claimJson('sample-vitamin-d');
    const fromProp: CustomEvent[] = [];
    const fromRef: CustomEvent[] = [];
    const ref = (el: EvidenceClaim | null) => {
      if (!el) return;
      const listen = (e: Event) => fromRef.push(e as CustomEvent);
      el.addEventListener('evidence-claim-load', listen);
      return () => el.removeEventListener('evidence-claim-load', listen);
    };
    await render(h('evidence-claim', { claim, ref, 'onevidence-claim-load': (e: CustomEvent) => fromProp.push(e) }));
    const el = host.querySelector('evidence-claim')!;
    await settled(el);

    expect(el.state).to.equal('ready');
    expect(el.claim).to.equal(claim);
    expect(el.hasAttribute('claim'), 'the object was not written as an attribute').to.be.false;
    expect(heading(el)).to.equal(claim.claim);
    expect(textOf($(el, '[part="badge"]'))).to.equal('Evidence is mixed');
    await waitUntil(() => fromProp.length === 1 && fromRef.length === 1, 'evidence-claim-load not received');
    expect(fromProp[0].detail.id).to.equal('sample-vitamin-d');
    expect(fromRef[0].detail.claim).to.equal(claim.claim);
  });

  it('takes a new claim object on re-render, and reports the load again', async () => {
    const first = await claimJson('sample-minimal');
    const second = await claimJson('sample-vitamin-d');
    const ref = createRef<EvidenceClaim>();
    const loads: string[] = [];
    const onLoad = (e: CustomEvent) => loads.push(e.detail.id);
    await render(h('evidence-claim', { ref, claim: first, 'onevidence-claim-load': onLoad }));
    await settled(ref.current!);
    expect(heading(ref.current!)).to.equal(first.claim);

    await render(h('evidence-claim', { ref, claim: second, 'onevidence-claim-load': onLoad }));
    await settled(ref.current!);
    expect(heading(ref.current!)).to.equal(second.claim);
    await waitUntil(() => loads.length === 2);
    expect(loads).to.deep.equal(['sample-minimal', 'sample-vitamin-d']);
  });

  it('passes the other options as attributes: claim-id, endpoint, variant, heading-level', async () => {
    const ref = createRef<EvidenceClaim>();
    await render(
      h('evidence-claim', {
        ref,
        'claim-id': 'sample-vitamin-d',
        endpoint: '/api/ok/react/{id}.json',
        loading: 'eager',
        variant: 'compact',
        'heading-level': 2,
      }),
    );
    const el = ref.current!;
    expect(el.getAttribute('claim-id')).to.equal('sample-vitamin-d');
    await settled(el);
    expect(el.state).to.equal('ready');
    expect(el.variant).to.equal('compact');
    expect($(el, '[role="heading"]')!.getAttribute('aria-level')).to.equal('2');
    expect(textOf($(el, '[part="toggle"]'))).to.equal('Show the full evidence');
  });

  it('reports a broken claim through onevidence-claim-error, with its kind', async () => {
    const ref = createRef<EvidenceClaim>();
    const errors: CustomEvent[] = [];
    const claim = { schemaVersion: 1, id: 'x', claim: 'A claim.', summary: 'A summary.', verdict: { leaning: 'probably' } };
    const logged = await captureConsole('error', async () => {
      await render(h('evidence-claim', { ref, claim, 'onevidence-claim-error': (e: CustomEvent) => errors.push(e) }));
      await settled(ref.current!);
    });
    expect(logged.join('\n')).to.include('verdict.leaning');
    expect(ref.current!.state).to.equal('error');
    await waitUntil(() => errors.length === 1);
    expect(errors[0].detail.kind).to.equal('invalid');
    expect(errors[0].detail.message).to.include('verdict.leaning');
  });

  it('shows React children as fallback while loading, and the card once ready', async () => {
    const ref = createRef<EvidenceClaim>();
    await render(
      h(
        'evidence-claim',
        { ref, 'claim-id': 'sample-minimal', endpoint: '/api/slow/react-fallback/{id}.json?ms=400', loading: 'eager' },
        h('p', null, 'Not enough evidence: drinking eight glasses of water a day.'),
      ),
    );
    const el = ref.current!;
    await el.updateComplete; // the first render may wait for its time slice
    expect(el.state).to.equal('loading');
    const slot = $<HTMLSlotElement>(el, 'slot')!;
    expect(textOf(slot.assignedElements()[0])).to.equal('Not enough evidence: drinking eight glasses of water a day.');
    const loaded = oneEvent(el, 'evidence-claim-load');
    await loaded;
    await el.updateComplete;
    expect($(el, 'slot')).to.equal(null);
    expect(heading(el)).to.equal('Drinking eight glasses of water a day is necessary for good health.');
  });
});
