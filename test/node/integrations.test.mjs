// The WordPress plugin as `npm run build` leaves it, and the Hugo shortcode's copy of the
// English defaults. (Both are driven in the real CMSs by `npm run test:cms`.)
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { DEFAULT_DISCLAIMER, FULL_ANALYSIS, LEANING_LABELS } from '../../cli/lib/defaults.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const plugin = join(root, 'dist/wordpress/evidence-claim');
/** The names in a zip's central directory (no unzip tool needed). */
function zipNames(buf) {
  const end = buf.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = buf.readUInt16LE(end + 10);
  let at = buf.readUInt32LE(end + 16);
  const names = [];
  for (let i = 0; i < count; i++) {
    assert.equal(buf.readUInt32LE(at), 0x02014b50, 'a central directory entry');
    const len = buf.readUInt16LE(at + 28);
    names.push(buf.toString('utf8', at + 46, at + 46 + len));
    at += 46 + len + buf.readUInt16LE(at + 30) + buf.readUInt16LE(at + 32);
  }
  return names;
}

const files = (dir) =>
  readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? files(join(dir, n)) : [join(dir, n)]));

test('the plugin is built with its own script, generated strings and a zip of the same files', () => {
  for (const f of ['evidence-claim.php', 'assets/evidence-claim.js', 'block/block.json', 'includes/strings.php'])
    assert.ok(existsSync(join(plugin, f)), f);
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  assert.match(
    readFileSync(join(plugin, 'evidence-claim.php'), 'utf8'),
    new RegExp(`Version:\\s+${version.replace(/\./g, '\\.')}\\n`),
  );
  const strings = readFileSync(join(plugin, 'includes/strings.php'), 'utf8');
  for (const text of [DEFAULT_DISCLAIMER, FULL_ANALYSIS, ...Object.values(LEANING_LABELS)])
    assert.ok(strings.includes(`'${text}'`), text);
  const zip = zipNames(readFileSync(join(root, 'dist/wordpress/evidence-claim.zip'))).sort();
  assert.deepEqual(
    zip,
    files(plugin)
      .map((f) => `evidence-claim/${f.slice(plugin.length + 1)}`)
      .sort(),
  );
});

test(
  'every PHP file of the plugin passes php -l',
  { skip: spawnSync('php', ['-v']).status !== 0 && 'php is not installed here (npm run test:cms installs it and lints again)' },
  () => {
    for (const f of files(plugin).filter((f) => f.endsWith('.php'))) {
      const r = spawnSync('php', ['-l', f], { encoding: 'utf8' });
      assert.equal(r.status, 0, `${f}: ${r.stdout}${r.stderr}`);
    }
  },
);

test('the Hugo shortcode says what the widget says', () => {
  const shortcode = readFileSync(join(root, 'integrations/hugo/layouts/shortcodes/evidence-claim.html'), 'utf8');
  for (const [leaning, label] of Object.entries(LEANING_LABELS)) assert.ok(shortcode.includes(`"${leaning}" "${label}"`), label);
  assert.ok(shortcode.includes(`"${DEFAULT_DISCLAIMER}"`));
  assert.ok(shortcode.includes(`"${FULL_ANALYSIS}"`));
});
