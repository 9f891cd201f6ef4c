// Runs inside a page served under the strict CSP (test/server.mjs): records every policy
// violation, and once the cards settle reports them and the cards to the parent test page.
// A classic script listed first in <head>, so it hears violations from the very start.
const violations = [];
document.addEventListener('securitypolicyviolation', (e) => {
  violations.push({ directive: e.effectiveDirective, blocked: e.blockedURI, source: e.sourceFile, sample: e.sample });
});

if (location.search.includes('control')) {
  // Proof that the listener hears violations: script-src 'self' forbids eval. (WebKit refuses
  // `new Function` and indirect eval without firing the event; it fires it for a string timer.)
  try {
    new Function('return 1')();
  } catch {
    // expected
  }
  try {
    setTimeout('1');
  } catch {
    // expected
  }
}

const text = (node) => (node ? node.textContent.replace(/\s+/g, ' ').trim() : null);
const start = Date.now();
function poll() {
  const cards = [...document.querySelectorAll('evidence-claim')].map((el) => ({
    id: el.id,
    state: el.getAttribute('state'),
    badge: text(el.shadowRoot?.querySelector('[part="badge"]')),
    heading: text(el.shadowRoot?.querySelector('[role="heading"]')),
    // The card's own stylesheet applied (constructable stylesheets under style-src 'self').
    // (A card may have its shadow root before its first render: WebKit lets the probe see that.)
    styled: el.shadowRoot?.querySelector('div')
      ? getComputedStyle(el.shadowRoot.querySelector('div')).overflowWrap === 'anywhere'
      : false,
  }));
  const settled = cards.length > 0 && cards.every((c) => c.state === 'ready' || c.state === 'error');
  if (settled || Date.now() - start > 10000) {
    // A moment more for violations that trail the last render.
    setTimeout(
      () =>
        parent.postMessage(
          {
            type: 'csp-report',
            page: location.pathname + location.search,
            defined: !!customElements.get('evidence-claim'),
            cards,
            violations,
          },
          location.origin,
        ),
      300,
    );
  } else {
    setTimeout(poll, 50);
  }
}
poll();
