/**
 * One scheduler for every card on the page. Updates wait in one queue and run in batches of at
 * most BATCH_MS; between batches the page gets the main thread back, so a page of a thousand
 * cards never blocks input for long, and a page of one card pays one short task.
 *
 * Yielding happens here and nowhere else: with `scheduler.yield()` where the engine has it (the
 * continuation keeps its place ahead of other tasks), else with a message to ourselves, a
 * macrotask that, unlike setTimeout, no engine clamps to 4 ms or throttles.
 */

/** How long one batch may run before the page gets the thread back. */
const BATCH_MS = 5;

const queue: (() => void)[] = [];
let draining = false;

/** Made when first needed: an open port would keep a server-side process (tests, SSR) alive. */
let channel: MessageChannel | undefined;
const waiting: (() => void)[] = [];

/** Resolves in a new task. */
const yieldToPage = (): Promise<void> =>
  typeof scheduler !== 'undefined' && 'yield' in scheduler
    ? scheduler.yield()
    : new Promise((resolve) => {
        if (!channel) {
          channel = new MessageChannel();
          channel.port1.onmessage = () => waiting.shift()?.();
        }
        waiting.push(resolve);
        channel.port2.postMessage(0);
      });

/**
 * Runs `work` in a batch, in a later task than the caller's. Resolves once it has run, or rejects
 * with what it threw.
 */
export function inTurn(work: () => void): Promise<void> {
  return new Promise((resolve, reject) => {
    queue.push(() => {
      try {
        work();
        resolve();
      } catch (e) {
        reject(e);
      }
    });
    if (!draining) void drain();
  });
}

async function drain() {
  draining = true;
  while (queue.length) {
    await yieldToPage();
    const end = performance.now() + BATCH_MS;
    do queue.shift()!();
    while (queue.length && performance.now() < end);
  }
  draining = false;
}
