// The compact and badge variants, and the interface in every shipped language.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/evidence-claim.js';
import type { EvidenceClaim } from '../src/evidence-claim.js';
import { $, $$, claimJson, settled, textOf } from './helpers.js';
import { itWhere } from './engines.js';

describe('variant="compact"', () => {
  it('shows verdict, claim, scores, summary and one control that expands to the full card', async () => {
    const el = await fixture<EvidenceClaim>(
      html`<evidence-claim variant="compact" .claim=${await claimJson('sample-vitamin-d')}></evidence-claim>`,
    );
    await settled(el);
    expect(textOf($(el, '[part="badge"]'))).to.equal('Evidence is mixed');
    expect(textOf(el.shadowRoot)).to.include('Taking a daily vitamin D supplement');
    expect(textOf(el.shadowRoot)).to.include('daily vitamin D gives a small protective effect');
    // The scores sit with the verdict, so the closed card shows them too.
    expect(textOf($(el, '[part="scores"]'))).to.include('Evidence for 41 out of 100');
    expect($(el, '[part="disclaimer"]')).to.exist;
    // A native disclosure: it works before the script (prerendered cards) and tells its state.
    const toggle = $(el, '[part="toggle"]')!;
    expect(toggle.localName).to.equal('summary');
    const more = toggle.parentElement as HTMLDetailsElement;
    expect(more.open).to.be.false;
    expect(textOf(toggle)).to.equal('Show the full evidence');
    expect($(el, '[part="studies"]')!.checkVisibility()).to.be.false;
    toggle.focus();
    await sendKeys({ press: 'Enter' });
    expect(more.open).to.be.true;
    expect($$(el, '[part="studies"] > li')).to.have.length(3);
    await sendKeys({ press: 'Space' });
    expect(more.open).to.be.false;
  });
});

describe('variant="badge"', () => {
  it('reserves no card-sized box while it loads: it stays a line of the sentence', async () => {
    const p = await fixture<HTMLParagraphElement>(
      html`<p style="width:600px">Vitamin D and colds <evidence-claim variant="badge" claim-id="sample-vitamin-d" endpoint="/api/slow/badge-wait/{id}.json" loading="eager"></evidence-claim> keep coming up.</p>`,
    );
    const el = p.querySelector('evidence-claim')!;
    await new Promise((r) => setTimeout(r, 200));
    expect(el.getAttribute('state')).to.equal('loading');
    const line = parseFloat(getComputedStyle(p).lineHeight) || 24;
    expect(p.getBoundingClientRect().height).to.be.below(line * 2.5);
    expect(getComputedStyle(el).display).to.equal('inline');
  });

  it('is an inline pill that opens the card in a popover, by click and by keyboard', async () => {
    const p = await fixture(
      html`<p>Vitamin D and colds <evidence-claim variant="badge" .claim=${await claimJson('sample-vitamin-d')}></evidence-claim> keep coming up.</p>`,
    );
    const el = p.querySelector('evidence-claim')!;
    await settled(el);
    expect(getComputedStyle(el).display).to.equal('inline');
    const button = $<HTMLButtonElement>(el, '[part="badge-button"]')!;
    expect(textOf(button)).to.equal('Evidence is mixed');
    const popover = $(el, '[popover]')!;
    expect(popover.matches(':popover-open')).to.be.false;
    button.click();
    expect(popover.matches(':popover-open')).to.be.true;
    expect((button as any).popoverTargetElement).to.equal(popover);
    // The pill is described by the claim, and the popover is a dialog named by it.
    const claimHeading = el.shadowRoot!.getElementById(button.getAttribute('aria-describedby')!)!;
    expect(textOf(claimHeading)).to.include('Taking a daily vitamin D supplement');
    expect(popover.getAttribute('role')).to.equal('dialog');
    expect(popover.getAttribute('aria-labelledby')).to.equal(button.getAttribute('aria-describedby'));
    expect(textOf(popover)).to.include('What the research says');
    expect(textOf(popover.querySelector('[part="disclaimer"]'))).to.include('Not medical advice');
    await sendKeys({ press: 'Escape' });
    expect(popover.matches(':popover-open')).to.be.false;
    button.focus();
    await sendKeys({ press: 'Enter' });
    expect(popover.matches(':popover-open')).to.be.true;
    const close = [...popover.querySelectorAll('button')].find((b) => textOf(b) === 'Close')!;
    close.click();
    expect(popover.matches(':popover-open')).to.be.false;
  });
});

