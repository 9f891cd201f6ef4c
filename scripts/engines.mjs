// The three browser engines the suite runs in (Chromium, Firefox, WebKit), found where Debian
// installs them, as @web/test-runner launchers, plus a reporter that names each engine with its
// test counts and time. web-test-runner.config.mjs uses it; the screenshots use the same finders.
//
// BROWSERS=chromium (or a comma list) narrows a run. A missing engine is reported and the others
// still run, except under CI=true, where a missing engine fails the run.
import { spawn, execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import puppeteer from 'puppeteer-core';
import { ChromeLauncher, chromeLauncher } from '@web/test-runner-chrome';
import { WebdriverLauncher } from '@web/test-runner-webdriver';
import { findChrome, CHROME_ARGS } from './chrome.mjs';

const firstExisting = (...paths) => paths.find((p) => p && existsSync(p));

export const FIREFOX_PATHS = ['/usr/bin/firefox-esr', '/usr/bin/firefox'];
export const WEBKIT = {
  driver: '/usr/bin/WebKitWebDriver',
  browser: '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
  xvfb: '/usr/bin/Xvfb',
};

/** Each engine: how to find it, how to install it, how to launch it for the test runner. */
export const ENGINES = {
  chromium: {
    label: 'Chromium',
    install: 'apt-get install -y chromium (or set CHROME_PATH)',
    find() {
      try {
        return findChrome();
      } catch {
        return undefined;
      }
    },
    launcher(path) {
      const launcher = chromeLauncher({
        launchOptions: { executablePath: path, headless: true, args: CHROME_ARGS, timeout: START_TIMEOUT },
      });
      launcher.name = 'Chromium';
      return launcher;
    },
  },
  firefox: {
    label: 'Firefox',
    install: 'apt-get install -y firefox-esr (or set FIREFOX_PATH)',
    find: () => firstExisting(process.env.FIREFOX_PATH, ...FIREFOX_PATHS),
    launcher: firefoxLauncher,
  },
  webkit: {
    label: 'WebKit',
    install: 'apt-get install -y webkit2gtk-driver xvfb',
    // WebKitGTK needs a display: DISPLAY if one is set, otherwise an Xvfb of our own.
    find: () =>
      existsSync(WEBKIT.driver) && existsSync(WEBKIT.browser) && (process.env.DISPLAY || existsSync(WEBKIT.xvfb))
        ? WEBKIT.driver
        : undefined,
    launcher: () => new WebKitLauncher(),
  },
};

/**
 * The launchers for this run: every engine (or those BROWSERS names) that is installed. Prints
 * which engines are missing; exits when none is left, or under CI when any is missing.
 */
export function browsersForRun({ env = process.env } = {}) {
  const wanted = (env.BROWSERS || Object.keys(ENGINES).join(','))
    .split(',')
    .map((s) => s.trim().toLowerCase())
    .filter(Boolean);
  const unknown = wanted.filter((name) => !ENGINES[name]);
  if (unknown.length) {
    fail(`BROWSERS names unknown engine(s): ${unknown.join(', ')}. Known: ${Object.keys(ENGINES).join(', ')}.`);
  }
  const found = [];
  const missing = [];
  for (const name of wanted) {
    const path = ENGINES[name].find();
    (path ? found : missing).push({ name, path });
  }
  for (const { name } of missing) {
    console.error(`\nBrowser engine missing: ${ENGINES[name].label} is not installed. Install it with: ${ENGINES[name].install}`);
  }
  if (missing.length && isCI(env)) fail('CI=true: every engine must run. Stopping.');
  if (!found.length) fail('No browser engine to run the tests in.');
  if (missing.length) {
    console.error(`Running in ${found.map(({ name }) => ENGINES[name].label).join(' and ')} only.\n`);
  }
  return found.map(({ name, path }) => timed(name, patient(ENGINES[name].launcher(path))));
}

// CI has seen Chromium, and another time Firefox, miss puppeteer's 30 s to start on a loaded
// 2-core machine; here they start in 0.3 s and 3 s. So each start gets 60 s, and a start that
// fails is tried again with a fresh process (see `patient`), rather than failing every file.
const START_TIMEOUT = 60_000;
const START_TRIES = 3;

const isCI = (env) => Boolean(env.CI) && env.CI !== 'false' && env.CI !== '0';

function fail(message) {
  console.error(`\n${message}\n`);
  process.exit(1);
}

// ---- Firefox: puppeteer-core over WebDriver BiDi --------------------------------------------

/**
 * Firefox through @web/test-runner-chrome's launcher with puppeteer-core. BiDi has no
 * prefers-color-scheme or reduced-motion emulation, so emulateMediaFeatures sets Firefox's own
 * preferences for them from its chrome (privileged) context, which `--remote-allow-system-access`
 * opens to the automation session. Coverage stays Chromium's (V8).
 */
function firefoxLauncher(executablePath) {
  return new ChromeLauncher(
    { browser: 'firefox', executablePath, headless: true, timeout: START_TIMEOUT, args: ['--remote-allow-system-access'] },
    ({ browser }) => browser.defaultBrowserContext(),
    async ({ browser, context }) => {
      const page = await context.newPage();
      // puppeteer's BiDi keyboard knows the space key only as ' ', not by its name 'Space'.
      for (const method of ['press', 'down', 'up']) {
        const original = page.keyboard[method].bind(page.keyboard);
        page.keyboard[method] = (key, ...rest) => original(key === 'Space' ? ' ' : key, ...rest);
      }
      page.emulateMediaFeatures = (features = []) => emulateFirefoxMedia(browser, page, features);
      page.emulateMediaType = async () => {
        throw new Error('Firefox over WebDriver BiDi cannot emulate a media type.');
      };
      return page;
    },
    puppeteer,
  );
}

const FIREFOX_MEDIA_PREFS = {
  // layout.css.prefers-color-scheme.content-override: 0 dark, 1 light, 2 follow the browser.
  'prefers-color-scheme': { pref: 'layout.css.prefers-color-scheme.content-override', values: { dark: 0, light: 1, '': 2 } },
  // ui.prefersReducedMotion: 1 reduce, 0 no preference.
  'prefers-reduced-motion': { pref: 'ui.prefersReducedMotion', values: { reduce: 1, 'no-preference': 0, '': 0 } },
};

/** puppeteer's emulateMediaFeatures for Firefox (needs `--remote-allow-system-access`). */
export async function emulateFirefoxMedia(browser, page, features) {
  const lines = features.map(({ name, value }) => {
    const known = FIREFOX_MEDIA_PREFS[name];
    const setting = known?.values[value ?? ''];
    if (setting === undefined) throw new Error(`Firefox: cannot emulate ${name}: ${value}.`);
    return `Services.prefs.setIntPref(${JSON.stringify(known.pref)}, ${setting});`;
  });
  // The media queries the page should match once the preferences reach its content process.
  const queries = features.filter(({ value }) => value).map(({ name, value }) => `(${name}: ${value})`);
  if (!lines.length) return;
  const { result } = await browser.connection.send('browsingContext.getTree', { 'moz:scope': 'chrome', maxDepth: 0 });
  const target = { context: result.contexts[0].context };
  const answer = await browser.connection.send('script.evaluate', {
    expression: `${lines.join('\n')} true`,
    target,
    awaitPromise: false,
  });
  if (answer.result.type !== 'success')
    throw new Error(`Firefox: setting media preferences failed: ${JSON.stringify(answer.result)}`);
  // Preferences reach the page's content process a moment later: wait until its queries match.
  await page.waitForFunction((qs) => qs.every((q) => matchMedia(q).matches), { timeout: 5000, polling: 20 }, queries);
}

// ---- WebKit: WebKitGTK's MiniBrowser through WebKitWebDriver ----------------------------------

/** A free TCP port on 127.0.0.1 (others run tests on this machine at the same time). */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

const children = new Set();
process.on('exit', () => {
  for (const child of children) child.kill();
});

/** Starts a child that lives until `stop()`, or until this process exits. */
function startChild(cmd, args, env) {
  const child = spawn(cmd, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  children.add(child);
  let log = '';
  child.stdout.on('data', (d) => (log += d));
  child.stderr.on('data', (d) => (log += d));
  child.on('exit', () => children.delete(child));
  return {
    child,
    log: () => log,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null || child.signalCode) return resolve();
        child.once('exit', resolve);
        child.kill();
      }),
  };
}

