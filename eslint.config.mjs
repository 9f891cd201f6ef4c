// ESLint for the sources, tests, CLI and scripts: `npm run lint` (run by `npm test`), and
// `npm run lint -- --fix` to fix what can be fixed. Formatting is Prettier's (.prettierrc.json).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist/', 'coverage/', 'node_modules/', 'site/', 'cms-out/', '**/*.min.js'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      // `_` marks an unused parameter kept for its position.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  {
    files: ['src/**/*.ts', 'demo/**/*.js', 'test/**/*.ts', 'test/csp/*.js', 'integrations/wordpress/block/*.js'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['test/**/*.ts'],
    languageOptions: { globals: { ...globals.mocha } },
    rules: {
      // Tests poke at untyped globals and private state on purpose.
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
      // Chai's property assertions: expect(x).to.be.true.
      '@typescript-eslint/no-unused-expressions': 'off',
    },
  },
  {
    files: ['**/*.mjs', 'scripts/**/*.js'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // These drive a browser: the functions they pass to page.evaluate() run in the page.
    files: [
      'scripts/bench.mjs',
      'scripts/bench-site.mjs',
      'scripts/screenshot.mjs',
      'scripts/readme-screenshots.mjs',
      'scripts/engines.mjs',
      'scripts/engine-cameras.mjs',
      'test/cms/*.mjs',
    ],
    languageOptions: { globals: { ...globals.browser } },
  },
);
