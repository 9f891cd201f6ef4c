// This package's version (the build writes package.json's into dist/toolkit.js), and the
// default script URL.
import { VERSION } from '../../dist/toolkit.js';
import { DEFAULT_SCRIPT_PATH } from './defaults.mjs';

export { VERSION };
export const DEFAULT_SCRIPT_URL = DEFAULT_SCRIPT_PATH;
