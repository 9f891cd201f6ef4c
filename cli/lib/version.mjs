// This package's version (Node only: read from package.json), and the CDN URL pinned to it.
import { readFileSync } from 'node:fs';
import { cdnScriptUrl } from './defaults.mjs';

export const VERSION = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')).version;
export const DEFAULT_SCRIPT_URL = cdnScriptUrl(VERSION);
