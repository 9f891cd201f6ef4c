// Starts, and stops, what the CMS tests drive: a MariaDB and an Apache with PHP serving
// Debian's WordPress, and a Hugo server. Each on 127.0.0.1, on a free port, with its files
// in a fresh temporary folder; stop() ends the processes and removes the files.
import { execFileSync, spawn } from 'node:child_process';
import {
  chmodSync,
  chownSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

export const freePort = () =>
  new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });

async function waitFor(check, what, timeout = 60000) {
  const end = Date.now() + timeout;
  for (;;) {
    try {
      if (await check()) return;
    } catch {
      // not yet
    }
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await sleep(250);
  }
}

/** Stops a child process and waits for it to end. */
async function stopChild(child, signal = 'SIGTERM') {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const ended = new Promise((r) => child.once('exit', r));
  child.kill(signal);
  await Promise.race([ended, sleep(15000).then(() => child.kill('SIGKILL'))]);
}

const WWW = () => {
  const ids = execFileSync('id', ['-u', 'www-data'], { encoding: 'utf8' }).trim();
  const gid = execFileSync('id', ['-g', 'www-data'], { encoding: 'utf8' }).trim();
  return { uid: +ids, gid: +gid };
};

function chownTree(dir, { uid, gid }) {
  chownSync(dir, uid, gid);
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isSymbolicLink()) continue;
    if (e.isDirectory()) chownTree(p, { uid, gid });
    else chownSync(p, uid, gid);
  }
}

/**
 * WordPress 6.1 from Debian's package: its own database, its own wp-content (with the
 * Twenty Twenty-Three theme), configured by /etc/wordpress/config-<name>.php as Debian's
 * README says, installed with an administrator, an author and a contributor.
 * `claimsDir` is served at /ec-claims/ by the same Apache: WordPress fetches on the server
 * only from public hosts or its own host and port.
 */
