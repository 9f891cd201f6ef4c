// The script as `npm run build` writes it for pages, in dist/: the tag's file and the chunks it
// loads, the stylesheet prerendered cards link, and the classic-script copy, with their source
// maps. The language packs are the folder dist/i18n/ beside them. `evidence-claim build` and the
// WordPress plugin copy exactly these.
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));

/** The files' names in DIST (none when it is not built yet). */
export const bundleFiles = ({ classic = true } = {}) => {
  try {
    return readdirSync(DIST).filter(
      (f) => /^evidence-claim[\w.-]*\.(js|css)(\.map)?$/.test(f) && (classic || !f.includes('.iife.')),
    );
  } catch {
    return [];
  }
};
