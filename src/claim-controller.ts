/**
 * The card's lifecycle: input → load → validate → strings, as one status with one outcome per
 * status (the shape of `@lit/task`, without its bytes).
 *
 * - `loading`: nothing to show yet (waiting for the page, for the card to come near, for the
 *   network, or for the claim language's interface strings).
 * - `ready`: `claim` is a validated document and its language's strings are here.
 * - `error`: `error` names what went wrong.
 *
 * Every run bumps a counter: an answer that arrives for an older input is dropped. Events are
 * held until the host has drawn the new state, so a listener always sees the card it announces.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Claim } from './types.js';
import { ClaimError, type ErrorFacts, type ErrorKind } from './errors.js';
import { toClaim } from './validate.js';
import { claimUrl, loadClaim, parseJson, whenNear } from './load.js';
import { stringsFor } from './strings.js';
import { nextSlice } from './slices.js';

export type ClaimState = 'loading' | 'ready' | 'error';

/**
 * `detail` of the `evidence-claim-error` event: what failed, for the publisher. Readers see
 * only one plain sentence; `url`, `status`, `path` and `expected` are there when they apply.
 */
export interface ClaimErrorDetail extends ErrorFacts {
  kind: ErrorKind;
  message: string;
}

/** What the controller reads from its element: the inputs, in precedence order. */
export interface ClaimInputs extends ReactiveControllerHost, HTMLElement {
  claim: unknown;
  claimId: string | null;
  endpoint: string | null;
  loading: 'lazy' | 'eager';
  timeout: number;
  /** Reflected status, written only by the controller. */
  state: ClaimState;
}

/** The longest a card waits for its language pack before it shows in English. */
const PACK_WAIT_MS = 3000;

export class ClaimController implements ReactiveController {
  /** The validated claim, when `ready`. */
  claim?: Claim;
  /** What went wrong, when `error`. */
  error?: ClaimError;
  /** Bumped by every run: an answer for an older one is dropped. */
  private _runs = 0;
  private _stopWaiting?: () => void;
  /** Set when removed mid-load: a reconnect (a move, a remount) starts over. */
  private _stale = false;
  /** Whether a run has not ended yet (in `ready` or `error`). */
  private _busy = false;
  private _pendingEvent?: Event;
  /** The URL requested, for the publisher's error detail. */
  private _url?: string;

  /**
   * @param _host the element whose inputs are read and whose `state` is written
   * @param _languageFor the interface language for a claim (explicit, the claim's own, the page's)
   * @param _keeps whether a prerendered card is on show: it stays `ready` while its document is
   *   checked, and if the check fails (it is still a true copy of the document it was drawn from)
   * @param _shows whether the card on show already is this claim (a prerendered one): nothing is
   *   drawn, so nothing drawing needs is waited for
   * @param _drawing what the host still needs before it can draw a claim (its templates), if anything
   * @param _drawn whether the last update drew the card whole (the load event waits until it has)
   */
  constructor(
    private readonly _host: ClaimInputs,
    private readonly _languageFor: (claim: Claim) => string,
    private readonly _keeps: () => boolean = () => false,
    private readonly _shows: (claim: Claim) => boolean = () => false,
    private readonly _drawing: (claim: Claim) => Promise<unknown> | undefined = () => undefined,
    private readonly _drawn: () => boolean = () => true,
  ) {
    _host.addController(this);
  }

  hostConnected() {
    if (this._stale) {
      this._stale = false;
      this.run();
    }
  }

  hostDisconnected() {
    this._stopWaiting?.();
    // Mid-run (loading, or a prerendered card checking its document while it shows `ready`).
    if (this._busy) {
      this._runs++;
      this._stale = true;
    }
  }

  hostUpdated() {
    // A card that fills its hidden parts in a later update tells of itself once they are in.
    if (!this._drawn()) return;
    const event = this._pendingEvent;
    this._pendingEvent = undefined;
    if (event) this._host.dispatchEvent(event);
  }

