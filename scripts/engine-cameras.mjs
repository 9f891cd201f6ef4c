// Screenshot cameras for Firefox (puppeteer-core over WebDriver BiDi) and WebKit (WebKitGTK's
// MiniBrowser over WebDriver), with the same `shoot()` as scripts/screenshot.mjs's Chromium one,
// so `BROWSERS=firefox,webkit npm run screenshots` shows the card as those engines draw it.
import { writeFile } from 'node:fs/promises';
import puppeteer from 'puppeteer-core';
import { remote } from 'webdriverio';
import { ENGINES, emulateFirefoxMedia, startWebKitDriver } from './engines.mjs';
import { settlePage } from './screenshot.mjs';

export async function openEngineCamera(engine) {
  const path = ENGINES[engine]?.find();
  if (!path) throw new Error(`${ENGINES[engine]?.label ?? engine} is not installed: ${ENGINES[engine]?.install}`);
  return engine === 'firefox' ? firefoxCamera(path) : webkitCamera();
}

async function firefoxCamera(executablePath) {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: true,
    args: ['--remote-allow-system-access'],
  });
  async function shoot({ url, out, width = 700, scheme = 'light', selector }) {
    const page = await browser.newPage();
    try {
      // Tall enough for the whole card (see below).
      await page.setViewport({ width: Number(width), height: 3000, deviceScaleFactor: 1 });
      await emulateFirefoxMedia(browser, page, [{ name: 'prefers-color-scheme', value: scheme }]);
      await page.goto(url, { waitUntil: 'load' });
      await page.evaluate(settlePage);
      await new Promise((r) => setTimeout(r, 500));
      if (selector) {
        // In view first: Firefox paints no off-screen content-visibility: auto content into the shot.
        const el = await page.$(selector);
        await el.evaluate((e) => e.scrollIntoView());
        await new Promise((r) => setTimeout(r, 300));
        await el.screenshot({ path: out });
      } else await page.screenshot({ path: out, fullPage: true });
    } finally {
      await page.close();
    }
  }
  return { shoot, close: () => browser.close() };
}

const WINDOW = { width: 1400, height: 4000 };
const MIN_WINDOW_WIDTH = 450;

/**
 * WebKit has no colour-scheme emulation over WebDriver; GTK's dark theme variant makes
 * MiniBrowser prefer dark, so each scheme gets its own driver (started when first needed).
 */
async function webkitCamera() {
  const sessions = {};
  async function session(scheme) {
    if (!sessions[scheme]) {
      sessions[scheme] = (async () => {
        // A tall screen: WebKit shoots only what its window shows.
        const service = await startWebKitDriver(scheme === 'dark' ? { GTK_THEME: 'Adwaita:dark' } : {}, {
          screen: `${WINDOW.width}x${WINDOW.height}x24`,
        });
        const driver = await remote({
          hostname: '127.0.0.1',
          port: service.port,
          path: '/',
          logLevel: 'error',
          capabilities: service.capabilities,
        });
        return { service, driver };
      })();
    }
    return sessions[scheme];
  }
  async function shoot({ url, out, width = 700, scheme = 'light', selector }) {
    const { driver } = await session(scheme);
    // MiniBrowser's window cannot be narrower than its toolbar (about 450 px): narrower pages
    // are shot in a frame of the asked width, so the card's layout sees exactly that viewport.
    const framed = Number(width) < MIN_WINDOW_WIDTH;
    await driver.setWindowSize(framed ? WINDOW.width : Number(width), WINDOW.height);
    if (framed) {
      await driver.url('about:blank');
      await driver.execute(
        (src, w, h) => {
          document.body.style.margin = '0';
          const frame = document.createElement('iframe');
          frame.style.cssText = `width:${w}px;height:${h}px;border:0;display:block`;
          frame.src = src;
          document.body.append(frame);
          return new Promise((resolve) => frame.addEventListener('load', resolve));
        },
        url,
        Number(width),
        WINDOW.height - 200,
      );
      await driver.switchFrame(await driver.$('iframe'));
    } else {
      await driver.url(url);
    }
    await driver.executeAsync(`const done = arguments[arguments.length - 1]; (${settlePage})().then(done);`);
    // WebKit's element screenshots come out partly black here, so the element is scrolled to the
    // top of the (tall) viewport, the viewport is shot, and the page itself crops the picture.
    const place = (sel) => {
      const el = sel ? document.querySelector(sel) : document.documentElement;
      // Room below, so that even the page's last element can scroll to the top.
      document.body.style.paddingBottom = `${window.innerHeight}px`;
      window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY);
      const r = el.getBoundingClientRect();
      return { x: r.left, y: r.top, width: r.width, height: r.height };
    };
    // Placed twice: cards settling above may still move the page after the first scroll.
    await driver.execute(place, selector ?? null);
    await new Promise((r) => setTimeout(r, 500));
    const rect = await driver.execute(place, selector ?? null);
    if (framed) await driver.switchFrame(null);
    const shot = await driver.takeScreenshot();
    const png = await driver.executeAsync(
      (data, r, done) => {
        const img = new Image();
        img.src = `data:image/png;base64,${data}`;
        // Decoded before drawing: WebKit draws a large image that is only "loaded" as nothing.
        img.decode().then(() => {
          const canvas = document.createElement('canvas');
          canvas.width = Math.round(r.width);
          canvas.height = Math.round(r.height);
          canvas.getContext('2d').drawImage(img, -Math.round(r.x), -Math.round(r.y));
          done(canvas.toDataURL('image/png').split(',')[1]);
        });
      },
      shot,
      rect,
    );
    await writeFile(out, Buffer.from(png, 'base64'));
  }
  async function close() {
    for (const pending of Object.values(sessions)) {
      const { service, driver } = await pending;
      await driver.deleteSession().catch(() => {});
      await service.stop();
    }
  }
  return { shoot, close };
}
