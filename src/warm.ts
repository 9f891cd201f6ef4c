/**
 * The first card a page draws pays costs that no later card pays: Lit prepares each template
 * (it parses its markup once), the engine compiles the drawing code, and it matches the card's
 * stylesheet and sets up its fonts for the first time. Paid inside the card's first render, that
 * was one long task on a mid-range phone (4× CPU): 45-90 ms to render, then 35-70 ms of style
 * and layout. A second card, drawn the same way, took 6-16 ms and 8-25 ms.
 *
 * So the page's first card draws its pieces (render.ts, `pieces`) hidden before it draws itself:
 * one piece per task, each laid out in a frame of its own, and then removed. Once per page:
 * every later card finds the work done.
 *
 * The hidden layer is fixed, has no height and is invisible and inert: nothing on the page
 * moves, nothing in it can be focused, found or read, and it is gone before the card shows. It
 * has a shadow root of its own, with the card's styles, so it touches nothing of the card's.
 */
import { adoptStyles, render, type CSSResult } from 'lit';
import { nextSlice } from './slices.js';

let warming: Promise<void> | undefined;
let warmed = false;
/** The cards that wait for the warm-up to end. */
const waiting: (() => void)[] = [];

/**
 * Lets the waiting cards go, a slice at a time: released together, they would all draw in one
 * long task (a page of 1000 cards: over a second). Each is given a few microtasks to draw (its
 * update runs two or three after it is let go) before the clock is read.
 */
async function release() {
  while (waiting.length) {
    waiting.shift()!();
    for (let i = 0; i < 5; i++) await undefined;
    await nextSlice();
  }
}

/** Resolves after the next frame has been drawn, or after 100 ms where frames are paused (a background tab). */
const afterFrame = () =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, 100);
    requestAnimationFrame(() =>
      setTimeout(() => {
        clearTimeout(timer);
        resolve();
      }),
    );
  });

/**
 * Draws `pieces` hidden at the top of `root`, one per frame, then removes them. Only the first
 * call on a page does anything; the others wait for it (and are let go a slice at a time), and
 * once it is over there is nothing to wait for (undefined). Never rejects: a piece that fails to
 * draw is left to the card's own render, which reports it.
 */
export function warmUp(root: ShadowRoot, styles: CSSResult, pieces: () => (() => unknown)[]): Promise<void> | undefined {
  if (warmed) return undefined;
  if (warming) return new Promise((resolve) => waiting.push(resolve));
  return (warming = (async () => {
    const layer = document.createElement('div');
    // Set through the CSSOM, which a strict CSP allows (a style attribute in markup it blocks).
    // Fixed, so out of the flow: nothing around it moves, not even a collapsed margin, and it adds
    // nothing to what the page can scroll.
    Object.assign(layer.style, {
      position: 'fixed',
      top: '0',
      left: '0',
      width: '100%',
      height: '0',
      overflow: 'hidden',
      visibility: 'hidden',
    });
    // Out of reach too: no focus, no find-in-page, nothing for a screen reader.
    layer.inert = true;
    // A shadow root of its own with the card's styles: the card's root keeps its stand-in as it
    // is (the page's fallback, unstyled by the card) until the card is drawn.
    const inner = layer.attachShadow({ mode: 'open' });
    adoptStyles(inner, [styles]);
    root.prepend(layer);
    try {
      // Not in the task that read and checked the document: each piece in a task of its own.
      await new Promise((resolve) => setTimeout(resolve));
      for (const piece of pieces()) {
        render(piece(), inner.appendChild(document.createElement('div')));
        await afterFrame();
      }
    } catch {
      // The card's own render meets the same fault and reports it.
    } finally {
      layer.remove();
      warmed = true;
      void release();
    }
  })());
}
