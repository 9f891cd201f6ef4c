/**
 * The `<evidence-claim>` element class. Importing this file defines nothing: call
 * `EvidenceClaim.define()` (or import the package's main entry, which does), so that apps can
 * register it under another name or in another registry.
 *
 * The element only wires things together: its properties feed the ClaimController
 * (input → load → validate → strings), the page is read once per update (page.ts), and render()
 * hands the result to the templates (render.ts).
 */
import { adoptStyles, html, LitElement, nothing, type PropertyValues } from 'lit';
import type { Claim } from './types.js';
import { ClaimError } from './errors.js';
import { ClaimController, type ClaimErrorDetail, type ClaimState } from './claim-controller.js';
import { hasFallback, languageAround, levelAfter, schemeBehind } from './page.js';
import { stringsFor, type Strings } from './strings.js';
import type { CardState, Variant } from './render.js';
import { nextSlice } from './slices.js';
import { digest } from './digest.js';
import { hostStyles } from './host-styles.js';
import { drawnWith, showsLine, updatedLine, type Drawn } from './changed.js'; // as-of

type Templates = typeof import('./render.js');
let templates: Templates | undefined;
let templatesLoading: Promise<Templates> | undefined;
/**
 * The templates and styles are a chunk of their own (beside the script, like the language
 * packs): asked for as soon as a card is to be drawn (in the slice after the first update, which
 * has enough to do in its own), never by a prerendered card that stays as it is (its template
 * links the same styles as a file).
 */
const loadTemplates = () =>
  (templatesLoading ??= nextSlice()
    .then(() => import('./render.js'))
    .then(async (m) => {
      // The stylesheet is parsed in a task of its own, not in the one that draws the first card.
      await nextSlice();
      void m.styles.styleSheet;
      return (templates = m);
    }));

/** Options that shape the card: set by script after the upgrade, they redraw a prerendered one. */
const SHAPE = ['theme', 'variant', 'headingLevel', 'lang'] as const;

