/** The package version from package.json, written in by the build (rollup.config.mjs) and by the test server (web-test-runner.config.mjs). */
declare const __VERSION__: string;