describe('languages', () => {
  it("follows the claim's language: Spanish words, plurals, numbers and dates", async () => {
    const el = await fixture<EvidenceClaim>(html`<evidence-claim .claim=${await claimJson('sample-es')}></evidence-claim>`);
    await settled(el);
    const text = textOf(el.shadowRoot);
    expect(textOf($(el, '[part="badge"]'))).to.equal('La evidencia lo respalda');
    expect(text).to.include('Evidencia a favor 58 de 100');
    expect(text).to.include('2 estudios a favor · 1 estudio en contra');
    expect(text).to.include('4810 participantes');
    expect(text).to.include('Actualizado 15 de septiembre de 2026');
    expect(text).to.include('No es consejo médico.');
    expect($(el, '[lang]')!.getAttribute('lang')).to.equal('es');
  });

  it('the lang property works like the attribute (frameworks set properties)', async () => {
    const el = await fixture<EvidenceClaim>(
      html`<evidence-claim .lang=${'de'} .claim=${await claimJson('sample-minimal')}></evidence-claim>`,
    );
    await settled(el);
    expect(textOf($(el, '[part="badge"]'))).to.equal('Noch zu wenige Belege');
  });

  it("the element's lang wins over the claim's language", async () => {
    const el = await fixture<EvidenceClaim>(
      html`<evidence-claim lang="fr" .claim=${await claimJson('sample-es')}></evidence-claim>`,
    );
    await settled(el);
    expect(textOf($(el, '[part="badge"]'))).to.equal('Les preuves vont dans ce sens');
    expect(textOf(el.shadowRoot)).to.include('2 études pour · 1 étude contre');
  });

  it("marks the claim's texts with the claim's language when the interface speaks another", async () => {
    const el = await fixture<EvidenceClaim>(
      html`<evidence-claim lang="fr" .claim=${await claimJson('sample-es')}></evidence-claim>`,
    );
    await settled(el);
    const heading = $(el, '[role="heading"][id]')!;
    expect(heading.lang).to.equal('es');
    expect($(el, '.note')!.lang).to.equal('es');
    const summary = $$(el, 'p').find((p) => textOf(p).includes('dormir poco se asocia'))!;
    expect(summary?.lang).to.equal('es');
    // The interface's own words inherit the interface's language.
    for (const h of $$(el, '[role="heading"]:not([id])')) expect(h.closest('[lang]')!.getAttribute('lang')).to.equal('fr');
    expect($(el, '.count')!.closest('[lang]')!.getAttribute('lang')).to.equal('fr');
    // Same language: nothing to mark.
    const same = await fixture<EvidenceClaim>(html`<evidence-claim .claim=${await claimJson('sample-es')}></evidence-claim>`);
    await settled(same);
    expect($(same, '[role="heading"][id]')!.hasAttribute('lang')).to.be.false;
  });

  itWhere('plaintextAlign', 'an Arabic claim on an English interface is marked lang="ar" and runs right to left', async () => {
    const wrapper = await fixture(
      html`<div style="width: 600px"><evidence-claim lang="en" .claim=${await claimJson('sample-ar')}></evidence-claim></div>`,
    );
    const el = wrapper.querySelector('evidence-claim')!;
    await settled(el);
    expect($(el, '.root')!.getAttribute('dir')).to.equal('ltr');
    const heading = $(el, '[role="heading"][id]')!;
    expect(heading.lang).to.equal('ar');
    // The text starts at the right edge of its line, as Arabic does.
    const range = document.createRange();
    range.selectNodeContents(heading);
    const text = range.getBoundingClientRect();
    const box = heading.getBoundingClientRect();
    expect(box.right - text.right).to.be.below(2);
  });

  it("falls back to the nearest ancestor's lang, then English", async () => {
    const minimal = await claimJson('sample-minimal');
    const de = await fixture(html`<div lang="de-AT"><evidence-claim .claim=${minimal}></evidence-claim></div>`);
    const el = de.querySelector('evidence-claim')!;
    await settled(el);
    expect(textOf($(el, '[part="badge"]'))).to.equal('Noch zu wenige Belege');
    const xx = await fixture(html`<div lang="tlh"><evidence-claim .claim=${minimal}></evidence-claim></div>`);
    const el2 = xx.querySelector('evidence-claim')!;
    await settled(el2);
    expect(textOf($(el2, '[part="badge"]'))).to.equal('Not enough evidence yet');
  });

  it('Portuguese', async () => {
    const el = await fixture<EvidenceClaim>(
      html`<evidence-claim lang="pt-BR" .claim=${await claimJson('sample-minimal')}></evidence-claim>`,
    );
    await settled(el);
    expect(textOf($(el, '[part="badge"]'))).to.equal('Ainda não há evidências suficientes');
    expect(textOf($(el, '[part="disclaimer"]'))).to.include('Não é aconselhamento médico.');
  });

  it('Arabic: right to left, mirrored, with Arabic plurals', async () => {
    const el = await fixture<EvidenceClaim>(html`<evidence-claim .claim=${await claimJson('sample-ar')}></evidence-claim>`);
    await settled(el);
    const root = $(el, '[dir]')!;
    expect(root.getAttribute('dir')).to.equal('rtl');
    expect(root.getAttribute('lang')).to.equal('ar');
    expect(textOf($(el, '[part="badge"]'))).to.equal('الأدلة تؤيد ذلك');
    expect(textOf(el.shadowRoot)).to.include('دراسة مؤيدة واحدة · دراسة معارضة واحدة');
    // One digit system in every engine, the one the years and "/100" are written in.
    expect(textOf($(el, '[part="scores"]'))).to.include('72 من 100');
    expect(textOf(el.shadowRoot)).to.include('12,000');
    const study = getComputedStyle($(el, '[part="studies"] > li')!);
    // The stance stripe sits at the start of the line: the right, in a right-to-left card.
    expect(study.borderRightWidth).to.equal('4px');
    expect(study.borderLeftWidth).to.equal('1px');
    await expect(el).to.be.accessible();
  });
});