export async function startWordPress({ claimsDir, muPlugins = {} }) {
  const tmp = mkdtempSync('/tmp/ec-wp-');
  chmodSync(tmp, 0o755);
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const name = `evidence-claim-test-${port}`;
  const configFile = `/etc/wordpress/config-${name}.php`;
  const children = [];
  const stop = async () => {
    for (const c of children.reverse()) await stopChild(c);
    rmSync(configFile, { force: true });
    if (!process.env.KEEP_CMS) rmSync(tmp, { recursive: true, force: true });
  };
  try {
    // MariaDB: a private instance on a socket, no TCP port at all.
    const db = join(tmp, 'db');
    const sock = join(tmp, 'mysqld.sock');
    execFileSync(
      'mariadb-install-db',
      ['--no-defaults', `--datadir=${db}`, '--user=root', '--auth-root-authentication-method=normal', '--skip-test-db'],
      { stdio: 'ignore' },
    );
    const mysqld = spawn(
      '/usr/sbin/mariadbd',
      [
        '--no-defaults',
        `--datadir=${db}`,
        `--socket=${sock}`,
        '--skip-networking',
        '--user=root',
        `--pid-file=${join(tmp, 'mysqld.pid')}`,
        `--log-error=${join(tmp, 'mysqld.err')}`,
      ],
      { stdio: 'ignore', detached: true },
    );
    children.push(mysqld);
    await waitFor(() => existsSync(sock), 'MariaDB to start');
    const sql = (q) => execFileSync('mariadb', ['--no-defaults', '-S', sock, '-u', 'root', '-e', q]);
    await waitFor(() => (sql('SELECT 1'), true), 'MariaDB to answer');
    sql("CREATE DATABASE wp; CREATE USER 'wp'@'localhost' IDENTIFIED BY 'wp-test'; GRANT ALL ON wp.* TO 'wp'@'localhost';");

    // wp-content: plugins, uploads and upgrade writable by the web server, for the upload.
    const content = join(tmp, 'wp-content');
    for (const d of ['plugins', 'uploads', 'upgrade', 'mu-plugins', 'themes']) mkdirSync(join(content, d), { recursive: true });
    symlinkSync('/usr/share/wordpress/wp-content/themes/twentytwentythree', join(content, 'themes/twentytwentythree'));
    for (const [file, code] of Object.entries(muPlugins)) writeFileSync(join(content, 'mu-plugins', file), code);
    chownTree(content, WWW());

    writeFileSync(
      configFile,
      `<?php
define('DB_NAME', 'wp');
define('DB_USER', 'wp');
define('DB_PASSWORD', 'wp-test');
define('DB_HOST', 'localhost:${sock}');
define('WP_HOME', '${url}');
define('WP_SITEURL', '${url}');
define('WP_CONTENT_DIR', '${content}');
define('WP_CONTENT_URL', '${url}/wp-content');
define('FS_METHOD', 'direct');
define('DISABLE_WP_CRON', true);
define('AUTOMATIC_UPDATER_DISABLED', true);
define('WP_HTTP_BLOCK_EXTERNAL', true);
define('WP_DEBUG', true);
define('WP_DEBUG_DISPLAY', false);
define('WP_DEBUG_LOG', '${join(tmp, 'debug.log')}');
`,
    );
    chmodSync(configFile, 0o644);

    const php = readdirSync('/usr/lib/apache2/modules').find((f) => /^libphp.*\.so$/.test(f));
    const mod = (n, f = `mod_${n}.so`) => `LoadModule ${n}_module /usr/lib/apache2/modules/${f}`;
    const conf = join(tmp, 'apache2.conf');
    writeFileSync(
      conf,
      [
        mod('mpm_prefork'),
        mod('authz_core'),
        mod('dir'),
        mod('mime'),
        mod('alias'),
        mod('env'),
        `LoadModule php_module /usr/lib/apache2/modules/${php}`,
        `ServerName 127.0.0.1`,
        `Listen 127.0.0.1:${port}`,
        `PidFile ${join(tmp, 'apache2.pid')}`,
        `DefaultRuntimeDir ${tmp}`,
        `Mutex file:${tmp}`,
        `ErrorLog ${join(tmp, 'apache-error.log')}`,
        // Every request WordPress's Apache answers, for tests that count fetches from the claims site.
        `LogFormat "%m %U%q %>s %D" counted`,
        `CustomLog ${join(tmp, 'access.log')} counted`,
        `User www-data`,
        `Group www-data`,
        `TypesConfig /etc/mime.types`,
        `StartServers 2`,
        `DocumentRoot /usr/share/wordpress`,
        `DirectoryIndex index.php index.html`,
        `SetEnv WORDPRESS_CONFIG ${name}`,
        `Alias /wp-content ${content}`,
        `Alias /ec-claims ${claimsDir}`,
        `<Directory />`,
        `  Require all granted`,
        `  AllowOverride None`,
        `</Directory>`,
        `<FilesMatch "\\.php$">`,
        `  SetHandler application/x-httpd-php`,
        `</FilesMatch>`,
        `<Directory ${content}/uploads>`,
        `  <FilesMatch "\\.php$">`,
        `    SetHandler none`,
        `  </FilesMatch>`,
        `</Directory>`,
        '',
      ].join('\n'),
    );
    // In a process group of its own: on shutdown Apache signals its whole group, which would
    // otherwise include this test runner.
    const apache = spawn('/usr/sbin/apache2', ['-f', conf, '-DFOREGROUND'], {
      stdio: ['ignore', 'ignore', 'pipe'],
      detached: true,
    });
    let apacheErr = '';
    apache.stderr.on('data', (d) => (apacheErr += d));
    children.push(apache);
    await waitFor(async () => (await fetch(`${url}/wp-includes/images/blank.gif`)).ok, `Apache on ${url} (${apacheErr})`);

    // WordPress's own installer, then the users, from PHP's command line.
    const setup = execFileSync('php', [new URL('./wp-setup.php', import.meta.url).pathname], {
      env: { ...process.env, WORDPRESS_CONFIG: name, HTTP_HOST: `127.0.0.1:${port}` },
      encoding: 'utf8',
    });
    const users = JSON.parse(setup.trim().split('\n').pop());
    return { url, users, tmp, stop, accessLog: join(tmp, 'access.log'), sock };
  } catch (e) {
    await stop();
    throw e;
  }
}

/** `hugo server` for a site folder, on a free port; with `watch`, it rebuilds on edits as it does for a writer. */
export async function startHugo(siteDir, { watch = false } = {}) {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(
    'hugo',
    [
      'server',
      '--bind',
      '127.0.0.1',
      '--port',
      String(port),
      '--baseURL',
      `${url}/`,
      '--appendPort=false',
      '--disableLiveReload',
      `--watch=${watch}`,
    ],
    {
      cwd: siteDir,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let log = '';
  child.stdout.on('data', (d) => (log += d));
  child.stderr.on('data', (d) => (log += d));
  const stop = () => stopChild(child);
  try {
    await waitFor(async () => (await fetch(`${url}/`)).status < 500, `hugo server (${log})`, 60000);
  } catch (e) {
    await stop();
    throw e;
  }
  return { url, stop, log: () => log };
}
