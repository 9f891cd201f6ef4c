/**
 * The `<evidence-claim>` element class. Importing this file defines nothing: call
 * `EvidenceClaim.define()` (or import the package's main entry, which does), so that apps can
 * register it under another name or in another registry.
 *
 * Data flows one way: the properties feed the ClaimController (input -> load -> validate), whose
 * status is the card's one state; the PrerenderedController keeps a prerendered card while it
 * can; render() maps the status to a template (render.ts, in the card chunk). Every update waits
 * its turn in the page's one scheduler (scheduler.ts).
 */
import { adoptStyles, html, LitElement, nothing, render, type PropertyValues } from 'lit';
import type { Claim } from './types.js';
import { ClaimError, READER_ERROR } from './errors.js';
import {
  ClaimController,
  loadCard,
  withDeadline,
  type Card,
  type ClaimErrorDetail,
  type ClaimState,
} from './claim-controller.js';
import { PrerenderedController } from './prerendered.js';
import { updatedLine } from './changed.js';
import { hasFallback, languageAround, levelAfter, schemeBehind } from './page.js';
import { hostStyles } from './host-styles.js';
import { inTurn } from './scheduler.js';
import type { Variant } from './render.js';

export type { ClaimErrorDetail, ClaimState };

/**
 * What stands in until the card's code is here, or while the page's fallback is shown: the
 * fallback itself, or an empty box that keeps the card's place (host-styles.ts); a reader who
 * waits for nothing else is told if it fails.
 */
const standIn = (fallback: boolean, failed: boolean) =>
  html`<div class="root" aria-busy=${!failed}>${fallback ? html`<slot></slot>` : failed ? READER_ERROR : nothing}</div>`;

