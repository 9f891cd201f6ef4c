// Builds the embed: one self-contained, minified ES module with Lit inside (production mode),
// a classic-script copy for CMSs that only take classic scripts, and the toolkit (validator,
// strings) as a plain module for the CLI and the builder. Source maps sit beside each file.
import typescript from '@rollup/plugin-typescript';
import resolve from '@rollup/plugin-node-resolve';
import { rmSync } from 'node:fs';
import terser from '@rollup/plugin-terser';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';
import replace from '@rollup/plugin-replace';
import { define } from './scripts/build-env.mjs';

const plugins = (declarations) => [
  // Build-time facts (the version) from their one source, package.json.
  replace({ preventAssignment: true, values: define }),
  // `production` drops Lit's dev-mode checks and warnings.
  resolve({ exportConditions: ['production'] }),
  typescript({
    tsconfig: './tsconfig.json',
    declaration: declarations,
    declarationDir: declarations ? 'dist/types' : undefined,
    outDir: 'dist',
  }),
  // Collapses the whitespace inside html`` and css`` templates, which terser must keep. Lit
  // reads unquoted attributes and bindings alike. (Never sortAttributes: it would reorder
  // attributes away from the order of their bound values.)
  minifyHTML({ options: { minifyOptions: { removeAttributeQuotes: true } } }),
];

const minify = (module) =>
  terser({
    module,
    ecma: 2022,
    // keep_fargs: false drops unused parameters (nothing here reads a function's .length); it
    // lets terser inline Lit's JSCompiler_renameProperty shim away.
    compress: { passes: 4, keep_fargs: false, unsafe_arrows: true, unsafe_methods: true, pure_getters: true },
    // Our own private members start with `_` and a letter; Lit's internal `_$…` names are left
    // alone (other code that talks to Lit, such as its polyfill support, relies on them).
    mangle: { properties: { regex: /^_[a-zA-Z]/ } },
    format: { comments: false },
  });

/**
 * Lit's server DOM shim is TypeScript output whose helpers test `this` at module level, which
 * rollup rewrites to undefined, as it should: that warning says nothing about our code.
 */
const onwarn = (warning, warn) => {
  if (warning.code === 'THIS_IS_UNDEFINED' && /@lit-labs[\\/]ssr-dom-shim/.test(warning.id ?? '')) return;
  warn(warning);
};

// Start clean so no stale chunk or type file ships.
rmSync('dist', { recursive: true, force: true });

/**
 * A minified ES module with Lit inside. Language packs become dist/i18n/<lang>.js, fetched only
 * by pages that show that language (the same files for every entry). The templates and styles
 * become `<entry>-card.js`, loaded when a card is first drawn (a prerendered card never needs
 * them); shared code (Lit) stays in the entry, which that chunk imports back.
 */
const esModule = (input, entryFileNames, declarations) => ({
  input,
  preserveEntrySignatures: 'allow-extension',
  output: {
    dir: 'dist',
    entryFileNames,
    chunkFileNames: (chunk) => (chunk.name === 'render' ? entryFileNames.replace('.js', '-card.js') : `i18n/${chunk.name}.js`),
    format: 'es',
    sourcemap: true,
    plugins: [minify(true)],
  },
  plugins: plugins(declarations),
});

export default [
  esModule('src/evidence-claim.ts', 'evidence-claim.js', true),
  // `evidence-claim/element`: the class alone, registering nothing, for apps that pick the
  // tag name or registry.
  esModule('src/evidence-claim-element.ts', 'element.js', false),
  {
    input: 'src/evidence-claim.ts',
    // terser's module mode would drop the IIFE's global; keep it off here.
    // A classic script cannot import chunks: the IIFE carries every language inline.
    output: {
      file: 'dist/evidence-claim.iife.js',
      format: 'iife',
      name: 'EvidenceClaim',
      inlineDynamicImports: true,
      sourcemap: true,
      plugins: [minify(false)],
    },
    plugins: plugins(false),
  },
  {
    // The CLI's prerenderer (Node only): Lit's server renderer and the card's templates in one
    // module, so the published CLI needs no dependency beyond this package. Also the source of
    // dist/evidence-claim.css (scripts/css.mjs).
    input: 'src/prerender.ts',
    output: { file: 'dist/prerender.js', format: 'es', inlineDynamicImports: true },
    onwarn,
    external: (id) => id.startsWith('node:') || /^(stream|vm|fs|path|url|module|util|buffer)$/.test(id),
    plugins: [
      replace({ preventAssignment: true, values: define }),
      resolve({ exportConditions: ['node', 'production'], preferBuiltins: true }),
      typescript({ tsconfig: './tsconfig.json', declaration: false, sourceMap: false, outDir: 'dist' }),
      minifyHTML({ options: { minifyOptions: { removeAttributeQuotes: true } } }),
    ],
  },
  {
    // The same prerenderer for the browser: the embed builder's prerendered snippet (demo/).
    input: 'src/prerender.ts',
    output: { file: 'dist/prerender.browser.js', format: 'es', inlineDynamicImports: true, plugins: [minify(true)] },
    onwarn,
    plugins: [
      replace({ preventAssignment: true, values: define }),
      resolve({ browser: true, exportConditions: ['browser', 'production'] }),
      typescript({ tsconfig: './tsconfig.json', declaration: false, sourceMap: false, outDir: 'dist' }),
      minifyHTML({ options: { minifyOptions: { removeAttributeQuotes: true } } }),
    ],
  },
  {
    // The embed page's script (embed/<id>.html, what oEmbed frames show): a classic script, so
    // a sandboxed frame with an opaque origin loads it from the claims host without CORS.
    input: 'src/embed-frame.ts',
    output: { file: 'dist/embed-frame.js', format: 'iife', plugins: [minify(false)] },
    plugins: plugins(false),
  },
  {
    // Its host side, inlined into each oEmbed response for consumers that keep scripts (Ghost).
    input: 'src/embed-host.ts',
    output: { file: 'dist/embed-host.js', format: 'iife', plugins: [minify(false)] },
    plugins: plugins(false),
  },
  {
    // For the CLI and the builder page: the validator and every language's strings in one
    // readable (unminified) module.
    input: 'src/toolkit.ts',
    output: { file: 'dist/toolkit.js', format: 'es', sourcemap: true, inlineDynamicImports: true },
    plugins: plugins(false),
  },
];
