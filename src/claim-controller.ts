/**
 * The card's lifecycle, as one status (the shape of `@lit/task`: a status union, and an
 * AbortSignal per run). Every change of status goes through `_set`.
 *
 * - `kept`: a prerendered card is on show, as drawn: while its document is checked, once it is
 *   found unchanged (`doc`), and if the check fails (it still is a true copy of what it was drawn from).
 * - `waiting`: for the page to finish parsing, or for the card to come near the viewport.
 * - `loading`: the document, the card's code or its language's strings are on their way.
 * - `ready`: `claim` is a validated document, and what drawing it needs is here.
 * - `error`: `error` names what went wrong.
 *
 * A new run aborts the one before it: an answer that arrives for an older input is dropped.
 * Events are held until the host has drawn the new status, so a listener sees the card it announces.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Claim } from './types.js';
import { ClaimError, type ErrorFacts, type ErrorKind } from './errors.js';
import { claimUrl, deadline, loadJson, parseJson, whenNear } from './load.js';
import type { PrerenderedController } from './prerendered.js';

export type Card = typeof import('./card.js');

export type Status =
  | { kind: 'kept'; doc?: unknown }
  | { kind: 'waiting' }
  | { kind: 'loading' }
  | { kind: 'ready'; claim: Claim; card: Card }
  | { kind: 'error'; error: ClaimError };

/** The reflected `state` attribute: `loading`, `ready` or `error`. */
export type ClaimState = 'loading' | 'ready' | 'error';

/**
 * `detail` of the `evidence-claim-error` event: what failed, for the publisher. Readers see
 * only one plain sentence; `url`, `status`, `path` and `expected` are there when they apply.
 */
export interface ClaimErrorDetail extends ErrorFacts {
  kind: ErrorKind;
  message: string;
}

/** What the controller reads from its element: the inputs, in precedence order, and its options. */
export interface ClaimInputs extends ReactiveControllerHost, HTMLElement {
  claim: unknown;
  claimId: string | null;
  endpoint: string | null;
  loading: 'lazy' | 'eager';
  timeout: number;
  variant: string;
}

/** The longest a card waits for its language pack before it shows in English (and switches later). */
const PACK_WAIT_MS = 3000;

let card: Card | undefined;
let cardLoading: Promise<Card> | undefined;
/**
 * The card's code (src/card.ts): at once when it is here, else the one promise of it that every
 * card waits on (so that they all go on in the same turn, not one import() resolution each).
 */
export const loadCard = (): Card | Promise<Card> =>
  card ??
  (cardLoading ??= import('./card.js').then(
    (m) => (card = m),
    (e) => {
      // Not kept, so a later card asks again (the engine may answer from its failed fetch).
      cardLoading = undefined;
      throw e;
    },
  ));

/**
 * `promise`, or a rejection with `undefined` once the card's `timeout` has passed: a stalled
 * file must not hold a card in `loading` for ever.
 */
export const withDeadline = <T>(promise: Promise<T>, timeoutMs: number) =>
  Promise.race([promise, new Promise<never>((_, reject) => setTimeout(reject, deadline(timeoutMs)))]);

export class ClaimController implements ReactiveController {
  status: Status = { kind: 'waiting' };
  /** The current run, until it ends (in `kept`, `ready` or `error`). */
  private _run?: AbortController;
  private _pendingEvent?: Event;
  /** The URL requested, for the publisher's error detail. */
  private _url?: string;

  /**
   * @param _languageFor the interface language for a document (explicit, the document's own, the page's)
   */
  constructor(
    private readonly _host: ClaimInputs,
    private readonly _pre: PrerenderedController,
    private readonly _languageFor: (doc?: { language?: unknown }) => string,
  ) {
    _host.addController(this);
  }

  hostConnected() {
    // Removed mid-run (a move, a remount): start over.
    if (this._run?.signal.aborted) this.run();
  }

  hostDisconnected() {
    this._run?.abort();
  }

  hostUpdated() {
    const event = this._pendingEvent;
    this._pendingEvent = undefined;
    if (event) this._host.dispatchEvent(event);
  }

  /** Works out the input by precedence and starts showing it. Never throws. */
  run() {
    this._run?.abort();
    const { signal } = (this._run = new AbortController());
    this._url = undefined;
    this._read(signal);
  }

