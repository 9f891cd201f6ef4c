#!/usr/bin/env node
// `npm run lint`: ESLint, Prettier (formatting; .prettierrc.json) and lit-analyzer (strict: it
// type-checks the html`` templates, where the escaping guarantee lives). Any error fails.
// `npm run lint -- --fix` lets ESLint and Prettier fix what they can first.
import { spawnSync } from 'node:child_process';

const fix = process.argv.includes('--fix');
const steps = [
  ['eslint', fix ? ['.', '--fix'] : ['.']],
  ['prettier', [fix ? '--write' : '--check', '--log-level', 'warn', '.']],
  // Its settings (strict, the popover attributes it does not know yet, CSS left to the
  // browsers' own tests) are in tsconfig.json, where editors' ts-lit-plugin reads them too.
  ['lit-analyzer', ['src/**/*.ts', '--maxWarnings', '0']],
];
let failed = false;
for (const [tool, args] of steps) {
  const { status } = spawnSync('npx', ['--no-install', tool, ...args], { stdio: 'inherit' });
  if (status !== 0) {
    console.error(`lint: ${tool} failed`);
    failed = true;
  }
}
process.exit(failed ? 1 : 0);
