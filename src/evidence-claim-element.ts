/**
 * The `<evidence-claim>` element class. Importing this file defines nothing: see
 * evidence-claim.ts for the registration, so that apps can register under another name.
 */
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import type { Claim } from './types.js';
import { ClaimError, type ErrorKind } from './errors.js';
import { toClaim } from './validate.js';
import { claimUrl, loadClaim, parseJson, whenNear } from './load.js';
import { isRtl, stringsFor, type Strings } from './strings.js';
import { badge, body, disclaimer, head, summary, verdictLabel, type View } from './render.js';
import { styles } from './styles.js';

export type ClaimState = 'loading' | 'ready' | 'error';

/** When the current slice of first renders started (see scheduleUpdate). */
let sliceStart = 0;

/** The longest a card waits for its language pack before it shows in English. */
const PACK_WAIT_MS = 3000;

/** `detail` of the `evidence-claim-error` event. */
export interface ClaimErrorDetail {
  kind: ErrorKind;
  message: string;
}

// The page's own color-scheme. Read at most once per task: hundreds of widgets rendering
// together share one reading instead of forcing a style recalc each.
let pageScheme: string | undefined;
const schemeOfPage = () => {
  if (pageScheme === undefined) {
    pageScheme = /^(light|dark)$/.exec(getComputedStyle(document.documentElement).colorScheme)?.[0] ?? '';
    setTimeout(() => (pageScheme = undefined));
  }
  return pageScheme;
};

/**
 * Shows what the research says about a health claim: verdict, independent support and oppose
 * scores, plain-language summary, mechanism, studies and a medical disclaimer.
 *
 * Give it a claim in one of three ways, in this precedence: the `claim` property, a child
 * `<script type="application/json">`, or the `claim-id` attribute (fetched from `endpoint`).
 * Any other child content is fallback: shown while loading and if loading fails, and before the
 * script runs at all.
 *
 * @fires evidence-claim-load - The claim rendered. `detail`: the validated claim document.
 * @fires evidence-claim-error - The claim could not be shown. `detail`: `{ kind, message }`.
 *
 * @slot - Fallback content: shown while loading and on error, hidden once the card renders.
 *
 * @csspart card - The card's outer box (also the box of the loading and error states).
 * @csspart badge - The verdict badge (icon and words).
 * @csspart badge-button - The button of the `badge` variant.
 * @csspart scores - The two score gauges.
 * @csspart studies - The list of studies.
 * @csspart disclosure - Each disclosure (`<details>`): scientific wording, and the details.
 * @csspart toggle - The compact variant's "Show the full evidence" button.
 * @csspart disclaimer - The medical disclaimer.
 *
 * @cssproperty --evidence-claim-font-family - Font of the card; the host page's font by default.
 * @cssproperty --evidence-claim-font-size - Base text size; everything scales from it (default 16px).
 * @cssproperty --evidence-claim-surface - Card background.
 * @cssproperty --evidence-claim-text - Main text colour.
 * @cssproperty --evidence-claim-muted - Secondary text colour (notes, metadata).
 * @cssproperty --evidence-claim-border - Borders and gauge tracks.
 * @cssproperty --evidence-claim-accent - Links and the focus ring.
 * @cssproperty --evidence-claim-radius - Corner radius of the card.
 * @cssproperty --evidence-claim-spacing - Inner spacing unit of the card.
 * @cssproperty --evidence-claim-supports - Colour of "supports": badge, stance, support gauge.
 * @cssproperty --evidence-claim-opposes - Colour of "opposes": badge, stance, oppose gauge.
 * @cssproperty --evidence-claim-balanced - Colour of the "balanced" verdict.
 * @cssproperty --evidence-claim-insufficient - Colour of the "insufficient" verdict and neutral studies.
 */
export class EvidenceClaim extends LitElement {
  /** The version of this copy of the widget (two copies on one page tell each other apart). */
  static readonly version = '0.1.0';

  static override styles = styles;

  static override properties = {
    claim: { attribute: false },
    claimId: { attribute: 'claim-id' },
    endpoint: {},
    loading: {},
    timeout: { type: Number },
    theme: { reflect: true },
    variant: { reflect: true },
    headingLevel: { attribute: 'heading-level', type: Number },
    lang: {},
    state: { reflect: true },
    _open: { state: true },
  };

