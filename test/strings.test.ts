// Every shipped language has every interface string: a missing line in a pack would shift all
// the words after it. Read through the same path the card uses.
import { expect } from '@open-wc/testing';
import { LANGUAGES, stringsFor } from '../src/strings.js';

for (const lang of LANGUAGES) {
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
