// The badge on a phone: the popover at 320 x 640, with more content than the screen holds.
// Its Close control must stay on screen while the content scrolls, and it closes by the
// control, by Escape and by a tap outside.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import '../src/evidence-claim.js';
import type { EvidenceClaim } from '../src/evidence-claim.js';
import { $, claimJson, settled, textOf } from './helpers.js';
import { can, itWhere } from './engines.js';

let el: EvidenceClaim;
let pill: HTMLButtonElement;
let popover: HTMLElement;

before(async () => {
  if (can('viewport')) await setViewport({ width: 320, height: 640 });
});
after(async () => {
  if (can('viewport')) await setViewport({ width: 800, height: 600 });
});
beforeEach(async () => {
  const p = await fixture(
    html`<p>Vitamin D and colds <evidence-claim variant="badge" .claim=${await claimJson('sample-many')}></evidence-claim> keep coming up.</p>`,
  );
  el = await settled(p.querySelector('evidence-claim')!);
  pill = $<HTMLButtonElement>(el, '[part="badge-button"]')!;
  popover = $(el, '[popover]')!;
});

const close = () => [...popover.querySelectorAll('button')].find((b) => textOf(b) === 'Close')!;

/** Whether a reader can see and tap the control: inside the viewport, and on top at its centre. */
function tappable(button: HTMLElement) {
  const r = button.getBoundingClientRect();
  const inView = r.top >= 0 && r.left >= 0 && r.bottom <= innerHeight && r.right <= innerWidth && r.height > 0;
  const onTop = el.shadowRoot!.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
  return inView && (onTop === button || button.contains(onTop));
}

describe('the badge popover at 320 x 640', () => {
  itWhere('viewport', 'keeps Close in view while its content scrolls, top to bottom', async () => {
    pill.click();
    expect(popover.matches(':popover-open')).to.be.true;
    expect(popover.scrollHeight).to.be.greaterThan(popover.clientHeight * 2);
    for (const at of [0, 0.5, 1]) {
      popover.scrollTop = (popover.scrollHeight - popover.clientHeight) * at;
      await new Promise((r) => requestAnimationFrame(r));
      expect(tappable(close()), `scrolled to ${at * 100} %`).to.be.true;
    }
    // Opening all studies makes it longer still: Close stays.
    [...popover.querySelectorAll('summary')].find((b) => textOf(b).startsWith('Show all'))!.click();
    popover.scrollTop = popover.scrollHeight;
    await new Promise((r) => requestAnimationFrame(r));
    expect(tappable(close())).to.be.true;
    close().click();
    expect(popover.matches(':popover-open')).to.be.false;
  });

  it('closes by Escape', async () => {
    pill.focus();
    await sendKeys({ press: 'Enter' });
    expect(popover.matches(':popover-open')).to.be.true;
    await sendKeys({ press: 'Escape' });
    expect(popover.matches(':popover-open')).to.be.false;
  });

  itWhere('viewport', 'closes by a tap outside it, and not by a tap inside', async () => {
    pill.click();
    const box = popover.getBoundingClientRect();
    expect(box.left).to.be.greaterThan(4);
    await sendMouse({ type: 'click', position: [Math.round(box.left + 40), Math.round(box.top + 120)] });
    expect(popover.matches(':popover-open')).to.be.true;
    await sendMouse({ type: 'click', position: [2, 600] });
    expect(popover.matches(':popover-open')).to.be.false;
  });
});
