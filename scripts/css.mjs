#!/usr/bin/env node
// Writes dist/evidence-claim.css: the card's stylesheet (src/styles.ts, the one the element
// adopts) as a file beside the script. A prerendered card links it from inside its template,
// because a strict Content-Security-Policy blocks inline `<style>`. Run by `npm run build`.
import { writeFileSync } from 'node:fs';
import { css } from '../dist/prerender.js';

writeFileSync(new URL('../dist/evidence-claim.css', import.meta.url), css + '\n');
