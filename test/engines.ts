// Which engine runs this test file, and the few tests an engine cannot run, each with its
// reason. The README's "Browser support" section lists the same gaps.
const ua = navigator.userAgent;
export const engine: 'chromium' | 'firefox' | 'webkit' = /Firefox\//.test(ua)
  ? 'firefox'
  : /Chrome\//.test(ua)
    ? 'chromium'
    : 'webkit';

export const GAPS = {
  mediaEmulation: {
    engines: ['webkit'],
    reason: "WebKitGTK's WebDriver cannot emulate prefers-color-scheme, prefers-reduced-motion or forced colours",
  },
  viewport: {
    engines: ['webkit'],
    reason: "WebKitGTK's WebDriver cannot set the viewport size",
  },
  plaintextAlign: {
    engines: ['webkit'],
    reason: 'WebKit aligns a unicode-bidi: plaintext paragraph by its element direction, not by its text',
  },
} as const;

/** Whether this engine can run tests that need `gap`. */
export const can = (gap: keyof typeof GAPS) => !(GAPS[gap].engines as readonly string[]).includes(engine);

/** `it`, skipped (with the reason in its title) in the engines that have `gap`. */
export function itWhere(gap: keyof typeof GAPS, title: string, fn: Mocha.Func) {
  return can(gap) ? it(title, fn) : it.skip(`${title} [skipped in ${engine}: ${GAPS[gap].reason}]`, fn);
}
