// Builds the embed for pages (the one script tag, minified, Lit inside, in production mode), a
// classic-script copy for CMSs that only take classic scripts, the package's own modules for
// bundlers (unbundled, importing `lit` by name), and the toolkit (validator, strings) as a plain
// module for the CLI and the builder. Source maps sit beside each file.
import typescript from '@rollup/plugin-typescript';
import resolve from '@rollup/plugin-node-resolve';
import { rmSync } from 'node:fs';
import terser from '@rollup/plugin-terser';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';
import replace from '@rollup/plugin-replace';
import { define } from './scripts/build-env.mjs';

const plugins = (declarations, outDir = 'dist') => [
  // Build-time facts (the version) from their one source, package.json.
  replace({ preventAssignment: true, values: define }),
  // `production` drops Lit's dev-mode checks and warnings.
  resolve({ exportConditions: ['production'] }),
  typescript({
    tsconfig: './tsconfig.json',
    declaration: declarations,
    declarationDir: declarations ? outDir : undefined,
    outDir,
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

/** The modules of the card chunk: what drawing a card needs and a kept prerendered card does not (src/card.ts). */
const CARD = /[\\/](src[\\/](card|render|styles|validate|strings|format)\.ts|lit[\\/]directives[\\/]if-defined\.js)$/;

export default [
  {
    // For pages: dist/evidence-claim.js, the tag's file, asks for two chunks side by side (src/embed.ts):
    // the element with Lit, and the card's code. Language packs are chunks of their own,
    // fetched only by pages that show that language. No chunk imports the entry.
    input: 'src/embed.ts',
    output: {
      dir: 'dist',
      entryFileNames: 'evidence-claim.js',
      chunkFileNames: (chunk) => (chunk.name.startsWith('evidence-claim-') ? `${chunk.name}.js` : `i18n/${chunk.name}.js`),
      manualChunks: (id) =>
        /[\\/]src[\\/](i18n[\\/]|embed\.ts)/.test(id)
          ? undefined
          : CARD.test(id)
            ? 'evidence-claim-card'
            : 'evidence-claim-element',
      format: 'es',
      sourcemap: true,
      plugins: [minify(true)],
    },
    plugins: plugins(false),
  },
  {
    // For bundlers: the package's main and `./element` exports, one file per module, importing
    // `lit` by its bare name, so an app shares its own Lit. The app's bundler minifies.
    input: ['src/evidence-claim.ts', 'src/evidence-claim-element.ts'],
    external: (id) => /^(lit|@lit\/reactive-element|lit-html|lit-element)(\/|$)/.test(id),
    output: { dir: 'dist/lib', format: 'es', preserveModules: true, preserveModulesRoot: 'src', sourcemap: true },
    plugins: plugins(true, 'dist/lib'),
  },
  {
    // The classic script defines the element at once and carries everything inline (a classic
    // script cannot import chunks), every language included. Its global is the module's exports.
    input: 'src/evidence-claim.ts',
    // terser's module mode would drop the IIFE's global; keep it off here.
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
    output: { file: 'dist/embed-frame.js', format: 'iife', sourcemap: true, plugins: [minify(false)] },
    plugins: plugins(false),
  },
  {
    // Its host side, inlined into each oEmbed response for consumers that keep scripts (Ghost).
    input: 'src/embed-host.ts',
    output: { file: 'dist/embed-host.js', format: 'iife', sourcemap: true, plugins: [minify(false)] },
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
