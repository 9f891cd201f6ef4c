#!/usr/bin/env node
// `npm run screenshots`: remakes docs/screenshots/*.png, the README's pictures, from the demo
// (build first: `npm run build`). Serves the repository on a free port while it shoots.
// `BROWSERS=chromium,firefox,webkit npm run screenshots` shoots each engine into its own folder.
import { mkdir } from 'node:fs/promises';
import { startDevServer } from '@web/dev-server';
import { openCamera } from './screenshot.mjs';

// [file, width, OS colour scheme, element to shoot, extra options]
const SHOTS = [
  ['card-light-700', 700, 'light', '#full'],
  ['card-dark-320', 320, 'dark', '#full'],
  ['card-phone', 320, 'light', '#full'],
  ['compact', 700, 'light', '#compact'],
  ['compact-phone', 320, 'light', '#compact'],
  ['badge', 700, 'light', '#badge-text'],
  // A phone's screen with the badge's popover open.
  ['badge-phone', 320, 'light', undefined, { height: 640, open: '#badge-text evidence-claim' }],
  ['many-studies', 700, 'light', '#many'],
  ['dark-site', 700, 'light', '#dark-site'],
  ['white-site-dark-os', 700, 'dark', '#white-site'],
  ['spanish-dark', 700, 'dark', '#es'],
  ['arabic', 700, 'light', '#ar'],
  ['newspaper', 700, 'light', '#newspaper'],
  ['tech', 700, 'light', '#tech'],
  ['errors', 700, 'light', '#errors'],
];

const server = await startDevServer({
  config: { rootDir: '.', port: 0, hostname: '127.0.0.1', open: false, watch: false },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});
const url = `http://127.0.0.1:${server.server.address().port}/demo/`;
// BROWSERS=firefox,webkit (or chromium) shoots in those engines into docs/screenshots/<engine>/,
// to compare how each draws the card; without it, Chromium makes the README's pictures.
const engines = process.env.BROWSERS?.split(',')
  .map((s) => s.trim())
  .filter(Boolean);
try {
  for (const engine of engines ?? ['chromium']) {
    const dir = engines ? `docs/screenshots/${engine}` : 'docs/screenshots';
    await mkdir(dir, { recursive: true });
    const camera = await openCamera(engine);
    try {
      for (const [name, width, scheme, selector, more] of SHOTS) {
        await camera.shoot({ url, out: `${dir}/${name}.png`, width, scheme, selector, ...more });
        console.log(`${dir}/${name}.png`);
      }
    } finally {
      await camera.close();
    }
  }
} finally {
  await server.stop();
}
