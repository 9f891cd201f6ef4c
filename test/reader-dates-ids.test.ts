// Two mistakes from hand-written claims (issue 10), as a reader now sees them: a document with
// only `datePublished` says "Published", not "Updated", in every language; a DOI or PMID pasted
// as its link (or as `doi:`) is linked, not dropped.
import { expect, fixture, html } from '@open-wc/testing';
import '../src/evidence-claim.js';
import type { EvidenceClaim } from '../src/evidence-claim.js';
import { $$, settled, textOf } from './helpers.js';

const base = { schemaVersion: 1, id: 'dates', claim: 'A claim.', summary: 'A summary.', verdict: { leaning: 'supports' } };
const card = async (doc: object, lang = 'en') =>
  settled(await fixture<EvidenceClaim>(html`<evidence-claim lang=${lang} .claim=${doc}></evidence-claim>`));
const footer = (el: EvidenceClaim) => textOf($$(el, 'time')[0]?.parentElement);

describe('the date in the card', () => {
  const words: Record<string, [string, string, string]> = {
    en: ['Published', 'Updated', 'March 2, 2026'],
    es: ['Publicado', 'Actualizado', '2 de marzo de 2026'],
    fr: ['Publié', 'Mis à jour', '2 mars 2026'],
    de: ['Veröffentlicht', 'Aktualisiert', '2. März 2026'],
    pt: ['Publicado', 'Atualizado', '2 de março de 2026'],
    ar: ['تاريخ النشر', 'آخر تحديث', ''],
  };
  for (const [lang, [published, updated, day]] of Object.entries(words)) {
    it(`${lang}: "${published}" for datePublished alone, "${updated}" once dateModified is there`, async () => {
      const first = await card({ ...base, datePublished: '2026-03-02' }, lang);
      expect(footer(first)).to.include(published);
      expect(footer(first)).not.to.include(updated);
      expect(footer(first)).to.include(day);
      expect($$(first, 'time')[0].getAttribute('datetime')).to.equal('2026-03-02');

      const changed = await card({ ...base, datePublished: '2026-01-10', dateModified: '2026-03-02' }, lang);
      expect(footer(changed)).to.include(updated);
      expect(footer(changed)).not.to.include(published);
      expect($$(changed, 'time')[0].getAttribute('datetime')).to.equal('2026-03-02');
    });
  }
});

describe('study identifiers pasted as links', () => {
  it('links a DOI given as its doi.org link or as doi:, and a PMID given as its PubMed link', async () => {
    const el = await card({
      ...base,
      studies: [
        {
          id: 'a',
          stance: 'opposes',
          title: 'A',
          doi: 'https://doi.org/10.1000/xyz.1',
          pmid: 'https://pubmed.ncbi.nlm.nih.gov/31234567/',
        },
        { id: 'b', stance: 'supports', title: 'B', doi: 'doi:10.1000/abc' },
      ],
    });
    const links = $$<HTMLAnchorElement>(el, '[part="studies"] a').map((a) => [textOf(a), a.href]);
    expect(links).to.deep.equal([
      ['DOI 10.1000/xyz.1', 'https://doi.org/10.1000/xyz.1'],
      ['PubMed 31234567', 'https://pubmed.ncbi.nlm.nih.gov/31234567/'],
      ['DOI 10.1000/abc', 'https://doi.org/10.1000/abc'],
    ]);
    // The opposing study is there, and counted.
    expect(textOf(el.shadowRoot)).to.include('1 opposing study');
  });
});
