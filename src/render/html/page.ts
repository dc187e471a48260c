import { idSlug } from '../escape/html.js';
import { stripInvisible } from '../escape/invisible.js';
import { formatDate } from '../../locale/format/index.js';
import type { EvaluationSummary } from '../../summary/schema.js';
import { common, heading as headingText, labelsFor } from '../text/view.js';
import type { RenderOptions } from '../text/view.js';
import { actorsSection, reportingSection } from './actors.js';
import type { Context } from './context.js';
import { el, lines, trusted } from './dom.js';
import type { Html } from './dom.js';
import { headlineSection, titleBlock } from './headline.js';
import { Anchors } from './ids.js';
import { indicatorsSection } from './indicators.js';
import { breakdownsSection, dataQualitySection, findingsSection, methodologySection } from './notes.js';
import { resultsSection } from './results.js';
import { STYLESHEET } from './styles.js';

/**
 * How to render a summary as HTML.
 *
 * @category Rendering
 */
export interface HtmlOptions extends RenderOptions {
  /**
   * `true` for a fragment to embed in a host page: one `<section class="logframe">` holding its own
   * stylesheet, scoped to `.logframe`. Default `false`: a complete standalone page.
   */
  readonly fragment?: boolean;
  /**
   * Put into every id after `lf-` (reduced to `[a-z0-9-]`), so that two summaries embedded in one
   * page have different ids: `idPrefix: 'y2025'` gives `lf-y2025-ind-pol-01`.
   */
  readonly idPrefix?: string;
  /** The heading level of the plan's title (1–5); default 1 for a page, 2 for a fragment. */
  readonly headingLevel?: number;
}

/**
 * The Content-Security-Policy of a standalone page: no scripts, no external anything; the page
 * needs only its inline stylesheet.
 */
const PAGE_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

/** Styles of the standalone page around the summary (the summary's own are scoped). */
const PAGE_STYLE = 'html{background:#f3f4f6}body{margin:0;padding:1.5rem 0}@media print{html{background:none}body{padding:0}}';

function contextOf(summary: EvaluationSummary, options: HtmlOptions): Context {
  const prefix = options.idPrefix === undefined ? '' : idSlug(options.idPrefix);
  const level = options.headingLevel ?? (options.fragment === true ? 2 : 1);
  return {
    summary,
    labels: labelsFor(summary, options),
    anchors: new Anchors(prefix === '' ? 'lf' : `lf-${prefix}`),
    level: Number.isInteger(level) ? Math.min(5, Math.max(1, level)) : 1,
  };
}

/** Asks for every anchor in summary order first, so that the numbering of clashing ids is fixed. */
function reserveAnchors(ctx: Context): void {
  for (const result of ctx.summary.results) ctx.anchors.id('res', result.id);
  for (const indicator of ctx.summary.indicators) ctx.anchors.id('ind', indicator.id);
  for (const actor of ctx.summary.actors) ctx.anchors.id('act', actor.id);
}

function footer(ctx: Context): Html {
  const { summary, labels } = ctx;
  const generated = summary.generatedAt === undefined
    ? null
    : `${(labels.common['generatedAt'] ?? '{date}').replace('{date}', formatDate(summary.generatedAt, labels.lang))} · `;
  const suppressed = summary.indicators.some((indicator) => indicator.suppressed) ? ` · ${common(labels, 'suppressed')}` : '';
  return el('footer', { class: 'lf-footer' }, el('p', {}, generated, 'logframe', suppressed));
}

function body(ctx: Context, withStyle: boolean): Html {
  reserveAnchors(ctx);
  return el('section', { class: 'logframe', lang: ctx.labels.lang, dir: 'ltr', 'aria-label': `${headingText(ctx.labels, 'summary')}: ${ctx.summary.plan.title}` },
    lines(
      '',
      withStyle ? el('style', {}, trusted(STYLESHEET)) : null,
      titleBlock(ctx),
      headlineSection(ctx),
      findingsSection(ctx),
      resultsSection(ctx),
      indicatorsSection(ctx),
      actorsSection(ctx),
      reportingSection(ctx),
      dataQualitySection(ctx),
      breakdownsSection(ctx),
      methodologySection(ctx),
      footer(ctx),
      '',
    ));
}