/**
 * Shows what the research says about a health claim: verdict, independent support and oppose
 * scores, plain-language summary, mechanism, studies and a medical disclaimer.
 *
 * Give it a claim in one of three ways, in this precedence: the `claim` property, a child
 * `<script type="application/json">`, or the `claim-id` attribute (fetched from `endpoint`).
 * Any other child content is fallback: shown while loading and if loading fails, and before the
 * script runs at all.
 *
 * A prerendered card (a `<template shadowrootmode="open">` from `evidence-claim snippet` or
 * `build`) is adopted as it stands: the script draws nothing over it, and fits its theme and
 * heading level in place. With a `claim-id` it fetches the document when near the viewport and
 * redraws only if the document changed, or if its `variant`, language or `as-of` line differs from
 * what the element asks for.
 *
 * @tagname evidence-claim
 *
 * @fires evidence-claim-load - The claim rendered. `detail`: the validated claim document.
 * @fires evidence-claim-error - The claim could not be shown. `detail`: `{ kind, message, url, status, path, expected }`.
 *
 * @slot - Fallback content: shown while loading and on error, hidden once the card renders.
 *
 * @csspart card - The card's outer box (also the box of the loading and error states).
 * @csspart badge - The verdict badge (icon and words).
 * @csspart badge-button - The button of the `badge` variant.
 * @csspart scores - The two score gauges.
 * @csspart studies - The list of studies.
 * @csspart disclosure - Each disclosure (`<details>`): scientific wording, and the details.
 * @csspart more - The compact variant's disclosure (`<details>`) around the rest of the card.
 * @csspart toggle - The compact variant's "Show the full evidence" summary, and the "Show all N studies" summary.
 * @csspart disclaimer - The medical disclaimer.
 * @csspart updated - The line saying the claim changed after the article (see `as-of`).
 *
 * @cssproperty --evidence-claim-font-family - Font of the card; the host page's font by default.
 * @cssproperty --evidence-claim-font-size - Base text size; everything scales from it (default: the host's font size).
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
  static readonly version: string = __VERSION__;

  /**
   * Registers the element as `tag` (default `evidence-claim`) in `registry` (default the
   * page's). When the tag is already taken by another copy, the first registration keeps working
   * and this one says so once on the console and does nothing.
   */
  static define(tag = 'evidence-claim', registry: CustomElementRegistry = customElements) {
    const existing = registry.get(tag);
    if (!existing) {
      registry.define(tag, this);
    } else if (existing !== this) {
      const version = (existing as Partial<typeof EvidenceClaim>).version ?? 'unknown';
      console.warn(
        `evidence-claim: <${tag}> is already defined by another copy (version ${version}); this copy (version ${this.version}) does nothing.`,
      );
    }
  }

  static override styles = hostStyles;

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
    asOf: { attribute: 'as-of' },
    state: { reflect: true },
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
  /**
   * `auto` (default): the color-scheme the page sets, else the background behind the card
   * (a white page keeps a light card in a dark OS), else the reader's preference.
   */
  declare theme: 'auto' | 'light' | 'dark';
  /** `card` (default), `compact` (top of the card, expandable) or `badge` (an inline pill). */
  declare variant: Variant;
  /**
   * Heading level of the claim statement, 1-6; section headings sit one below. By default one
   * below the nearest heading before the card (`h1`-`h6` or `role=heading`), or 2 when none.
   */
  declare headingLevel: number;
  /** Interface language; else the claim's `language`, else the page's, else English. */
  declare lang: string;
  /**
   * The date the article around the card was written against, ISO 8601 (`2026-11-20`; a time is
   * read on its UTC day). When the claim's `dateModified` falls on a later day, the card says so
   * by the verdict ("Updated on …, after this article was published"), and a prerendered card
   * whose verdict has changed since it was drawn names both verdicts. A malformed date warns on
   * the console and shows nothing. `evidence-claim snippet` writes today's date; the WordPress
   * plugin and the Hugo shortcode write the post's date.
   */
  declare asOf: string | null;
  /** Reflected: `loading`, `ready` or `error`, from the card's status. Read-only in practice. */
  declare state: ClaimState;
  private readonly _pre = new PrerenderedController(this, EvidenceClaim.version);
  private readonly _task = new ClaimController(this, this._pre, (doc) => this._languageFor(doc));

  constructor() {
    super();
    this.loading = 'lazy';
    this.timeout = 10_000;
    this.theme = 'auto';
    this.variant = 'card';
    this.state = 'loading';
  }

  /**
   * The claim on show: validated, or for a kept prerendered card the document it was found to be
   * drawn from. Undefined until then (a prerendered card shows `ready` before it is checked).
   */
  get validatedClaim(): Claim | undefined {
    const { status } = this._task;
    return status.kind === 'ready' ? status.claim : status.kind === 'kept' ? (status.doc as Claim | undefined) : undefined;
  }

  /**
   * Every update waits for its turn in the page's scheduler: never in the task that upgraded the
   * card. A card to be drawn first waits for the card's code (asked for here, at the upgrade), so
   * that its first update can draw it; the page's fallback, or the host's reserved box, stands in.
   */
  protected override async scheduleUpdate() {
    // Not for longer than the card's timeout: the controller then says what failed.
    if (!this.hasUpdated && !this._pre.root) await withDeadline(Promise.resolve(loadCard()), this.timeout).catch(() => {});
    return inTurn(() => super.scheduleUpdate());
  }

  protected override createRenderRoot() {
    if (this._pre.find()) {
      // Lit draws after the prerendered nodes, which the first real drawing takes away.
      this.renderOptions.renderBefore = null;
      return this.shadowRoot!;
    }
    const root = super.createRenderRoot();
    // The page's fallback stays in view until the first update: a shadow root with no slot would hide it.
    if (hasFallback(this)) render(standIn(true, false), root, this.renderOptions);
    return root;
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    const task = this._task;
    if (!this.hasUpdated || changed.has('claim') || changed.has('claimId') || changed.has('endpoint')) {
      // Another claim's earlier verdict is not this one's.
      if (this.hasUpdated) this._pre.drawn = undefined;
      task.run();
    } else if (task.status.kind === 'kept' && (changed.has('variant') || changed.has('lang') || changed.has('asOf'))) {
      // The kept card no longer shows what the element now asks for, maybe: check again.
      task.run();
    }
    const { kind } = task.status;
    this.state = kind === 'kept' || kind === 'ready' ? 'ready' : kind === 'error' ? 'error' : 'loading';
  }

  protected override update(changed: PropertyValues<this>) {
    const card = this._drawsWith();
    const root = this.renderRoot as ShadowRoot;
    if (card && !root.adoptedStyleSheets.includes(card.styles.styleSheet!)) {
      adoptStyles(root, [hostStyles, card.styles, card.drawnStyles]);
    }
    super.update(changed);
    // The prerendered card goes once its successor is in, in the same task (no frame without a
    // card); not if drawing failed, which keeps it (render()).
    if (this._drawsWith()) this._pre.drop();
  }

  protected override render() {
    const { status } = this._task;
    if (status.kind === 'kept') return nothing;
    const card = this._drawsWith();
    if (!card) return standIn(hasFallback(this), status.kind === 'error');
    const lang = this._languageFor(status.kind === 'ready' ? status.claim : undefined);
    let s = card.stringsFor(lang);
    if (s instanceof Promise) {
      // English until the language's strings are here (the controller waits for them before `ready`).
      void s.then(() => this.requestUpdate());
      s = card.stringsFor('en') as Awaited<typeof s>;
    }
    try {
      return card.cardTemplate({
        // As reflected (willUpdate): a card being drawn is never kept.
        status: this.state,
        claim: status.kind === 'ready' ? status.claim : undefined,
        error: status.kind === 'error' ? status.error : undefined,
        s,
        lang,
        scheme: this.theme === 'light' || this.theme === 'dark' ? this.theme : schemeBehind(this),
        fallback: hasFallback(this),
        level: Math.max(1, Math.min(6, this.headingLevel || levelAfter(this))),
        variant: this.variant,
        updated: status.kind === 'ready' ? updatedLine(status.claim, this.asOf, this._pre.drawn, this) : undefined,
      });
    } catch (e) {
      // A bug of ours must not escape to the page. The run ends now, so the load event it held
      // gives way to the error's; a prerendered card stays, and the error state is drawn next.
      this._task.fail(new ClaimError('render', `the card could not be drawn (${e})`));
      queueMicrotask(() => this.requestUpdate());
      return nothing;
    }
  }

  /**
   * The card's code, when the card is drawn with it: a claim or an error to show, or a busy box
   * where the page gave no fallback. A fallback stays as it is while the card is on its way.
   */
  private _drawsWith(): Card | undefined {
    const { kind } = this._task.status;
    if (kind === 'kept' || (kind !== 'ready' && kind !== 'error' && hasFallback(this))) return undefined;
    const card = loadCard();
    if (!(card instanceof Promise)) return card;
    // Drawn plain meanwhile; styled once the card's code is here.
    card.then(
      () => this.requestUpdate(),
      () => {},
    );
    return undefined;
  }

  /** The interface language for a document, checked: Intl throws on a malformed tag. */
  private _languageFor(doc?: { language?: unknown }): string {
    try {
      return Intl.getCanonicalLocales(this.lang || (doc?.language as string) || languageAround(this) || 'en')[0];
    } catch {
      return 'en';
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'evidence-claim': EvidenceClaim;
  }
  interface HTMLElementEventMap {
    /** A card rendered its claim; `detail` is the validated document. */
    'evidence-claim-load': CustomEvent<Claim>;
    /** A card could not show its claim; `detail` names the kind and the problem. */
    'evidence-claim-error': CustomEvent<ClaimErrorDetail>;
  }
}