  /** Works out the input by precedence and starts showing it. Never throws. */
  run() {
    const run = ++this._runs;
    this._stopWaiting?.();
    this._url = undefined;
    this._set('loading');
    // Reading and checking the document is the costliest step before drawing: a slice of its own.
    nextSlice().then(() => run === this._runs && this._read(run));
  }

  private _read(run: number) {
    const host = this._host;
    try {
      let json = host.claim;
      if (typeof json === 'string') json = parseJson(json, 'the claim property');
      if (json == null) {
        const script = host.querySelector(':scope > script[type="application/json"]');
        if (script) json = parseJson(script.textContent ?? '', 'the inline JSON');
      }
      if (json != null) return this._show(run, toClaim(json));
      if (document.readyState === 'loading') {
        // A classic script in <head> upgrades us before the parser reaches our children: a JSON
        // child may still be on its way, and it outranks claim-id.
        return document.addEventListener('DOMContentLoaded', () => run === this._runs && this._read(run), { once: true });
      }
      const id = host.claimId;
      if (!id) throw new ClaimError('input', 'no claim given: set claim-id, the claim property, or a JSON script child');
      const url = (this._url = claimUrl(id, host.endpoint));
      const load = () =>
        loadClaim(url, id, host.timeout).then(
          (claim) => this._show(run, claim),
          (e) => this.fail(e, run),
        );
      if (host.loading === 'eager') load();
      // Added and removed in one task: the first update runs after removal; wait for a reconnect.
      else if (host.isConnected) this._stopWaiting = whenNear(host, load);
      else this._stale = true;
    } catch (e) {
      this.fail(e, run);
    }
  }

  /** Ends the current run (or run `run`, if it is still the current one) in the error state. */
  fail(e: unknown, run = this._runs) {
    if (run !== this._runs) return;
    const error = e instanceof ClaimError ? e : new ClaimError('invalid', String(e));
    this.claim = undefined;
    this.error = error;
    const detail: ClaimErrorDetail = { kind: error.kind, message: error.message, url: this._url, ...error.facts };
    console.error(`evidence-claim: this claim could not be loaded: ${error.message} ${JSON.stringify(detail)}`, this._host);
    this._set('error', new CustomEvent('evidence-claim-error', { detail, bubbles: true, composed: true }));
  }

  private _show(run: number, claim: Claim, waited = false) {
    if (run !== this._runs || (waited && this.claim === claim)) return;
    if (!this._shows(claim) && !this._ready(run, claim, waited)) return;
    this.claim = claim;
    this.error = undefined;
    this._set('ready', new CustomEvent('evidence-claim-load', { detail: claim, bubbles: true, composed: true }));
  }

  /**
   * Whether what drawing the claim needs is here; if not, asks for it and shows the claim again
   * when it comes. `ready` means drawn.
   */
  private _ready(run: number, claim: Claim, waited: boolean): boolean {
    const drawing = this._drawing(claim);
    if (drawing) {
      drawing.then(
        () => this._show(run, claim, waited),
        (e) => this.fail(new ClaimError('network', `the card's script could not load (${e})`), run),
      );
      return false;
    }
    // Stay in `loading` until the interface strings of the claim's language are here, so the
    // card never flashes in English first; but not for more than PACK_WAIT_MS, so a stalled
    // language pack cannot hold the card: it then shows in English and switches when the pack lands.
    const strings = stringsFor(this._languageFor(claim));
    if (strings instanceof Promise && !waited) {
      const timer = setTimeout(() => this._show(run, claim, true), PACK_WAIT_MS);
      strings.then(() => {
        clearTimeout(timer);
        this._show(run, claim, true);
      });
      return false;
    }
    return true;
  }

  private _set(status: ClaimState, event?: Event) {
    this._busy = status === 'loading';
    this._host.state = this._keeps() ? 'ready' : status;
    this._pendingEvent = event;
    // The event goes out after the next update, which a card that stays as it is may not get.
    if (event) this._host.requestUpdate();
  }
}
