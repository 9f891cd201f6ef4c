#!/usr/bin/env node
// `npm run screenshots`: remakes docs/screenshots/*.png, the README's pictures, from the demo
// (build first: `npm run build`). Serves the repository on a free port while it shoots.
import { startDevServer } from '@web/dev-server';
import { openCamera } from './screenshot.mjs';

const SHOTS = [
  ['card-light-700', 700, 'light', '#full'],
  ['card-dark-320', 320, 'dark', '#full'],
  ['compact', 700, 'light', '#compact'],
  ['badge', 700, 'light', '#badge-text'],
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
const camera = await openCamera();
try {
  for (const [name, width, scheme, selector] of SHOTS) {
    await camera.shoot({ url, out: `docs/screenshots/${name}.png`, width, scheme, selector });
    console.log(`docs/screenshots/${name}.png`);
  }
} finally {
  await camera.close();
  await server.stop();
}