  /** A claim document (object or JSON text). Takes precedence over the other inputs. */
  declare claim: unknown;
  /** ID of a claim to fetch: 1-64 of `A-Z a-z 0-9 _ -`. */
  declare claimId: string | null;
  /**
   * URL template for claim IDs, with `{id}`, e.g. `https://cdn.example/claims/{id}.json`.
   * Else `<meta name="evidence-claim-endpoint">`, else `claims/{id}.json` beside the script.
   */
  declare endpoint: string | null;
  /** `lazy` (default): fetch when near the viewport. `eager`: fetch at once. */
  declare loading: 'lazy' | 'eager';
  /**
   * Milliseconds a fetch may take, retries included, before the error state (default 10000;
   * values that are not positive numbers mean the default, and longer ones are cut to 60000).
   */
  declare timeout: number;
  /** `auto` (default): the page's color-scheme, else the reader's preference. */
  declare theme: 'auto' | 'light' | 'dark';
  /** `card` (default), `compact` (top of the card, expandable) or `badge` (an inline pill). */
  declare variant: 'card' | 'compact' | 'badge';
  /** Heading level of the claim statement, 1-6 (default 3); section headings sit one below. */
  declare headingLevel: number;
  /** Interface language; else the claim's `language`, else the page's, else English. */
  declare lang: string;
  /** Reflected: `loading`, `ready` or `error`. Read-only in practice. */
  declare state: ClaimState;
  declare private _open: boolean;

  /** The claim on show, once ready. */
  private _claim?: Claim;
  private _error?: ClaimError;
  /** Bumped by every new input: an answer for an older one is dropped. */
  private _generation = 0;
  private _stopWaiting?: () => void;
  /** Set when removed mid-load: a reconnect (a move, a remount) starts over. */
  private _stale = false;
  private _event?: Event;

  constructor() {
    super();
    this.loading = 'lazy';
    this.timeout = 10_000;
    this.theme = 'auto';
    this.variant = 'card';
    this.headingLevel = 3;
    this.state = 'loading';
    this._open = false;
  }

  /** The claim on show (validated), or undefined until the state is `ready`. */
  get validatedClaim(): Claim | undefined {
    return this._claim;
  }

  override connectedCallback() {
    super.connectedCallback();
    if (this._stale) {
      this._stale = false;
      this._resolve();
    }
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this._stopWaiting?.();
    if (this.state === 'loading') {
      this._generation++;
      this._stale = true;
    }
  }

  /**
   * First renders are cut into slices of about 10 ms with a macrotask between them, so a page of
   * hundreds of cards never blocks input in one long task (the benchmark's largest cost).
   */
  protected override async scheduleUpdate() {
    // Not for a card with fallback content: the shadow root already hides it, and waiting would
    // blank it for a frame.
    if (!this.hasUpdated && performance.now() - sliceStart > 10 && !this._hasFallback()) {
      await new Promise((r) => setTimeout(r));
      sliceStart = performance.now();
    }
    return super.scheduleUpdate();
  }

  /** Light-DOM content other than the JSON script: the publisher's fallback. */
  private _hasFallback() {
    return [...this.childNodes].some((n) =>
      n.nodeType === 1 ? (n as Element).localName !== 'script' : n.nodeType === 3 && n.textContent!.trim(),
    );
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    if (!this.hasUpdated || changed.has('claim') || changed.has('claimId') || changed.has('endpoint')) {
      this._resolve();
    }
  }

  protected override updated() {
    const event = this._event;
    this._event = undefined;
    if (event) this.dispatchEvent(event);
  }

  /** Works out the input by precedence and starts showing it. Never throws. */
  private _resolve() {
    const generation = ++this._generation;
    this._stopWaiting?.();
    this._set('loading');
    try {
      let json = this.claim;
      if (typeof json === 'string') json = parseJson(json, 'the claim property');
      if (json == null) {
        const script = this.querySelector(':scope > script[type="application/json"]');
        if (script) json = parseJson(script.textContent ?? '', 'the inline JSON');
      }
      if (json != null) return this._show(generation, toClaim(json));
      if (document.readyState === 'loading') {
        // A classic script in <head> upgrades us before the parser reaches our children: a JSON
        // child may still be on its way, and it outranks claim-id.
        return document.addEventListener('DOMContentLoaded', () => generation === this._generation && this._resolve(), {
          once: true,
        });
      }
      const id = this.claimId;
      if (!id) throw new ClaimError('input', 'no claim given: set claim-id, the claim property, or a JSON script child');
      const url = claimUrl(id, this.endpoint);
      const go = () =>
        loadClaim(url, id, this.timeout).then(
          (claim) => this._show(generation, claim),
          (e) => this._fail(generation, e),
        );
      if (this.loading === 'eager') go();
      // Added and removed in one task: the first update runs after removal; wait for a reconnect.
      else if (this.isConnected) this._stopWaiting = whenNear(this, go);
      else this._stale = true;
    } catch (e) {
      this._fail(generation, e);
    }
  }

