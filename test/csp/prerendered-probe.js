// Runs first in a test/prerendered-page.mjs page (a classic script from 'self'): records
// policy violations and layout shifts from the very start, for the parent test to read.
window.__violations = [];
document.addEventListener('securitypolicyviolation', (e) => {
  window.__violations.push({ directive: e.effectiveDirective, blocked: e.blockedURI, sample: e.sample });
});
window.__shifts = [];
// What moved, for the failure message of a test that finds a shift.
window.__shiftLog = [];
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) {
    if (e.hadRecentInput) continue;
    window.__shifts.push(e.value);
    const moved = e.sources.map((s) => `${s.node?.nodeName} ${s.previousRect.y}->${s.currentRect.y}`);
    window.__shiftLog.push([Math.round(e.startTime), e.value, moved]);
  }
}).observe({ type: 'layout-shift', buffered: true });
// Console warnings from the very start, too (the script may run before a test can listen).
window.__warnings = [];
const warn = console.warn;
console.warn = (...args) => {
  window.__warnings.push(args.map(String).join(' '));
  warn.apply(console, args);
};
