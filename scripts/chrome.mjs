// Finds a Chrome or Chromium for the tests, the benchmark and the screenshots:
// CHROME_PATH first, then the usual install paths. Fails with how to install one.
import { existsSync } from 'node:fs';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
];

export function findChrome() {
  const path = [process.env.CHROME_PATH, ...CANDIDATES].find((p) => p && existsSync(p));
  if (!path) {
    throw new Error(
      'No Chrome or Chromium found. Install one (Debian/Ubuntu: `sudo apt-get install -y chromium`; ' +
        'macOS: install Google Chrome) or set CHROME_PATH to its executable.',
    );
  }
  return path;
}

/** Flags for a headless run as root in a container with no network but localhost. */
export const CHROME_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