/**
 * Renders an evaluation summary as HTML: a standalone page, or a fragment to embed. The output has
 * no scripts, no event handlers, no external assets (inline CSS and SVG only), so it works under a
 * strict Content-Security-Policy; every piece of user text is escaped and isolated in `<bdi>`; ids
 * are `lf-…` and restricted to `[a-z0-9-]`; links are made only from `http:`, `https:` and
 * `mailto:` sources. The same summary and options always give the same bytes.
 *
 * Sections: key findings, at a glance (score, status, coverage, counts), results per pillar,
 * indicators per pillar (with progress bars and trend sparklines), ministries, reporting, data
 * quality, breakdowns (when present) and how to read the summary. Fixed words come from the labels
 * of `options.lang` (default: the summary's language); figures are the summary's display strings,
 * so values withheld by small-cell protection show as `<5`.
 *
 * @param summary - An evaluation summary (from {@link summarize}).
 * @param options - `fragment` (default `false`), `lang`, `labels` (overrides), `idPrefix`, `headingLevel`.
 * @returns The HTML, ending with a newline.
 * @throws {LogframeError} `LABELS_LANGUAGE_UNKNOWN` or `LABEL_OVERRIDE_INVALID` for bad `lang` or `labels`.
 *
 * @example
 * ```ts
 * const strategy = parseStrategy({
 *   id: 'demo', title: 'Demo <plan>', period: { start: 2024, end: 2028 }, baselineYear: 2023,
 *   levels: [{ id: 'pillar', title: 'Pillar' }], results: [{ id: 'P', title: 'Justice', level: 'pillar' }],
 *   indicators: [{ id: 'cases', title: 'Cases', result: 'P', measure: 'count', baseline: { period: '2023', value: 100 }, targets: { '2024': 110, '2028': 150 } }],
 * });
 * const { observations } = parseObservations([{ indicator: 'cases', period: '2024', value: 112, reportedOn: '2025-01-20' }], strategy);
 * const summary = summarize(evaluate(strategy, observations, { asOf: '2025-03-27' }));
 * const page = toHtml(summary);
 * page.startsWith('<!doctype html>\n<html lang="en" dir="ltr">'); // true
 * page.includes('<bdi>Demo &lt;plan&gt;</bdi>'); // true
 * toHtml(summary, { fragment: true }).startsWith('<section class="logframe" lang="en"'); // true
 * toHtml(summary, { lang: 'km' }).includes('lang="km"'); // true
 * ```
 *
 * @category Rendering
 */
export function toHtml(summary: EvaluationSummary, options: HtmlOptions = {}): string {
  const ctx = contextOf(summary, options);
  if (options.fragment === true) return `${body(ctx, true).markup}\n`;
  const title = `${summary.plan.title} · ${headingText(ctx.labels, 'summary')}`;
  const page = lines(
    trusted('<!doctype html>'),
    el('html', { lang: ctx.labels.lang, dir: 'ltr' }, lines(
      '',
      el('head', {}, lines(
        '',
        el('meta', { charset: 'utf-8' }),
        el('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
        el('meta', { 'http-equiv': 'Content-Security-Policy', content: PAGE_CSP }),
        el('meta', { name: 'generator', content: 'logframe' }),
        // The browser shows the title outside the page, where no <bdi> can isolate it.
        el('title', {}, stripInvisible(title)),
        el('style', {}, trusted(`${PAGE_STYLE}\n${STYLESHEET}`)),
        '',
      )),
      el('body', {}, lines('', body(ctx, false), '')),
      '',
    )),
  );
  return `${page.markup}\n`;
}
