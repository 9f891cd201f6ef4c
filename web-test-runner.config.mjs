// Tests run in real headless Chromium (never jsdom), on the TypeScript sources through esbuild.
// test/server.mjs serves claim documents and every kind of failing answer on the test server.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { fromRollup } from '@web/dev-server-rollup';
import commonjs from '@rollup/plugin-commonjs';
import { chromeLauncher } from '@web/test-runner-chrome';
import { findChrome, CHROME_ARGS } from './scripts/chrome.mjs';
import { claimServer } from './test/server.mjs';
import { define } from './scripts/build-env.mjs';

let executablePath;
try {
  executablePath = findChrome();
} catch (e) {
  console.error(`\n${e.message}\n`);
  process.exit(1);
}

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['production'] },
  plugins: [
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json', define }),
    // React ships CommonJS only; test/react.test.ts renders the element from React. Files are
    // converted one by one here, so a require() returns the module's default export, and the
    // production builds are left as untaken require()s: only the development builds load.
    fromRollup(commonjs)({
      include: ['**/node_modules/react/**', '**/node_modules/react-dom/**', '**/node_modules/scheduler/**'],
      strictRequires: false,
      requireReturnsDefault: true,
      ignore: (id) => /\.production(\.min)?\.js$/.test(id),
    }),
  ],
  middleware: [claimServer],
  browsers: [chromeLauncher({ launchOptions: { executablePath, headless: true, args: CHROME_ARGS } })],
  // One page at a time: keyboard and focus tests need the page to be the focused one.
  concurrency: 1,
  testFramework: { config: { timeout: 20000 } },
  coverage: true,
  coverageConfig: {
    include: ['src/**/*.ts'],
    threshold: { statements: 90, branches: 80, functions: 85, lines: 90 },
  },
};
