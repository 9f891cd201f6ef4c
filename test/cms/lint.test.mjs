// php -l on every PHP file of the built plugin, where PHP is sure to be installed.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { ROOT } from './fixtures.mjs';

const files = (dir) =>
  readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? files(join(dir, n)) : [join(dir, n)]));

test('php -l passes on every PHP file of the plugin', () => {
  const php = files(join(ROOT, 'dist/wordpress/evidence-claim')).filter((f) => f.endsWith('.php'));
  assert.ok(php.length >= 10, `${php.length} PHP files`);
  for (const f of php) {
    const r = spawnSync('php', ['-l', f], { encoding: 'utf8' });
    assert.equal(r.status, 0, `${f}: ${r.stdout}${r.stderr}`);
  }
});
