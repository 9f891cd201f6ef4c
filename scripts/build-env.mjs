// Facts the sources get at build time, from their one source: the package version is
// package.json's. Used by rollup.config.mjs and web-test-runner.config.mjs.
import { readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

/** Replacements for identifiers in the sources, as JavaScript expressions. */
export const define = { __VERSION__: JSON.stringify(pkg.version) };
