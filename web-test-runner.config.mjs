// Tests run in real browsers (never jsdom): Chromium, Firefox and WebKit, each where installed
// (scripts/engines.mjs; BROWSERS=chromium,firefox narrows a run), on the TypeScript sources
// through esbuild.
// test/server.mjs serves claim documents and every kind of failing answer on the test server.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { fromRollup } from '@web/dev-server-rollup';
import commonjs from '@rollup/plugin-commonjs';
import { defaultReporter } from '@web/test-runner';
import { browsersForRun, engineSummaryReporter } from './scripts/engines.mjs';
import { claimServer } from './test/server.mjs';
import { define } from './scripts/build-env.mjs';

const browsers = browsersForRun();
// Coverage is V8's, so Chromium's: the thresholds apply to runs that include it.
const coverage = browsers.some((b) => b.engine === 'chromium');

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
  browsers,
  // One page at a time: keyboard and focus tests need the page to be the focused one. One engine
  // at a time too: the timings tests stay honest on a small machine, and each engine's time is its own.
  concurrency: 1,
  concurrentBrowsers: 1,
  // Above the engines' own start tries (scripts/engines.mjs: three of 60 s each).
  browserStartTimeout: 200_000,
  reporters: [defaultReporter(), engineSummaryReporter()],
  testFramework: { config: { timeout: 20000 } },
  // A whole file's time. WebKit under Xvfb sometimes sits idle between tasks for a while (the CPU
  // stays free: its timers seem held back), and the longest file, test/security.test.ts (1,227
  // documents, 8-13 s as a rule), then once took over 120 s, the default.
  testsFinishTimeout: 300_000,
  coverage,
  coverageConfig: {
    include: ['src/**/*.ts'],
    threshold: { statements: 90, branches: 80, functions: 85, lines: 90 },
  },
};
