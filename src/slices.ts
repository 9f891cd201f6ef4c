/**
 * Time-slicing for first renders: a page of hundreds of cards renders them in short slices with
 * a macrotask between them, so input is never blocked by one long task.
 */

/** How long one slice of first renders may run before the next waits for a new task. */
const SLICE_MS = 10;

/** When the current slice started. */
let sliceStart = 0;

/** Resolves at once inside a slice that still has time, else after a macrotask (a new slice). */
export async function nextSlice(): Promise<void> {
  // Look at the clock once the caller's own synchronous work is done: a card that asks for its
  // next step at the start of an update must not take it in the same task as that update.
  await undefined;
  if (performance.now() - sliceStart > SLICE_MS) {
    await new Promise((resolve) => setTimeout(resolve));
    sliceStart = performance.now();
  }
}