export type { ClaimErrorDetail, ClaimState };

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
 * `build`) is adopted as it stands: the script draws nothing over it. With a `claim-id` it
 * fetches the document when near the viewport and redraws only if the document changed.
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
 * @csspart toggle - The compact variant's "Show the full evidence" summary, and the "Show all N studies" control.
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
    _all: { state: true },
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
  declare asOf: string | null; // as-of
  /** Reflected: `loading`, `ready` or `error`. Read-only in practice. */
  declare state: ClaimState;
  /** The reader asked for every study. */
  declare private _all: boolean;

  private readonly _task = new ClaimController(
    this,
    (claim) => this._languageFor(claim),
    () => this._preDigest !== undefined,
    (claim) => this._keepsShowing(claim),
    // The templates; then, for the page's first card, the one-time costs of drawing (warm.ts).
    (claim) => (templates ? this._warm(claim) : loadTemplates()),
    () => !this._view?.later,
  );
  /** What the next render draws, gathered in willUpdate. */
  private _view?: CardState;
  /** A fault of our own while drawing, turned into the error state once the update is over. */
  private _fault?: unknown;
  /**
   * What stands in the shadow root until the first update draws: a prerendered card's nodes
   * (see connectedCallback), or a slot that keeps the page's fallback in view (createRenderRoot).
   */
  private _pre?: ChildNode[];
  /** The prerendered card's root, until the first update fits it to the page. */
  private _unfitted?: HTMLElement;
  /**
   * The digest of the prerendered card while it stands ('' once it is to be redrawn);
   * undefined when there is none, or once this script has drawn the card.
   */
  private _preDigest?: string;
  /** What a prerendered card was drawn with (changed.ts): its verdict, and whether it shows the line. */
  private _drawn?: Drawn; // as-of
  /** Whether the card's styles are adopted (they come with the templates' chunk). */
  private _styled = false;
  /** Whether a claim was drawn whole: the first is drawn without its hidden parts (render.ts, `later`). */
  private _whole = false;
  /** The update that fills in the hidden parts, while it is to come. */
  private _filling?: Promise<unknown>;

  constructor() {
    super();
    this.loading = 'lazy';
    this.timeout = 10_000;
    this.theme = 'auto';
    this.variant = 'card';
    this.state = 'loading';
  }

  /** The claim on show (validated), or undefined until the state is `ready`. */
  get validatedClaim(): Claim | undefined {
    return this._task.claim;
  }

  /**
   * First renders are cut into short slices with a macrotask between them, so that no card, and
   * no page of hundreds of cards, blocks input in one long task (slices.ts). An update waits for
   * a new slice when it is:
   * - the first: not in the task that loaded the script and upgraded the element (a prerendered
   *   card's first update draws nothing, but fits the card to the page);
   * - the first that draws the card, once the templates are here.
   */
  protected override async scheduleUpdate() {
    if (!this.hasUpdated || (!this._styled && !!templates)) await nextSlice();
    return super.scheduleUpdate();
  }

  override connectedCallback() {
    // A declarative shadow root holding a prerendered card: adopt it. Lit would add its own
    // render to it (the card twice); instead nothing is drawn until something changes.
    const mark = !this.hasUpdated && !this._pre && this.shadowRoot?.querySelector<HTMLElement>('.root[data-digest]');
    if (mark) {
      this._pre = [...this.shadowRoot!.childNodes];
      this._unfitted = mark;
      this._preDigest = mark.dataset.digest ?? '';
      this._drawn = drawnWith(mark); // as-of
      this.state = 'ready';
    }
    super.connectedCallback();
  }

  protected override createRenderRoot() {
    if (this._preDigest !== undefined) {
      // A prerendered card is styled by the stylesheet it links, the host's rules included.
      // Adopting those again would have the engine restyle the whole card for nothing, for every
      // card on the page. A card that is redrawn adopts its styles then (update()).
      this.renderOptions.renderBefore = null;
      return this.shadowRoot!;
    }
    const root = super.createRenderRoot();
    if (!this._pre && hasFallback(this)) {
      // The page's fallback stays in view until the first update (a slice later) draws its own
      // slot: a shadow root with no slot would hide it meanwhile.
      this._pre = [root.appendChild(document.createElement('slot'))];
    }
    // Lit renders before the root's first child, here a prerendered node that may go later:
    // render after them instead, so they can be removed without disturbing Lit's own markers.
    if (this._pre) this.renderOptions.renderBefore = null;
    return root;
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    if (this._unfitted) {
      this._fitPrerendered(this._unfitted);
      this._unfitted = undefined;
    }
    if (!templates && this._preDigest === undefined) {
      loadTemplates().then(
        () => this.requestUpdate(),
        () => {},
      );
    }
    if (!this.hasUpdated || changed.has('claim') || changed.has('claimId') || changed.has('endpoint')) {
      if (this.hasUpdated) this._drawn = undefined; // as-of: another claim's earlier verdict is not this one's
      this._task.run();
    } else if (this._preDigest !== undefined && SHAPE.some((k) => changed.has(k))) {
      // An option set by script after the upgrade: the prerendered card no longer matches it.
      this._preDigest = '';
    }
    const lang = this._languageFor(this._task.claim);
    const claim = this._task.claim;
    // A card that stays as it is needs neither strings nor templates (not even its language's pack).
    if (this._preDigest !== undefined && (!claim || this._keepsShowing(claim))) return;
    let strings = stringsFor(lang);
    if (this._preDigest !== undefined) {
      // The prerendered card stays until a card of another document, or of other options, can
      // be drawn at once: its language's strings and the templates are here.
      if (!templates || strings instanceof Promise) {
        Promise.all([strings, loadTemplates()]).then(
          () => this.requestUpdate(),
          () => {},
        );
        return;
      }
      this._preDigest = undefined;
    }
    if (strings instanceof Promise) {
      // Loading and error boxes speak English until the language's strings arrive.
      strings.then(() => this.requestUpdate());
      strings = stringsFor('en') as Strings;
    }
    const fallback = hasFallback(this);
    // Until the templates are here, nothing drawn needs the page (the busy box is unstyled), and
    // while the page's fallback stands in, nothing drawn shows: the page around is read once
    // something that uses it shows. Reading the scheme forces a style pass, which the first
    // update, in its own slice, must not carry too.
    const shown = !!templates && (this.state !== 'loading' || !fallback);
    this._view = {
      status: this.state,
      claim: this._task.claim,
      error: this._task.error,
      s: strings,
      lang,
      scheme: this.theme === 'light' || this.theme === 'dark' ? this.theme : shown ? schemeBehind(this) : '',
      fallback,
      level: Math.max(1, Math.min(6, this.headingLevel || (shown ? levelAfter(this) : 2))),
      all: this._all,
      more: () => (this._all = !this._all),
      variant: this.variant,
      later: !this._whole && this.state === 'ready',
      updated: claim && updatedLine(claim, this.asOf, this._drawn, this), // as-of
    };
  }

  protected override update(changed: PropertyValues<this>) {
    // The prerendered nodes go in the same update (the same task) as the render replacing them:
    // no frame without a card in between.
    if (this._preDigest === undefined && this._pre) {
      this._pre.forEach((n) => n.remove());
      this._pre = undefined;
    }
    // The card's styles, once the templates that bring them are here; not while the page's
    // fallback stands in, which they would restyle (and move) while the card is on its way.
    if (templates && !this._styled && this._view && (this._view.status !== 'loading' || !this._view.fallback)) {
      this._styled = true;
      adoptStyles(this.renderRoot as ShadowRoot, [hostStyles, templates.styles]);
    }
    super.update(changed);
  }

  /**
   * Before the page's first card is drawn: its pieces, drawn hidden a frame each (warm.ts).
   * Not for a badge (its first render is the pill alone) nor a prerendered card being redrawn.
   */
  private _warm(claim: Claim): Promise<void> | undefined {
    const view = this._view;
    if (!view || this.variant === 'badge' || this._preDigest !== undefined) return undefined;
    return templates!.warmUp(this.renderRoot as ShadowRoot, templates!.styles, () => {
      const lang = this._languageFor(claim);
      const s = stringsFor(lang);
      return templates!.pieces({ ...view, claim, lang, s: s instanceof Promise ? view.s : s });
    });
  }

  protected override render() {
    if (this._preDigest !== undefined) return nothing;
    if (!templates) {
      // Nothing unstyled until the chunk is here: the publisher's fallback as it is, or an empty
      // box, busy (a failure to load it is told by the controller, which waits for it before
      // `ready`).
      return html`<div class="root" aria-busy="true">${this._view!.fallback ? html`<slot></slot>` : nothing}</div>`;
    }
    try {
      return templates.cardTemplate(this._view!);
    } catch (e) {
      // A bug of ours must not escape to the page: end in the error state instead.
      this._fault = e;
      return nothing;
    }
  }

  protected override updated() {
    if (this._view?.later && !this._filling) {
      // The hidden parts in a slice of their own; the load event and updateComplete wait for them.
      this._filling = nextSlice().then(() => {
        this._whole = true;
        this._filling = undefined;
        this.requestUpdate();
      });
    }
    const fault = this._fault;
    this._fault = undefined;
    if (fault) this._task.fail(new ClaimError('render', `the card could not be drawn (${fault})`));
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    while (this._filling) {
      await this._filling;
      done = await super.getUpdateComplete();
    }
    return done;
  }

  /**
   * What only the page knows, applied to a prerendered card in place (no redraw, nothing moves):
   * `theme="auto"` follows the page behind the card, and the heading level follows the article's outline.
   */
  private _fitPrerendered(mark: HTMLElement) {
    const scheme = this.theme === 'light' || this.theme === 'dark' ? '' : schemeBehind(this);
    if (scheme) mark.classList.add(scheme);
    if (!this.hasAttribute('heading-level')) {
      const level = levelAfter(this);
      for (const heading of mark.querySelectorAll('[role="heading"][aria-level]')) {
        heading.setAttribute('aria-level', String(Math.min(6, heading.id === 'h' ? level : level + 1)));
      }
    }
  }

  /** Whether the prerendered card on show already is this claim, drawn with these options. */
  private _keepsShowing(claim: Claim): boolean {
    return (
      this._preDigest === digest(EvidenceClaim.version, claim) &&
      showsLine(updatedLine(claim, this.asOf, undefined, this), this._drawn) // as-of
    );
  }

  /** The interface language for a claim, checked: Intl throws on a malformed tag. */
  private _languageFor(claim?: Claim): string {
    const tag = this.lang || claim?.language || languageAround(this);
    try {
      return Intl.getCanonicalLocales(tag || 'en')[0];
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
