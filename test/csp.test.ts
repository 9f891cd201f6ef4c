// The built script under the strictest policy a publisher is likely to send (README, "Security
// and Content-Security-Policy"): no inline script or style, connections to the page's origin only.
// Pages in test/csp/ are served with that header by test/server.mjs; each reports from inside.
import { expect } from '@open-wc/testing';

const POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'";

interface Report {
  defined: boolean;
  cards: { id: string; state: string; badge: string | null; heading: string | null; styled: boolean }[];
  violations: { directive: string; blocked: string; source: string; sample: string }[];
}

/** Opens a test/csp page in an iframe and waits for its probe's report. */
async function open(page: string): Promise<Report> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width:800px;height:600px';
  const report = new Promise<Report>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no report from ${page}`)), 15000);
    window.addEventListener('message', function onMessage(e) {
      // By the page it names: WebKit's event.source is not always the frame's contentWindow.
      if (e.origin !== location.origin || e.data?.type !== 'csp-report' || e.data.page !== page) return;
      window.removeEventListener('message', onMessage);
      clearTimeout(timer);
      resolve(e.data);
    });
  });
  frame.src = page;
  document.body.append(frame);
  try {
    return await report;
  } finally {
    frame.remove();
  }
}

it('serves the test pages with the strict policy', async () => {
  for (const page of ['cards', 'cards-iife']) {
    const res = await fetch(`/csp/${page}.html`);
    expect(res.headers.get('content-security-policy')).to.equal(POLICY);
  }
  console.log(`csp: ${POLICY}`);
});

it('the probe hears violations (control: eval is refused)', async () => {
  const report = await open('/csp/cards.html?control');
  expect(report.violations.map((v) => v.blocked)).to.include('eval');
});

for (const [page, build] of [
  ['cards', 'ES module build with its language chunks'],
  ['cards-iife', 'classic script build'],
]) {
  it(`${build}: by claim-id, Spanish and inline cards all ready, zero violations`, async () => {
    const report = await open(`/csp/${page}.html`);
    expect(report.violations).to.deep.equal([]);
    expect(report.defined).to.be.true;
    const byId = Object.fromEntries(report.cards.map((c) => [c.id, c]));
    expect(Object.keys(byId)).to.deep.equal(['by-id', 'spanish', 'inline']);
    for (const card of report.cards) {
      expect(card.state, card.id).to.equal('ready');
      expect(card.styled, `${card.id} styled`).to.be.true;
    }
    expect(byId['by-id'].badge).to.equal('Evidence is mixed');
    // The Spanish interface words came from the language pack (a same-origin chunk for the module build).
    expect(byId.spanish.badge).to.equal('La evidencia lo respalda');
    expect(byId.spanish.heading).to.equal('Dormir menos de seis horas por noche aumenta la presión arterial en adultos.');
    expect(byId.inline.badge).to.equal('Evidence goes against this');
  });
}
