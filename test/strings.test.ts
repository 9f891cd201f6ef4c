// Every shipped language has every interface string: a missing line in a pack would shift all
// the words after it. Read through the same path the card uses.
import { expect } from '@open-wc/testing';
import { stringsFor, plural } from '../src/strings.js';

const LANGS = ['en', 'es', 'fr', 'de', 'pt', 'ar'];

for (const lang of LANGS) {
  it(`${lang}: every string is present, one per key, none empty`, async () => {
    const s = await stringsFor(lang);
    const english = (await stringsFor('en')) as Record<string, string>;
    const keys = Object.keys(english);
    expect(Object.keys(s)).to.deep.equal(keys);
    for (const key of keys)
      expect((s as Record<string, string>)[key], `${lang}.${key}`)
        .to.be.a('string')
        .and.not.equal('');
    // Plural strings keep their `category:form` shape, with an `other` form.
    for (const key of ['nSupport', 'nOppose', 'people']) expect((s as Record<string, string>)[key]).to.match(/(^|\|)other:/);
  });
}

it('writes plurals and numbers per language', async () => {
  const en = await stringsFor('en');
  const ar = await stringsFor('ar');
  expect(plural('en', en.people, 1)).to.equal('1 participant');
  expect(plural('en', en.people, 48488)).to.equal('48,488 participants');
  expect(plural('ar', ar.nSupport, 2)).to.equal('دراستان مؤيدتان');
  expect(plural('de', (await stringsFor('de')).people, 12000)).to.equal('12.000 Teilnehmende');
});