  private _read(signal: AbortSignal) {
    const host = this._host;
    try {
      let doc = host.claim;
      if (typeof doc === 'string') doc = parseJson(doc, 'the claim property');
      if (doc == null && document.readyState === 'loading') {
        // A classic script in <head> upgrades us before the parser is done with our children: a
        // JSON child may be on its way, or half written, and it outranks claim-id.
        this._wait('waiting');
        return document.addEventListener('DOMContentLoaded', () => this._read(signal), { once: true, signal });
      }
      if (doc == null) {
        const script = host.querySelector(':scope > script[type="application/json"]');
        if (script) doc = parseJson(script.textContent ?? '', 'the inline JSON');
      }
      if (doc != null) return this._take(signal, doc);
      const id = host.claimId;
      if (!id) throw new ClaimError('input', 'no claim given: set claim-id, the claim property, or a JSON script child');
      const url = (this._url = claimUrl(id, host.endpoint));
      const load = () => {
        this._wait('loading');
        loadJson(url, host.timeout).then(
          (json) => this._take(signal, json, id),
          (e) => this._fail(signal, e),
        );
      };
      if (host.loading === 'eager') return load();
      this._wait('waiting');
      // Added and removed in one task, the card is updated once it is gone: wait for it to be back.
      if (!host.isConnected) return this._run!.abort();
      signal.addEventListener('abort', whenNear(host, load), { once: true });
    } catch (e) {
      this._fail(signal, e);
    }
  }

  /** A document is here: keep the prerendered card, or validate it and show it once drawing can. */
  private _take(signal: AbortSignal, doc: unknown, id?: string, waited = false) {
    if (signal.aborted) return;
    try {
      if (this._pre.keeps(doc, this._host.variant, this._languageFor(doc as object))) {
        return this._end({ kind: 'kept', doc }, 'evidence-claim-load', doc);
      }
      const code = loadCard();
      if (code instanceof Promise) {
        this._wait('loading');
        withDeadline(code, this._host.timeout).then(
          () => this._take(signal, doc, id, waited),
          (e) =>
            this._fail(
              signal,
              new ClaimError(e ? 'network' : 'timeout', `the card's script could not load (${e ?? 'no answer in time'})`),
            ),
        );
        return;
      }
      const claim = code.toClaim(doc, id);
      // The card never flashes in English first, but a stalled pack cannot hold it either.
      const strings = code.stringsFor(this._languageFor(claim));
      if (strings instanceof Promise && !waited) {
        this._wait('loading');
        const next = () => this._take(signal, doc, id, true);
        Promise.race([strings, new Promise((r) => setTimeout(r, PACK_WAIT_MS))]).then(next);
        return;
      }
      this._end({ kind: 'ready', claim, card: code }, 'evidence-claim-load', claim);
    } catch (e) {
      this._fail(signal, e);
    }
  }

  /** Ends the current run in the error state: a bug of ours in drawing the card, or a failure on the way. */
  fail(e: unknown) {
    // Whatever the run still waits for (a fetch, the language pack) must not show a card after this.
    this._run?.abort();
    this._fail(new AbortController().signal, e);
  }

  private _fail(signal: AbortSignal, e: unknown) {
    if (signal.aborted) return;
    const error = e instanceof ClaimError ? e : new ClaimError('invalid', String(e));
    const detail: ClaimErrorDetail = { kind: error.kind, message: error.message, url: this._url, ...error.facts };
    console.error(`evidence-claim: this claim could not be loaded: ${error.message} ${JSON.stringify(detail)}`, this._host);
    // A prerendered card stays: it is still a true copy of the document it was drawn from.
    this._end(this._pre.root ? { kind: 'kept' } : { kind: 'error', error }, 'evidence-claim-error', detail);
  }

  /** On the way: a prerendered card stays on show meanwhile (kept, its document not checked yet). */
  private _wait(kind: 'waiting' | 'loading') {
    const next = this._pre.root ? 'kept' : kind;
    if (this.status.kind !== next) this._set({ kind: next });
  }

  private _end(status: Status, type: string, detail: unknown) {
    this._run = undefined;
    this._set(status, new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }

  private _set(status: Status, event?: Event) {
    this.status = status;
    this._pendingEvent = event;
    this._host.requestUpdate();
  }
}
