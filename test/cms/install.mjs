// Installs what the CMS tests need from Debian's packages (as root), or says why it cannot.
// Exits non-zero when something is missing and cannot be installed: the CMS tests never pass
// by being skipped.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, rmSync, writeFileSync } from 'node:fs';

export const PACKAGES = ['wordpress', 'mariadb-server', 'apache2', 'libapache2-mod-php', 'php-cli', 'hugo', 'chromium'];

const installed = (pkg) =>
  spawnSync('dpkg-query', ['-W', '-f=${Status}', pkg], { encoding: 'utf8' }).stdout?.includes('install ok installed');

const missing = PACKAGES.filter((p) => !installed(p));
if (missing.length) {
  if (process.getuid?.() !== 0) {
    console.error(
      `test:cms: missing Debian packages: ${missing.join(' ')}. Install them as root (apt-get install -y ${missing.join(' ')}) or run the tests as root.`,
    );
    process.exit(1);
  }
  // Wait for another apt run to finish rather than fail on its lock.
  for (let i = 0; i < 120 && spawnSync('fuser', ['/var/lib/dpkg/lock-frontend'], { stdio: 'ignore' }).status === 0; i++) {
    execFileSync('sleep', ['5']);
  }
  // The packages' own services (Apache on port 80, MariaDB) are not started: the tests start
  // their own instances on a free port and stop them.
  const policy = '/usr/sbin/policy-rc.d';
  const ownPolicy = !existsSync(policy);
  if (ownPolicy) writeFileSync(policy, '#!/bin/sh\nexit 101\n', { mode: 0o755 });
  try {
    console.log(`test:cms: installing ${missing.join(' ')} from Debian`);
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    let r = spawnSync('apt-get', ['install', '-y', '-qq', ...missing], { stdio: 'inherit', env });
    if (r.status !== 0) {
      spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
      r = spawnSync('apt-get', ['install', '-y', '-qq', ...missing], { stdio: 'inherit', env });
    }
    if (r.status !== 0) {
      console.error(`test:cms: apt-get could not install ${missing.join(' ')}`);
      process.exit(1);
    }
  } finally {
    if (ownPolicy) rmSync(policy, { force: true });
  }
}
for (const bin of [
  '/usr/sbin/apache2',
  '/usr/sbin/mariadbd',
  '/usr/bin/php',
  '/usr/bin/hugo',
  '/usr/share/wordpress/wp-settings.php',
  '/usr/bin/chromium',
]) {
  if (!existsSync(bin)) {
    console.error(`test:cms: ${bin} is missing after installing ${PACKAGES.join(' ')}`);
    process.exit(1);
  }
}
console.log('test:cms: WordPress, MariaDB, Apache, PHP, Hugo and Chromium are installed');
