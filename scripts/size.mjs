#!/usr/bin/env node
// The size gate: fails when the embed's gzip size is over budget, and prints raw, gzip and
// brotli bytes for every file a page may load. Run by `npm test` and by `npm run size`.
import { readFileSync } from 'node:fs';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

/**
 * Budget of dist/evidence-claim.js, gzip level 9. TARGET is where the build must be; until it is
 * back under it, the gate holds the line at BUDGET so nothing grows unnoticed. The current
 * figures are in the README ("Size and speed"), which this script's output is the source of.
 */
export const BUDGET = 14 * 1024;
export const TARGET = 12 * 1024;
const files = ['dist/evidence-claim.js', 'dist/evidence-claim.iife.js'];

let failed = false;
for (const file of files) {
  const data = readFileSync(file);
  const gzip = gzipSync(data, { level: 9 }).length;
  const brotli = brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  const over = file === files[0] && gzip > BUDGET;
  failed ||= over;
  const note = file === files[0] ? ` (budget ${BUDGET} B gzip${over ? ': OVER' : ''}; target ${TARGET} B: ${gzip > TARGET ? 'not met' : 'met'})` : '';
  console.log(`${file}: ${data.length} B raw, ${gzip} B gzip, ${brotli} B brotli${note}`);
}
if (failed) {
  console.error('size check failed: dist/evidence-claim.js is over its gzip budget');
  process.exit(1);
}
