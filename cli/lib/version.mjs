// This package's version (the build writes package.json's into dist/toolkit.js), and the CDN
// URL pinned to it.
import { VERSION } from '../../dist/toolkit.js';
import { cdnScriptUrl } from './defaults.mjs';

export { VERSION };
export const DEFAULT_SCRIPT_URL = cdnScriptUrl(VERSION);
