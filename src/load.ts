/**
 * Loading and caching claim documents by ID.
 *
 * - One request per distinct URL for the page's life: widgets of the same claim share the
 *   request in flight and its result. Failures are not kept, so a later widget may try again.
 * - No cookies, no credentials, no referrer: the claim host learns nothing about the reader.
 * - Every way a request can fail ends in a ClaimError with a kind; nothing hangs: one deadline
 *   (the `timeout`) covers every attempt, retries included, and each widget keeps its own
 *   deadline even when it shares another widget's request.
 */
import { ClaimError } from './errors.js';
import { ID_PATTERN } from './id.js';

/** Bodies above this are refused before they are parsed (a claim is a few kilobytes). */
export const MAX_BYTES = 1_000_000;
/** Retries, only for network errors and 5xx; 4xx and bad documents will not get better. */
const RETRIES = 2;
const BACKOFF_MS = 400;
/** Used when the `timeout` given is not a positive number (NaN, 0, negative). */
export const DEFAULT_TIMEOUT_MS = 10_000;
/** Longer deadlines are cut to this: setTimeout fires at once past 2^31-1 ms, and a reader gives up long before. */
export const MAX_TIMEOUT_MS = 60_000;

// The script's own URL: the default endpoint is `claims/{id}.json` beside it.
const SCRIPT_URL = import.meta.url;

const cache = new Map<string, Promise<unknown>>();

/**
 * The URL for a claim ID: the `endpoint` template, else the page's
 * `<meta name="evidence-claim-endpoint">`, else `claims/{id}.json` beside the script.
 */
export function claimUrl(id: string, endpoint?: string | null): string {
  if (!ID_PATTERN.test(id)) throw new ClaimError('input', `claim-id "${id}" must be 1-64 of A-Z a-z 0-9 _ -`);
  const template = endpoint || document.querySelector<HTMLMetaElement>('meta[name="evidence-claim-endpoint"]')?.content;
  if (template && !template.includes('{id}')) throw new ClaimError('input', `endpoint "${template}" must contain {id}`);
  // Substitute before parsing: the URL parser would escape the braces.
  const url = template
    ? new URL(template.replace('{id}', encodeURIComponent(id)), document.baseURI)
    : new URL(`claims/${id}.json`, SCRIPT_URL);
  if (!/^https?:$/.test(url.protocol)) throw new ClaimError('input', `endpoint must be an http(s) URL`);
  // fetch() refuses such URLs; say so now rather than after three failed attempts.
  if (url.username || url.password) throw new ClaimError('input', `endpoint must not contain a user name or password`);
  return url.href;
}

/** A usable deadline from a `timeout` attribute, whatever it holds. */
export const deadline = (ms: number) => (ms > 0 ? Math.min(ms, MAX_TIMEOUT_MS) : DEFAULT_TIMEOUT_MS);

const timedOut = (ms: number) => new ClaimError('timeout', `no answer within ${ms / 1000} s`);

/**
 * The JSON document at url, shared with every other widget asking for the same URL. Checking it
 * is the caller's: a prerendered card compares it with the one it was drawn from, without the
 * validator.
 */
export function loadJson(url: string, timeoutMs: number): Promise<unknown> {
  const ms = deadline(timeoutMs);
  const pending = cache.get(url);
  if (pending) {
    // Joining a request in flight: the first widget's deadline may be longer than this one's.
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(timedOut(ms)), ms);
      pending.then(resolve, reject).finally(() => clearTimeout(timer));
    });
  }
  const loading = fetchJson(url, ms);
  cache.set(url, loading);
  loading.catch(() => cache.delete(url));
  return loading;
}

const wait = (ms: number, signal: AbortSignal) =>
  new Promise<void>((done) => {
    const t = setTimeout(done, ms);
    signal.addEventListener('abort', () => (clearTimeout(t), done()), { once: true });
  });

async function fetchJson(url: string, timeoutMs: number): Promise<unknown> {
  const control = new AbortController();
  const { signal } = control;
  const timer = setTimeout(() => control.abort(), timeoutMs);
  // A fetch or read that failed because our own deadline aborted it is a timeout, not a network error.
  const unreachable = (message: string) => (signal.aborted ? timedOut(timeoutMs) : new ClaimError('network', message));
  try {
    for (let attempt = 0; ; attempt++) {
      const retry = attempt < RETRIES;
      let res: Response;
      try {
        // A retry skips the browser cache, which may hold the very failure being retried.
        res = await fetch(url, {
          credentials: 'omit',
          referrerPolicy: 'no-referrer',
          // A claims host may not send readers' browsers on to another address.
          redirect: 'manual',
          signal,
          cache: attempt ? 'reload' : 'default',
        });
      } catch {
        if (retry && !signal.aborted) {
          await wait(BACKOFF_MS * 3 ** attempt, signal);
          continue;
        }
        throw unreachable('the claim server could not be reached (offline, blocked, or refused by CORS)');
      }
      if (res.status >= 500 && retry) {
        await wait(BACKOFF_MS * 3 ** attempt, signal);
        continue;
      }
      if (res.type === 'opaqueredirect') {
        throw new ClaimError('http', 'the server answered with a redirect: serve the claim at its own URL');
      }
      if (!res.ok) throw new ClaimError('http', `the server answered HTTP ${res.status}`, { status: res.status });
      const type = res.headers.get('content-type');
      if (type && !/json/i.test(type)) throw new ClaimError('type', `the answer is ${type.split(';')[0]}, not JSON`);
      if (Number(res.headers.get('content-length')) > MAX_BYTES) throw tooBig();
      let text: string;
      try {
        text = await readAtMost(res);
      } catch (e) {
        throw e instanceof ClaimError ? e : unreachable('the answer was cut off');
      }
      return parseJson(text, 'the answer');
    }
  } finally {
    clearTimeout(timer);
    // Drops any body not read (refused by status, type or size): no downloading it for nothing.
    control.abort();
  }
}

/** JSON.parse, failing with a ClaimError that names where the text came from. */
export function parseJson(text: string, where: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new ClaimError('json', `${where} is not valid JSON`);
  }
}

const tooBig = () => new ClaimError('size', `the answer is over ${MAX_BYTES / 1e6} MB`);

/** Reads the body as text, giving up (and cancelling the download) past MAX_BYTES. */
async function readAtMost(res: Response): Promise<string> {
  // A 204 or 205 may have no body at all: that is an empty answer, not a cut-off one.
  if (!res.body) return '';
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return new TextDecoder().decode(await new Blob(chunks as BlobPart[]).arrayBuffer());
    size += value.length;
    if (size > MAX_BYTES) {
      reader.cancel().catch(() => {});
      throw tooBig();
    }
    chunks.push(value);
  }
}

// One observer for every lazy widget on the page, and only the widgets still waiting in it:
// a removed widget is taken out, so nothing here keeps it alive.
let observer: IntersectionObserver | undefined;
const waiting = new Map<Element, () => void>();

/**
 * Calls go() once el comes within about a screen of the viewport.
 * Returns a function that stops waiting (called when the widget is removed).
 */
export function whenNear(el: Element, go: () => void): () => void {
  observer ??= new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        const callback = waiting.get(entry.target);
        if (entry.isIntersecting && callback) {
          stop(entry.target);
          callback();
        }
      }
    },
    { rootMargin: '100% 0%' },
  );
  waiting.set(el, go);
  observer.observe(el);
  return () => stop(el);
}

function stop(el: Element) {
  waiting.delete(el);
  observer?.unobserve(el);
}