  private _show(generation: number, claim: Claim, waited = false) {
    if (generation !== this._generation || (waited && this._claim === claim)) return;
    // Stay in `loading` until the interface strings of the claim's language are here, so the
    // card never flashes in English first; but not for more than PACK_WAIT_MS, so a stalled
    // language pack cannot hold the card: it then shows in English and switches when the pack lands.
    const strings = stringsFor(this._lang(claim));
    if (strings instanceof Promise && !waited) {
      const timer = setTimeout(() => this._show(generation, claim, true), PACK_WAIT_MS);
      strings.then(() => {
        clearTimeout(timer);
        this._show(generation, claim, true);
      });
      return;
    }
    this._claim = claim;
    this._error = undefined;
    this._set('ready', new CustomEvent('evidence-claim-load', { detail: claim, bubbles: true, composed: true }));
  }

  private _fail(generation: number, e: unknown) {
    if (generation !== this._generation) return;
    const error = e instanceof ClaimError ? e : new ClaimError('invalid', String(e));
    this._claim = undefined;
    this._error = error;
    console.error(`evidence-claim: this claim could not be loaded: ${error.message}`, this);
    const detail: ClaimErrorDetail = { kind: error.kind, message: error.message };
    this._set('error', new CustomEvent('evidence-claim-error', { detail, bubbles: true, composed: true }));
  }

  private _set(state: ClaimState, event?: Event) {
    this.state = state;
    this._event = event;
  }

  /** The interface language, checked: Intl throws on a malformed tag. */
  private _lang(claim = this._claim): string {
    const tag =
      this.lang || claim?.language || this.parentElement?.closest('[lang]')?.getAttribute('lang');
    try {
      return Intl.getCanonicalLocales(tag || 'en')[0];
    } catch {
      return 'en';
    }
  }

  protected override render() {
    try {
      return this._render();
    } catch (e) {
      // A bug of ours must not escape to the page: end in the error state instead.
      const generation = this._generation;
      queueMicrotask(() => this._fail(generation, new ClaimError('render', `the card could not be drawn (${e})`)));
      return nothing;
    }
  }

  private _render() {
    const lang = this._lang();
    let s = stringsFor(lang);
    if (s instanceof Promise) {
      // Loading and error boxes speak English until the language's strings arrive.
      s.then(() => this.requestUpdate());
      s = stringsFor('en') as Strings;
    }
    const scheme = this.theme === 'light' || this.theme === 'dark' ? this.theme : schemeOfPage();
    const frame = (content: unknown, status: string) =>
      html`<div class="root ${scheme}" lang=${lang} dir=${isRtl(lang) ? 'rtl' : 'ltr'}>
        <div class="sr" role="status">${status}</div>
        ${content}
      </div>`;
    // Fallback content stands in for the loading and error states when the page gave some.
    const fallback = this._hasFallback();
    if (this.state === 'loading') {
      return frame(
        fallback
          ? html`<slot></slot>`
          : html`<div part="card" class="card ph" aria-hidden="true">${s.loading}</div>`,
        s.loading,
      );
    }
    if (this.state === 'error' || !this._claim) {
      const message = `${s.error}: ${this._error?.message}`;
      return frame(
        fallback ? html`<slot></slot>` : html`<div part="card" class="card err"><strong>${s.error}:</strong> ${this._error?.message}</div>`,
        message,
      );
    }
    const v: View = { claim: this._claim, s, lang, level: Math.max(1, Math.min(6, this.headingLevel || 3)) };
    // The verdict is what a screen reader user hears when the card lands.
    return frame(this._card(v), verdictLabel(v));
  }

  private _card(v: View) {
    const { s } = v;
    // The card: its top, then `middle`, then the disclaimer.
    const card = (middle: unknown) =>
      html`<section part="card" class="card ${v.claim.verdict.leaning}" aria-labelledby="h">
        ${head(v, 'h')} ${middle} ${disclaimer(v)}
      </section>`;
    if (this.variant === 'badge') {
      // The pill names the verdict and is described by the claim (the heading inside the
      // popover), so several badges in one article can be told apart.
      return html`<button part="badge-button" class="pill ${v.claim.verdict.leaning}" popovertarget="pop" aria-describedby="h">
          ${badge(v)}
        </button>
        <div id="pop" popover role="dialog" aria-labelledby="h">
          ${card(body(v))}
          <button popovertarget="pop" popovertargetaction="hide">${s.close}</button>
        </div>`;
    }
    if (this.variant === 'compact') {
      const open = this._open;
      return card(
        html`${summary(v)}
          <button part="toggle" aria-expanded=${open} aria-controls="more" @click=${() => (this._open = !open)}>
            ${open ? s.collapse : s.expand}
          </button>
          <div id="more">${open ? body(v, false) : nothing}</div>`,
      );
    }
    return card(body(v));
  }
}
