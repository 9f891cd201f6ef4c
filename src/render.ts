/**
 * The card's templates. Pure functions of a validated claim and the interface strings.
 *
 * Every piece of document content goes into a text binding or an attribute binding, never into
 * markup: Lit escapes both, so `<script>` in a claim is shown as the characters `<script>`.
 * Links come only from URLs the validator kept (absolute http(s)), or from DOI and PMID values
 * that it checked against their patterns.
 *
 * The same templates draw the card in the browser and, through Lit's server renderer, the
 * prerendered card the CLI writes (src/prerender.ts): one card, whoever draws it. Every control
 * is declarative (`<details>`, `popover`), so it works the same before any script runs. In the
 * embed they come with the card chunk (src/card.ts): a prerendered card never needs them.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Claim, Leaning, Stance, Study } from './types.js';
import type { ClaimError } from './errors.js';
import type { ClaimState } from './claim-controller.js';
import type { Updated } from './changed.js';
import { isRtl, verdictWords, type Strings } from './strings.js';
import { longDate, num, plural } from './format.js';

export type Variant = 'card' | 'compact' | 'badge';

export interface View {
  claim: Claim;
  s: Strings;
  /** A language tag Intl accepts: the one the interface is written for. */
  lang: string;
  /** Heading level of the claim statement; section headings sit one below. */
  level: number;
  /** The claim changed after the article around the card was written (changed.ts): the line saying so. */
  updated?: Updated;
}

/** Everything the card draws from, gathered before rendering: templates read nothing else. */
export interface CardState extends Omit<View, 'claim'> {
  status: ClaimState;
  /** The validated claim, when `ready`. */
  claim?: Claim;
  /** What went wrong, when `error`. */
  error?: ClaimError;
  /** `light`, `dark`, or '' for the reader's preference. */
  scheme: string;
  /** The page gave fallback content, which stands in for the loading and error boxes. */
  fallback: boolean;
  variant: Variant;
  /** Marks a card drawn for a known document (src/digest.ts): the prerendered one. */
  digest?: string;
}

/** The most studies a card shows before the reader asks for all of them. */
export const FEW = 3;

// One stroke path per leaning and stance: the verdict is told by icon and words, not colour.
const PATHS: Record<Leaning | Stance, string> = {
  supports: 'M4 12.5l5 5L20 6.5',
  opposes: 'M6 6l12 12M18 6L6 18',
  balanced: 'M4 9h16M4 15h16',
  insufficient: 'M9 9a3 3 0 1 1 4 2.8c-.7.4-1 1-1 1.7v.5M12 17.5v.5',
  neutral: 'M5 12h14',
};

const icon = (kind: Leaning | Stance) => html`<svg viewBox="0 0 24 24" aria-hidden="true"><path d=${PATHS[kind]} /></svg>`;

const heading = (level: number, text: string, id?: string, lang?: string) =>
  html`<div role="heading" aria-level=${Math.min(level, 6)} id=${ifDefined(id)} class="h" lang=${ifDefined(lang)}>${text}</div>`;

/** An external link: a new tab, and nothing of the page passed on to the target. */
const link = (href: string, text: string) => html`<a href=${href} target="_blank" rel="noopener noreferrer">${text}</a>`;

/**
 * `lang` of the document's texts, set only where its language is not the interface's. Their
 * direction follows from their own text (the styles' `[lang]` rule), so no `dir` is needed.
 */
const l = ({ claim, lang }: View) => (claim.language !== lang && claim.language) || undefined;

/** A paragraph of the document's text. */
const para = (v: View, text: string | undefined, cls = '') =>
  text ? html`<p class=${cls} lang=${ifDefined(l(v))}>${text}</p>` : nothing;

const section = (v: View, title: string, body: unknown) =>
  html`<section class="sec">${heading(v.level + 1, title)}${body}</section>`;

/** The verdict: icon and words, so it never depends on colour; a pill, or the card's headline. */
export const badge = (v: View, cls = 'badge') =>
  html`<span part="badge" class=${cls}>${icon(v.claim.verdict.leaning)}<span lang=${ifDefined(v.claim.verdict.label && l(v))}>${verdictWords(v.claim, v.s)}</span></span>`;

