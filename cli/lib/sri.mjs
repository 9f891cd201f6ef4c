// Subresource Integrity for a script the publisher serves from a file we can read.
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
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
 * The SRI hash of the stylesheet beside a hashed script file (evidence-claim.css beside
 * evidence-claim.js), for the prerendered card's `<link>`; undefined when there is none.
 */
export function stylesheetIntegrity(scriptFile) {
  const css = stylesheetFor(scriptFile);
  return css !== scriptFile && isFile(css) ? sri(css) : undefined;
}