/** An Xvfb on a display number it picks itself (-displayfd), so parallel runs never collide. */
async function startXvfb(screen = '1280x1024x24') {
  const xvfb = startChild(WEBKIT.xvfb, ['-displayfd', '1', '-screen', '0', screen, '-nolisten', 'tcp']);
  const display = await new Promise((resolve, reject) => {
    let out = '';
    xvfb.child.stdout.on('data', (d) => {
      out += d;
      if (out.includes('\n')) resolve(`:${out.trim()}`);
    });
    xvfb.child.once('exit', () => reject(new Error(`Xvfb exited: ${xvfb.log()}`)));
  });
  return { display, stop: xvfb.stop };
}

/**
 * WebKitWebDriver on a free port (with an Xvfb when no DISPLAY is set, or `screen` asks for a
 * display of that size), ready for sessions. `env` adds to the driver's environment
 * (GTK_THEME=Adwaita:dark renders the dark scheme).
 */
export async function startWebKitDriver(env = {}, { screen } = {}) {
  const xvfb = process.env.DISPLAY && !screen ? undefined : await startXvfb(screen);
  const port = await freePort();
  const driver = startChild(WEBKIT.driver, [`--port=${port}`, '--host=127.0.0.1'], {
    DISPLAY: xvfb?.display ?? process.env.DISPLAY,
    ...env,
  });
  const deadline = Date.now() + 15000;
  for (;;) {
    try {
      const res = await fetch(`http://127.0.0.1:${port}/status`);
      if (res.ok && (await res.json()).value?.ready) break;
    } catch {
      // not listening yet
    }
    if (driver.child.exitCode !== null || Date.now() > deadline) {
      await driver.stop();
      await xvfb?.stop();
      throw new Error(`WebKitWebDriver did not start: ${driver.log()}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    port,
    capabilities: WEBKIT_CAPABILITIES,
    async stop() {
      await driver.stop();
      await xvfb?.stop();
    },
  };
}

export const WEBKIT_CAPABILITIES = {
  browserName: 'MiniBrowser',
  // WebKitGTK's driver speaks classic WebDriver; webdriverio would otherwise ask for BiDi.
  'wdio:enforceWebDriverClassic': true,
  'webkitgtk:browserOptions': { binary: WEBKIT.browser, args: ['--automation'] },
};

/**
 * @web/test-runner-webdriver's launcher, with the WebKitWebDriver it talks to started on a free
 * port when the run starts and stopped when it ends.
 */
class WebKitLauncher extends WebdriverLauncher {
  constructor() {
    super({ hostname: '127.0.0.1', port: 0, path: '/', capabilities: WEBKIT_CAPABILITIES, logLevel: 'error' });
  }

  async initialize(config, testFiles) {
    this.service = await startWebKitDriver();
    this.options.port = this.service.port;
    await super.initialize(config, testFiles);
    this.name = 'WebKit';
  }

  async stop() {
    this.version ??= this.driver?.capabilities?.browserVersion;
    await super.stop();
    await this.service?.stop();
  }
}

// ---- Starting an engine ----------------------------------------------------------------------

/**
 * A ChromeLauncher (Chromium, Firefox) whose browser start is retried: the launcher keeps a
 * failed start's promise, so one slow start would otherwise fail all the engine's files. Each
 * try's time is kept for the summary, so a slow start shows in the log.
 */
function patient(launcher) {
  if (typeof launcher.startBrowser !== 'function') return launcher;
  const startBrowser = launcher.startBrowser.bind(launcher);
  launcher.starts = [];
  launcher.startBrowser = async (...args) => {
    for (let attempt = 1; ; attempt++) {
      const began = Date.now();
      try {
        const started = await startBrowser(...args);
        launcher.starts.push(`${((Date.now() - began) / 1000).toFixed(1)} s`);
        return started;
      } catch (error) {
        launcher.starts.push(`failed after ${((Date.now() - began) / 1000).toFixed(1)} s`);
        console.error(`\n${launcher.name}: start ${attempt} of ${START_TRIES} failed: ${error.message}`);
        if (attempt >= START_TRIES) throw error;
      }
    }
  };
  return launcher;
}

// ---- Per-engine counts and time ------------------------------------------------------------

const timings = new Map();

/** Records, per engine, the time from its first test file starting to its last one finishing. */
function timed(engine, launcher) {
  const { startSession, stopSession } = launcher;
  const t = { first: undefined, last: undefined };
  timings.set(launcher, t);
  launcher.startSession = async function (...args) {
    t.first ??= Date.now();
    return startSession.apply(this, args);
  };
  launcher.stopSession = async function (...args) {
    try {
      return await stopSession.apply(this, args);
    } finally {
      t.last = Date.now();
    }
  };
  launcher.engine = engine;
  return launcher;
}

function count(suite, into) {
  if (!suite) return into;
  for (const test of suite.tests) {
    if (test.skipped) into.skipped++;
    else if (test.passed) into.passed++;
    else into.failed++;
  }
  for (const s of suite.suites) count(s, into);
  return into;
}

/** Version of each engine, for the summary (best effort: a label without it is still right). */
function version(launcher) {
  try {
    if (launcher.engine === 'chromium') {
      return execFileSync(launcher.launchOptions.executablePath, ['--version'], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
      }).match(/[\d.]+/)?.[0];
    }
    if (launcher.engine === 'firefox') {
      return execFileSync(launcher.launchOptions.executablePath, ['--version'], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
      }).match(/[\d.]+\w*/)?.[0];
    }
    if (launcher.engine === 'webkit') return launcher.version ?? launcher.driver?.capabilities?.browserVersion;
  } catch {
    // no version then
  }
  return undefined;
}

/** A reporter that prints one line per engine: version, files, passed/failed/skipped, time. */
export function engineSummaryReporter() {
  let browsers = [];
  let sessions;
  return {
    start(args) {
      browsers = args.browsers;
      sessions = args.sessions;
    },
    onTestRunFinished() {
      const lines = browsers.map((b) => {
        const c = { files: 0, passed: 0, failed: 0, skipped: 0, errors: 0 };
        for (const s of sessions.forBrowser(b)) {
          c.files++;
          count(s.testResults, c);
          if (!s.passed && !s.testResults?.tests.length && !s.testResults?.suites.length) c.errors++;
        }
        const t = timings.get(b);
        const secs = t?.first && t?.last ? ((t.last - t.first) / 1000).toFixed(1) : '?';
        const v = version(b);
        return (
          `  ${b.name}${v ? ` ${v}` : ''}: ${c.files} files, ${c.passed} passed, ${c.failed} failed, ` +
          `${c.skipped} skipped${c.errors ? `, ${c.errors} files failed to run` : ''}, ${secs} s` +
          (b.starts?.length ? ` (browser start: ${b.starts.join(', then ')})` : '')
        );
      });
      console.log(`\nBrowser engines:\n${lines.join('\n')}\n`);
    },
  };
}
