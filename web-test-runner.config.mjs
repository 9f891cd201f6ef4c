// Tests run in real headless Chromium (never jsdom), on the TypeScript sources through esbuild.
// test/server.mjs serves claim documents and every kind of failing answer on the test server.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { findChrome, CHROME_ARGS } from './scripts/chrome.mjs';
import { claimServer } from './test/server.mjs';

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
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' })],
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
