// Driving a WordPress started by servers.mjs as its users do, in headless Chromium: logging
// in, installing the plugin by copying its folder (the route Debian's root-owned wp-content
// leaves), activating it on the Plugins screen, saving the settings form, and the REST API
// with the logged-in user's nonce.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './fixtures.mjs';

export const PLUGIN_DIR = join(ROOT, 'dist/wordpress/evidence-claim');

/** The lines of WordPress's debug.log that name the plugin: its PHP warnings and notices. */
export function pluginLogLines(wp) {
  const log = join(wp.tmp, 'debug.log');
  return existsSync(log)
    ? readFileSync(log, 'utf8')
        .split('\n')
        .filter((l) => /evidence-claim/i.test(l))
    : [];
}

/** Driving a WordPress as its users; `sessions` (logged-in contexts by user) may be shared. */
export function driver(browser, wp, sessions = {}) {
  /** A logged-in browser context for a user. */
  async function login(user) {
    if (sessions[user]) return sessions[user];
    const ctx = await browser.createBrowserContext();
    const page = await ctx.newPage();
    await page.goto(`${wp.url}/wp-login.php`, { waitUntil: 'load' });
    await page.$eval('#user_login', (el, v) => (el.value = v), user);
    await page.$eval('#user_pass', (el, v) => (el.value = v), wp.users[user]);
    await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.click('#wp-submit')]);
    const error = await page.$eval('#login_error', (e) => e.innerText).catch(() => '');
    assert.match(page.url(), /wp-admin/, `${user} logged in ${error}`);
    await page.close();
    sessions[user] = ctx;
    return ctx;
  }

  /** Calls the REST API as a user, from an admin page (with its nonce). */
  async function rest(user, route, { method = 'GET', data, query = '' } = {}) {
    const page = await (await login(user)).newPage();
    await page.goto(`${wp.url}/wp-admin/profile.php`, { waitUntil: 'load' });
    const result = await page.evaluate(
      async (url, method, data) => {
        const nonce = await fetch('/wp-admin/admin-ajax.php?action=rest-nonce').then((r) => r.text());
        const r = await fetch(url, {
          method,
          headers: { 'Content-Type': 'application/json', 'X-WP-Nonce': nonce },
          body: data ? JSON.stringify(data) : undefined,
        });
        return { status: r.status, body: await r.json() };
      },
      `${wp.url}/?rest_route=${encodeURIComponent(route)}${query}`,
      method,
      data,
    );
    await page.close();
    return result;
  }

  /** Copies the built plugin into wp-content/plugins and activates it on the Plugins screen. */
  async function installByCopy() {
    const target = join(wp.tmp, 'wp-content/plugins/evidence-claim');
    cpSync(PLUGIN_DIR, target, { recursive: true });
    execFileSync('chown', ['-R', 'root:root', target]);
    const page = await (await login('admin')).newPage();
    await page.goto(`${wp.url}/wp-admin/plugins.php`, { waitUntil: 'load' });
    await Promise.all([
      page.waitForNavigation({ waitUntil: 'load' }),
      page.click('tr[data-slug="evidence-claim"] a[href*="action=activate"]'),
    ]);
    assert.ok(await page.$('tr[data-slug="evidence-claim"].active'), 'Evidence Claim is active');
    await page.close();
  }

  /** Saves the Claims URL on the settings page; answers the page's text. */
  async function setClaimsUrl(template) {
    const page = await (await login('admin')).newPage();
    await page.goto(`${wp.url}/wp-admin/options-general.php?page=evidence-claim`, { waitUntil: 'load' });
    await page.$eval('#evidence-claim-claims-url', (el, v) => (el.value = v), template);
    // The field is type=url: the browser's own check would stop some of the values tried here.
    await page.$eval('form[action$="options.php"]', (f) => f.setAttribute('novalidate', ''));
    await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.click('#submit')]);
    const text = await page.evaluate(() => document.body.innerText);
    const saved = await page.$eval('#evidence-claim-claims-url', (el) => el.value);
    await page.close();
    return { text, saved };
  }

  /** Publishes a post with this content (as the administrator); answers its ID. */
  async function publish(title, content) {
    const r = await rest('admin', '/wp/v2/posts', { method: 'POST', data: { title, content, status: 'publish' } });
    assert.equal(r.status, 201, JSON.stringify(r.body).slice(0, 300));
    return r.body.id;
  }

  /** Requests to the claims site's files, from Apache's log: `path` -> count. */
  function claimsRequests() {
    const counts = {};
    for (const line of readFileSync(wp.accessLog, 'utf8').split('\n')) {
      const m = line.match(/^GET (\/ec-claims\/\S*)/);
      if (m) counts[m[1]] = (counts[m[1]] ?? 0) + 1;
    }
    return counts;
  }

  /** One SQL query on WordPress's database; answers its rows as text. */
  const sql = (q) =>
    execFileSync('mariadb', ['--no-defaults', '-S', wp.sock, '-u', 'root', '-N', 'wp', '-e', q], { encoding: 'utf8' });

  return { login, rest, installByCopy, setClaimsUrl, publish, claimsRequests, sql, sessions };
}
