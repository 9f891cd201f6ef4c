// `cem analyze` (run by `npm run build`) writes custom-elements.json: the element's public API
// (attributes, properties, events, slots, parts, CSS properties) for editors, Storybook and
// docs tools. The tag name comes from the class's @tagname (it registers itself in define()).

/**
 * Keeps the manifest to the public API. The analyzer lists private members, the Lit internal
 * state `_open` as if it were an attribute (it is not: `state: true`), and local variables of
 * methods as module declarations; none of these is part of the API.
 */
const publicOnly = {
  name: 'evidence-claim-public-only',
  packageLinkPhase({ customElementsManifest }) {
    for (const mod of customElementsManifest.modules) {
      const exported = new Set((mod.exports ?? []).map((e) => e.declaration.name));
      mod.declarations = (mod.declarations ?? []).filter((d) => exported.has(d.name));
      for (const d of mod.declarations) {
        const hidden = new Set((d.members ?? []).filter((m) => m.privacy === 'private').map((m) => m.name));
        if (d.members) d.members = d.members.filter((m) => !hidden.has(m.name));
        if (d.attributes) d.attributes = d.attributes.filter((a) => !hidden.has(a.fieldName));
      }
      // The analyzer writes the definition's module as the import specifier (`/src/….js`);
      // tools look modules up by their `path`.
      for (const e of mod.exports ?? []) {
        const m = /^\/?(src\/.+)\.js$/.exec(e.declaration.module ?? '');
        if (m) e.declaration.module = `${m[1]}.ts`;
      }
    }
    // The main entry registers the element through EvidenceClaim.define(), which the analyzer
    // cannot follow: record that definition, so tools know the tag is defined on import.
    const entry = customElementsManifest.modules.find((mod) => mod.path === 'src/evidence-claim.ts');
    const classes = customElementsManifest.modules.flatMap((mod) =>
      (mod.declarations ?? []).filter((d) => d.tagName).map((d) => ({ name: d.name, module: mod.path, tag: d.tagName })),
    );
    for (const { name, module, tag } of classes) {
      (entry.exports ??= []).push({ kind: 'custom-element-definition', name: tag, declaration: { name, module } });
    }
  },
};

export default {
  globs: ['src/evidence-claim-element.ts', 'src/evidence-claim.ts'],
  outdir: '.',
  litelement: true,
  // package.json already names the manifest; the tool must not rewrite it.
  packagejson: false,
  plugins: [publicOnly],
};
