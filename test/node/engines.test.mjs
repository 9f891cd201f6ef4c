// Which engines a test run uses (scripts/engines.mjs), run as the test runner's config runs it: in
// a child process, with an engine made missing, and the run's message and exit code checked.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const engines = fileURLToPath(new URL('../../scripts/engines.mjs', import.meta.url));

/** browsersForRun() in a child, with `missing` engines not found; its output and exit code. */
function run(env, missing = []) {
  const script = `
    const { ENGINES, browsersForRun } = await import(${JSON.stringify(engines)});
    for (const name of ${JSON.stringify(missing)}) ENGINES[name].find = () => undefined;
    for (const e of Object.values(ENGINES)) e.launcher = () => ({});
    console.log('RUN ' + browsersForRun().map((b) => b.engine).join(','));
    process.exit(0);`;
  const child = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
    env: { PATH: process.env.PATH, DISPLAY: ':0', ...env },
    encoding: 'utf8',
  });
  return { code: child.status, out: child.stdout, err: child.stderr };
}

const installed = (name) => {
  const { out } = run({ BROWSERS: name });
  return out.includes(`RUN ${name}`);
};

test('BROWSERS narrows the run to the engines it names', { skip: !installed('chromium') && 'Chromium is not installed' }, () => {
  const { code, out } = run({ BROWSERS: 'chromium' });
  assert.equal(code, 0);
  assert.match(out, /^RUN chromium$/m);
});

test('an unknown engine name is refused, with the known ones', () => {
  const { code, err } = run({ BROWSERS: 'chromium,netscape' });
  assert.equal(code, 1);
  assert.match(err, /unknown engine\(s\): netscape\. Known: chromium, firefox, webkit/);
});

test(
  'a missing engine is named with how to install it, and the others still run',
  { skip: !installed('chromium') && 'Chromium is not installed' },
  () => {
    const { code, out, err } = run({ BROWSERS: 'chromium,firefox' }, ['firefox']);
    assert.equal(code, 0);
    assert.match(err, /Browser engine missing: Firefox is not installed\. Install it with: apt-get install -y firefox-esr/);
    assert.match(err, /Running in Chromium only\./);
    assert.match(out, /^RUN chromium$/m);
  },
);

test('under CI=true a missing engine fails the run', { skip: !installed('chromium') && 'Chromium is not installed' }, () => {
  const { code, out, err } = run({ BROWSERS: 'chromium,firefox', CI: 'true' }, ['firefox']);
  assert.equal(code, 1);
  assert.match(err, /Firefox is not installed/);
  assert.match(err, /CI=true: every engine must run/);
  assert.doesNotMatch(out, /RUN/);
});

test('with no engine at all, the run stops and says so', () => {
  const { code, err } = run({}, ['chromium', 'firefox', 'webkit']);
  assert.equal(code, 1);
  assert.match(err, /No browser engine to run the tests in/);
});
