// custom-elements.json (written by `cem analyze` in `npm run build`) must describe the element
// as its source defines it: nothing missing, nothing invented. The element needs a DOM, so the
// source is read as text: the `static override properties` block and the class JSDoc.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const read = (p) => readFileSync(fileURLToPath(new URL(`../../${p}`, import.meta.url)), 'utf8');
const source = read('src/evidence-claim-element.ts');
const manifest = JSON.parse(read('custom-elements.json'));

const element = manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.customElement);
const sorted = (list) => [...list].sort();

/**
 * The attributes Lit observes, from the properties block: one `name: { options }` per line.
 * `attribute: false` and `state: true` have none; `attribute: 'x'` names it; else Lit uses the
 * property name lowercased.
 */
function sourceAttributes() {
  const block = /static override properties = \{\n([\s\S]*?)\n\s*\};/.exec(source)[1];
  return block
    .split('\n')
    .map((line) => /^\s*(\w+): \{(.*)\},?$/.exec(line))
    .filter(Boolean)
    .filter(([, , opts]) => !/attribute: false|state: true/.test(opts))
    .map(([, name, opts]) => /attribute: '([^']+)'/.exec(opts)?.[1] ?? name.toLowerCase());
}

/** Names after a JSDoc tag in the class comment: `@fires name - …`. */
const tagged = (tag) => [...source.matchAll(new RegExp(`^ \\* @${tag} (\\S+)`, 'gm'))].map((m) => m[1]);

test('the manifest defines <evidence-claim> with the element class', () => {
  assert.equal(element?.tagName, 'evidence-claim');
  assert.equal(element.name, 'EvidenceClaim');
  const definition = manifest.modules.flatMap((m) => m.exports ?? []).find((e) => e.kind === 'custom-element-definition');
  assert.deepEqual(definition, {
    kind: 'custom-element-definition',
    name: 'evidence-claim',
    declaration: { name: 'EvidenceClaim', module: 'src/evidence-claim-element.ts' },
  });
});

test('lists exactly the attributes of the properties block', () => {
  const attributes = sourceAttributes();
  // A guard on the regex itself: these are the attributes the README documents.
  for (const a of ['claim-id', 'endpoint', 'loading', 'timeout', 'theme', 'variant', 'heading-level', 'lang']) {
    assert.ok(attributes.includes(a), a);
  }
  assert.deepEqual(sorted(element.attributes.map((a) => a.name)), sorted(attributes));
});

test('lists exactly the events, CSS parts and CSS custom properties of the JSDoc', () => {
  assert.deepEqual(sorted(element.events.map((e) => e.name)), sorted(tagged('fires')));
  assert.deepEqual(sorted(element.cssParts.map((p) => p.name)), sorted(tagged('csspart')));
  assert.deepEqual(sorted(element.cssProperties.map((p) => p.name)), sorted(tagged('cssproperty')));
  assert.deepEqual(sorted(tagged('fires')), ['evidence-claim-error', 'evidence-claim-load']);
  assert.ok(tagged('cssproperty').length >= 10 && tagged('csspart').length >= 5);
});

test('every event and CSS part in the JSDoc is one the element really uses', () => {
  const code = [source, read('src/render.ts')].join('\n');
  for (const e of tagged('fires')) assert.ok(code.includes(`'${e}'`), `${e} is never dispatched`);
  for (const p of tagged('csspart')) assert.match(code, new RegExp(`part="${p}"`), `part ${p} is never rendered`);
  const styles = read('src/styles.ts');
  for (const p of tagged('cssproperty')) assert.ok(styles.includes(`var(${p}`), `${p} is never read`);
});

test('keeps private members and internal state out of the public API', () => {
  const names = element.members.map((m) => m.name);
  assert.ok(names.includes('claim') && names.includes('validatedClaim'));
  assert.deepEqual(
    names.filter((n) => n.startsWith('_')),
    [],
  );
});