function scores(v: View) {
  const { claim, s } = v;
  const sc = claim.scores;
  if (sc?.support === undefined && sc?.oppose === undefined) return nothing;
  // Two separate gauges, each against its own 100: the scores are independent, not shares.
  const one = (cls: string, label: string, value?: number) =>
    html`<div class="score ${cls}">
      <div class="sl">${label}</div>
      <span class="num"
        >${value === undefined ? '–' : num(v.s, value, 1)}<span class="of"
          ><span class="sr"> ${s.outOf}</span><span aria-hidden="true">/100</span></span
        ></span
      >
      <svg class="gauge" viewBox="0 0 100 4" preserveAspectRatio="none" aria-hidden="true">
        <rect class="track" width="100" height="4" rx="2" /><rect width=${value ?? 0} height="4" rx="2" />
      </svg>
    </div>`;
  return html`<div part="scores" class="scores">
      ${one('supports', s.support, sc.support)} ${one('opposes', s.oppose, sc.oppose)}
    </div>
    ${para(v, sc.explanation, 'small')}`;
}

const authors = (list: string[] | undefined, s: Strings) =>
  list && (list.length > 2 ? `${list[0]}, ${list[1]} ${s.etAl}` : list.join(', '));

const dot = (items: unknown[]) => {
  const kept = items.filter((x) => x !== undefined && x !== '');
  // The separator is a JS string: the template minifier would eat a leading space in markup.
  return kept.length ? html`<p class="meta">${kept.map((x, i) => (i ? [' · ', x] : x))}</p>` : nothing;
};

