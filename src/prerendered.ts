/**
 * Adopting a prerendered card (a `<template shadowrootmode="open">` written by the CLI): finding
 * it, fitting it to the page, keeping it, and taking it away when the script draws instead.
 *
 * While kept, the card is never drawn again: its theme and heading level are fitted in place
 * before every update (nothing moves), from the element's options and, for `theme="auto"` and no
 * `heading-level`, from the page around it. Whether it can stay is `keeps()`: the same document,
 * variant and interface language as it was drawn with (its `data-digest` and `lang`), and the
 * "updated" line exactly when `as-of` calls for it.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { digest } from './digest.js';
import { drawnWith, showsLine, updatedLine, type Drawn } from './changed.js';
import type { Claim } from './types.js';
import { levelAfter, schemeBehind } from './page.js';
import { baseLanguage } from './lang.js';

export interface PrerenderedHost extends ReactiveControllerHost, HTMLElement {
  theme: string;
  headingLevel: number;
  asOf: string | null;
}

export class PrerenderedController implements ReactiveController {
  /** The card's root while it is on show: undefined when there was none, or once it is taken away. */
  root?: HTMLElement;
  /**
   * What the card was drawn with (its verdict, and whether it shows the "updated" line): kept
   * once the card is redrawn, so the new card can say the verdict changed (changed.ts).
   */
  drawn?: Drawn;
  /** What the card's shadow root held, to take away at once when the script draws. */
  private _nodes: ChildNode[] = [];

  constructor(
    private readonly _host: PrerenderedHost,
    private readonly _version: string,
  ) {
    _host.addController(this);
  }

  /** Looks for a prerendered card in the element's shadow root; whether there is one. */
  find(): boolean {
    const shadow = this._host.shadowRoot;
    this.root = shadow?.querySelector<HTMLElement>('.root[data-digest]') ?? undefined;
    if (this.root) {
      this._nodes = [...shadow!.childNodes];
      this.drawn = drawnWith(this.root);
    }
    return !!this.root;
  }

  /** Before every update while kept: the theme and heading level, fitted in place. */
  hostUpdate() {
    const { root, _host: host } = this;
    if (!root) return;
    const scheme = host.theme === 'light' || host.theme === 'dark' ? host.theme : schemeBehind(host);
    root.classList.remove('light', 'dark');
    if (scheme) root.classList.add(scheme);
    const level = host.headingLevel || levelAfter(host);
    for (const heading of root.querySelectorAll('[role="heading"][aria-level]')) {
      heading.setAttribute('aria-level', String(Math.min(6, heading.id === 'h' ? level : level + 1)));
    }
  }

  /**
   * Whether the card on show is this document (as given), drawn in this variant and language, and
   * shows the "updated" line when, and only when, the element's `as-of` calls for it (a CMS's
   * fragment is drawn without one).
   */
  keeps(doc: unknown, variant: string, lang: string): boolean {
    const { root, _host: host } = this;
    return (
      !!root &&
      root.dataset.digest === digest(this._version, variant, doc) &&
      // The same strings: `en` and the page's `en-US` draw the same card.
      baseLanguage(root.lang) === baseLanguage(lang) &&
      // The same document the card was drawn from: validated then, by the CLI.
      showsLine(updatedLine(doc as Claim, host.asOf, undefined, host), this.drawn)
    );
  }

  /**
   * Takes the card away, in the update that draws its successor (no frame without a card). The
   * element then adopts the styles it draws with: while kept, the card's own link styled it, and
   * adopting sheets then would only have restyled every card of the page.
   */
  drop() {
    this._nodes.forEach((n) => n.remove());
    this._nodes = [];
    this.root = undefined;
  }
}
