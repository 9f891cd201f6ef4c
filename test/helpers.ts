// Shared by the element tests: what a reader sees, read from the rendered card.
import { waitUntil } from '@open-wc/testing';
import type { EvidenceClaim } from '../src/evidence-claim.js';

/** A claim document as a publisher's server has it (the test server reads demo/ and test/fixtures/). */
export async function claimJson(id: string): Promise<Record<string, any>> {
  const res = await fetch(`/api/ok/fixtures/${id}.json`);
  return res.json();
}

/** Waits for the element to leave `loading`. */
export async function settled(el: EvidenceClaim, timeout = 15000) {
  await el.updateComplete; // a property just set is applied in the next update
  await waitUntil(() => el.state !== 'loading', `still loading: ${el.outerHTML.slice(0, 300)}`, { timeout, interval: 2 });
  // A render fault turns into the error state in an update of its own.
  await el.updateComplete;
  return el;
}

/** The card's visible text, whitespace folded. */
export const textOf = (node: Element | ShadowRoot | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

export const shadow = (el: Element) => el.shadowRoot!;
export const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector);
export const $$ = <T extends Element = HTMLElement>(el: Element, selector: string) => [
  ...el.shadowRoot!.querySelectorAll<T>(selector),
];

/** The server's record of the requests made under a key. */
export async function requestLog(
  key: string,
): Promise<{ count: number; requests: { url: string; cookie: string; referer: string }[] }> {
  return (await fetch(`/api-log/${key}`)).json();
}

/** A unique key per test, so request counts never mix. */
let n = 0;
export const uniqueKey = (name: string) => `${name}-${Date.now()}-${n++}`;

/** Captures console output of one kind while fn runs. */
export async function captureConsole(kind: 'warn' | 'error', fn: () => Promise<unknown>): Promise<string[]> {
  const seen: string[] = [];
  const original = console[kind];
  console[kind] = (...args: unknown[]) => void seen.push(args.map(String).join(' '));
  try {
    await fn();
  } finally {
    console[kind] = original;
  }
  return seen;
}

/** The claim statement: the heading that names the card's region. */
export const CLAIM_HEADING = '[role="heading"][aria-level]:not(section section [role="heading"])';

/**
 * Records every error and unhandled rejection that reaches the page while a test file runs.
 * Call at the top of a file; read the array in assertions.
 */
export function trackEscapes(): unknown[] {
  const escaped: unknown[] = [];
  const onError = (e: ErrorEvent) => escaped.push(e.error ?? e.message);
  const onRejection = (e: PromiseRejectionEvent) => escaped.push(e.reason);
  before(() => {
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
  });
  after(() => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  });
  return escaped;
}

/** The test server's endpoint template for a request-log key (see test/server.mjs for the modes). */
export const endpointFor = (key: string, mode = 'ok', query = '') => `/api/${mode}/${key}/{id}.json${query}`;

/**
 * A new `<evidence-claim>` with these attributes (and `claim` property, if given), appended to
 * `parent` when one is given, else left off the page.
 */
export function widget(
  attrs: Record<string, string>,
  { parent, claim }: { parent?: Element; claim?: unknown } = {},
): EvidenceClaim {
  const el = document.createElement('evidence-claim');
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  if (claim) el.claim = claim;
  parent?.append(el);
  return el;
}

/** Waits for n animation frames. */
export async function frames(n = 2) {
  for (let i = 0; i < n; i++) await new Promise((r) => requestAnimationFrame(r));
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