function study(v: View, st: Study) {
  const { s, lang } = v;
  const title = st.title ?? st.finding ?? st.id;
  return html`<li class="study ${st.stance}">
    <span class="stance">${icon(st.stance)}${s[`${st.stance}Stance`]}</span>
    ${para(v, title, 'st')} ${st.title ? para(v, st.finding) : nothing}
    ${dot([
      st.design,
      st.grade && `${s.grade}: ${st.grade}`,
      st.participants !== undefined ? plural(s, lang, s.people, st.participants) : undefined,
      st.population,
      st.duration,
      st.year,
    ])}
    ${dot([authors(st.authors, s), st.journal])}
    ${dot([
      // encodeURI throws on a lone surrogate: replace it rather than fail the card.
      st.doi &&
        link(
          `https://doi.org/${encodeURI(st.doi.replace(/\p{Cs}/gu, '\ufffd')).replace(/[?#]/g, encodeURIComponent)}`,
          `DOI ${st.doi}`,
        ),
      st.pmid && link(`https://pubmed.ncbi.nlm.nih.gov/${st.pmid}/`, `PubMed ${st.pmid}`),
      st.url && link(st.url, new URL(st.url).hostname),
    ])}
  </li>`;
}

// Grades as GRADE names them, weakest first; other names rank below them all.
const GRADES = ['very low', 'low', 'moderate', 'high'];
const weight = (st: Study) => GRADES.indexOf(st.grade?.toLowerCase() as string) * 200 + (st.score ?? 0);

/**
 * The studies in the order a reader should meet them, higher grade (then score) first, and the
 * few shown before the reader asks for all: the best of each stance when both exist, then the next best.
 */
export function pickStudies(studies: Study[], all = false): Study[] {
  const sorted = [...studies].sort((a, b) => weight(b) - weight(a));
  const few = (['supports', 'opposes'] as Stance[]).flatMap((x) => sorted.find((st) => st.stance === x) ?? []);
  for (const st of sorted) if (few.length < FEW && !few.includes(st)) few.push(st);
  return all ? sorted : sorted.filter((st) => few.includes(st));
}

function research(v: View) {
  const { claim, s, lang } = v;
  const { studies } = claim;
  if (!studies.length && !claim.researchSummary) return nothing;
  const n = (stance: Stance) => studies.filter((x) => x.stance === stance).length;
  return section(
    v,
    s.research,
    html`${para(v, claim.researchSummary)}
      <p class="count">${plural(s, lang, s.nSupport, n('supports'))} · ${plural(s, lang, s.nOppose, n('opposes'))}</p>
      ${
        studies.length
          ? html`<ul part="studies" class="studies">
            ${pickStudies(studies).map((x) => study(v, x))}
          </ul>`
          : nothing
      }
      ${
        studies.length <= FEW
          ? nothing
          : html`<details part="disclosure">
              <summary part="toggle">${plural(s, lang, s.all, studies.length)}</summary>
              <ul class="studies rest">
                ${pickStudies(studies, true)
                  .filter((x) => !pickStudies(studies).includes(x))
                  .map((x) => study(v, x))}
              </ul>
            </details>`
      }`,
  );
}

/** The second disclosure: only the parts that have data, and nothing when none has. */
function details(v: View) {
  const { claim, s } = v;
  const titleOf = (id?: string) => {
    const st = claim.studies.find((x) => x.id === id);
    return st ? (st.title ?? st.finding ?? st.id) : id;
  };
  // [title, content] of each part that has data; the disclosure is named after them.
  const parts = (
    [
      [
        s.breakdown,
        claim.scoreBreakdown?.length &&
          html`<ul>
            ${claim.scoreBreakdown.map(
              (r) =>
                html`<li>
                  <strong>${r.side === 'support' ? s.support : s.oppose}
                    ${signed(v, r.contribution)}</strong
                  >
                  — ${titleOf(r.studyId)}${r.reason ? html`<br /><span class="small">${r.reason}</span>` : nothing}
                </li>`,
            )}
          </ul>`,
      ],
      [
        s.chain,
        claim.mechanism?.chain?.length &&
          html`<ol lang=${ifDefined(l(v))}>${claim.mechanism.chain.map((x) => html`<li>${x}</li>`)}</ol>`,
      ],
      [
        s.raw,
        claim.rawEvidence?.length &&
          claim.rawEvidence.map((r) => {
            const cite = [titleOf(r.studyId), r.location].filter(Boolean).join(' · ');
            return html`<figure>
              <blockquote lang=${ifDefined(l(v))}>${r.quote}</blockquote>
              ${cite ? html`<figcaption>${cite}</figcaption>` : nothing}
            </figure>`;
          }),
      ],
      [
        s.ideal,
        claim.idealStudies?.length &&
          html`<ul lang=${ifDefined(l(v))}>${claim.idealStudies.map((x) => html`<li>${x}</li>`)}</ul>`,
      ],
    ] as [string, unknown][]
  ).filter(([, content]) => content);
  // One short name: the list of parts would run over several lines on a phone.
  return parts.length
    ? disclosure(
        s.more,
        parts.map(([title, content]) => section(v, title, content)),
      )
    : nothing;
}

/**
 * A signed number (a score contribution). In right-to-left text a left-to-right mark keeps the
 * sign on the number's left, where Intl.NumberFormat puts one too.
 */
const signed = (v: View, n: number) =>
  `${isRtl(v.lang) ? '\u200e' : ''}${n > 0 ? '+' : n < 0 ? '-' : ''}${num(v.s, Math.abs(n))}`;

const disclosure = (title: string, body: unknown) =>
  html`<details part="disclosure"><summary>${title}</summary>${body}</details>`;

function footer(v: View) {
  const { claim, s } = v;
  // A changed verdict says when it changed; one never changed says when it was published.
  const date = claim.dateModified ?? claim.datePublished;
  const when = date && longDate(s, date);
  const p = claim.publisher;
  return dot([
    claim.url && link(claim.url, s.full),
    p && html`${s.by} ${p.url ? link(p.url, p.name) : p.name}`,
    when && html`${claim.dateModified ? s.updated : s.published} <time datetime=${date!}>${when}</time>`,
  ]);
}

/** A translated sentence with `{name}` placeholders filled by templates (text stays text). */
const fill = (text: string, parts: Record<string, unknown>) => text.split(/\{(\w+)\}/).map((x, i) => (i % 2 ? parts[x] : x));

/**
 * The claim was updated after the article around the card (changed.ts): one plain line by the
 * verdict, shown without opening anything. Not a live region: it is there from the first paint.
 * The earlier verdict's words are the badge's, so a document's own label shows as written.
 */
export function updated(v: View, inline = false) {
  const { updated: u, s, claim } = v;
  if (!u) return nothing;
  const words = (c: Pick<Claim, 'verdict'>) =>
    html`<span lang=${ifDefined((c as Claim).verdict.label && l(v))}>${verdictWords(c as Claim, s)}</span>`;
  const text = html`${fill(s.updatedAfter, { date: html`<time datetime=${u.date}>${longDate(s, u.date)}</time>` })}
  ${u.from ? fill(s.verdictChanged, { from: words({ verdict: u.from }), to: words(claim) }) : nothing}`;
  // Beside a badge, inside the sentence the badge sits in; else a paragraph of its own.
  return inline ? html`<span part="updated" class="updated">${text}</span>` : html`<p part="updated" class="updated">${text}</p>`;
}

export const disclaimer = (v: View) =>
  html`<p part="disclaimer" class="disclaimer" role="note" lang=${ifDefined(v.claim.disclaimer && l(v))}>${v.claim.disclaimer ?? v.s.disclaimer}</p>`;

/**
 * The top of the card, what the compact variant shows closed, in a news desk's order: the
 * verdict as the headline, then the claim it judges, then the two scores.
 */
export const head = (v: View, headingId: string) =>
  html`${badge(v, 'verdict')}${para(v, v.claim.verdict.note, 'note')}${updated(v)}
    <p class="eyebrow">${v.s.claim}</p>
    ${heading(v.level, v.claim.claim, headingId, l(v))} ${scores(v)}`;

export const summary = (v: View) => section(v, v.s.summary, para(v, v.claim.summary));

/** Everything below the top: the summary (unless the compact variant shows it already), then the rest. */
export const body = (v: View, withSummary = true) =>
  html`${withSummary ? summary(v) : nothing}
  ${v.claim.scientificWording ? disclosure(v.s.wording, para(v, v.claim.scientificWording)) : nothing}
  ${v.claim.mechanism?.summary ? section(v, v.s.mechanism, para(v, v.claim.mechanism.summary)) : nothing}
  ${research(v)} ${details(v)} ${footer(v)}`;

/**
 * The card's frame: language, direction, scheme, and `aria-busy` while loading. No live region:
 * cards that load as the reader scrolls must not speak over the article. A prerendered card is
 * marked with the digest of the document it shows (src/digest.ts), and with what changed.ts
 * needs to know later: the verdict it shows, and whether it shows the "updated" line.
 */
const frame = ({ lang, scheme, status, digest, claim, updated }: CardState, content: unknown) =>
  html`<div class="root ${scheme}" lang=${lang} dir=${isRtl(lang) ? 'rtl' : 'ltr'} aria-busy=${status === 'loading'} data-digest=${ifDefined(digest)}
    data-leaning=${ifDefined(digest && claim?.verdict.leaning)} data-own=${ifDefined(digest && claim?.verdict.label && '')}
    data-updated=${ifDefined(digest && updated?.date)}>
    ${content}
  </div>`;

/** The whole shadow content for a state: loading, error, or the claim in its variant. */
export function cardTemplate(state: CardState): TemplateResult {
  const { s, claim, fallback } = state;
  // Fallback content stands in for the loading and error states when the page gave some. One
  // template for both, so the slot survives loading -> error: WebKit gives a light-DOM child no
  // box when the slot it was assigned to is replaced by a new one.
  const slot = () => html`<slot></slot>`;
  if (state.status === 'loading') {
    return frame(state, fallback ? slot() : html`<div part="card" class="card ph">${s.loading}</div>`);
  }
  if (state.status === 'error' || !claim) {
    // Readers get one plain sentence; the publisher's detail is in the console and the event.
    return frame(state, fallback ? slot() : html`<div part="card" class="card err">${s.error}</div>`);
  }
  return frame(state, variantTemplate(state as View, state));
}

/** The card's box around its top, its middle and its end (the disclaimer). */
const box = (v: View, top: unknown, middle: unknown, end: unknown) =>
  html`<section part="card" class="card ${v.claim.verdict.leaning}" aria-labelledby="h">
    ${top} ${middle} ${end}
  </section>`;

/** A ready card in its variant. Every control is declarative: it works before any script runs. */
function variantTemplate(v: View, { variant }: CardState) {
  const { s } = v;
  // The card: its top, then `middle`, then the disclaimer.
  const card = (middle: unknown) => box(v, head(v, 'h'), middle, disclaimer(v));
  if (variant === 'badge') {
    // The pill names the verdict and is described by the claim (the heading inside the
    // popover), so several badges in one article can be told apart.
    return html`<button part="badge-button" class="pill ${v.claim.verdict.leaning}" popovertarget="pop" aria-describedby="h">
        ${badge(v)}
      </button>
      ${updated(v, true)}
      <div id="pop" popover role="dialog" aria-labelledby="h">
        <button class="x" popovertarget="pop" popovertargetaction="hide">${s.close}</button>
        ${card(body(v))}
      </div>`;
  }
  if (variant === 'compact') {
    // A native disclosure: it opens without script (prerendered cards) and tells its state itself.
    return card(
      html`${summary(v)}
        <details part="more" class="more"><summary part="toggle">${s.expand}</summary>${body(v, false)}</details>`,
    );
  }
  return card(body(v));
}
