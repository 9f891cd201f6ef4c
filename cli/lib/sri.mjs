// Subresource Integrity for a script the publisher serves from a file we can read.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { stylesheetFor } from './embed.mjs';

/** `sha384-…` of a file's bytes, the form the `integrity` attribute takes. */
export const sri = (file) => `sha384-${createHash('sha384').update(readFileSync(file)).digest('base64')}`;

const isFile = (p) => {
  try {
    return statSync(p).isFile();
  } catch {
    return false;
  }
};

/**
 * What `--script` names: a local file is hashed (the page then refuses the script if a server
 * or CDN ever serves other bytes); anything else is a URL used as it is.
 */
export function scriptSource(arg) {
  if (!/^[a-z][a-z0-9+.-]*:/i.test(arg) && isFile(arg)) return { src: arg, integrity: sri(arg) };
  return { src: arg };
}

/**
 * Why `--script ARG` names a file that is not there, or undefined when ARG is a file or a URL.
 * A relative path (no scheme, no leading /) can only be a file; a root-relative path is a URL
 * unless its first folder exists on this machine (/home/…, /srv/…, /tmp/…): then it is a disk path.
 * Used as a URL, either would print the disk path as the page's script src.
 */
export function missingScriptFile(arg) {
  if (/^[a-z][a-z0-9+.-]*:/i.test(arg) || arg.startsWith('//') || isFile(arg)) return undefined;
  if (arg.startsWith('/') && !existsSync(`/${arg.split('/')[1]}`)) return undefined;
  if (existsSync(arg)) return `it is a folder, not a file: give the script inside it, such as ${join(arg, 'evidence-claim.js')}`;
  return `there is no such file. Run \`evidence-claim build <claims-dir> ${dirname(arg)}/\` first (it writes ${basename(arg)} there), or give the script's URL (https://… or /evidence-claim/evidence-claim.js)`;
}

/**
 * The SRI hash of the stylesheet beside a hashed script file (evidence-claim.css beside
 * evidence-claim.js), for the prerendered card's `<link>`; undefined when there is none.
 */
export function stylesheetIntegrity(scriptFile) {
  const css = stylesheetFor(scriptFile);
  return css !== scriptFile && isFile(css) ? sri(css) : undefined;
}
