// The columns of the CSV tables: a stable English snake_case id (for machines), the labels used for
// a human header, and how each row kind fills it. A cell is a number (written as a number), text
// (neutralised and quoted as needed) or null (empty).
import type { ActorSummary, IndicatorSummary, ResultSummary, SummaryFigure, SummaryStatusCounts, SummaryTarget } from '../../summary/schema.js';
import { formatNumber } from '../../locale/format/index.js';
import type { Labels } from '../../locale/labels/index.js';

/** A cell before writing: a number (`raw` already in canonical ASCII), text, or nothing. */
export type Cell = { readonly kind: 'number'; readonly raw: string } | { readonly kind: 'text'; readonly text: string } | null;

/** Decimals kept for fractions (progress, shares): 0.0001 is 0.01 percentage point. */
const FRACTION_DECIMALS = 4;
/** Decimals kept for scores (0–100). */
const SCORE_DECIMALS = 2;

/**
 * A number in canonical ASCII for machines: rounded half away from zero (through the shared
 * formatter, so never `-0`, never an exponent, no grouping), with trailing zeros dropped unless
 * `fixed` asks for exactly `decimals` of them (an indicator's values keep its decimals).
 *
 * @param value - The number.
 * @param decimals - The decimals to round to (0–15).
 * @param fixed - Keep exactly `decimals` decimals (`12.0`), rather than dropping trailing zeros.
 * @returns The cell, or `null` for a number that is not finite.
 */
export function numberCell(value: number, decimals: number, fixed: boolean): Cell {
  const text = formatNumber(value, { decimals, grouping: false, lang: 'en' });
  if (text === '') return null;
  return { kind: 'number', raw: fixed || !text.includes('.') ? text : text.replace(/\.?0+$/, '') };
}

function text(value: string | null): Cell {
  return value === null ? null : { kind: 'text', text: value };
}

function fraction(value: number | null): Cell {
  return value === null ? null : numberCell(value, FRACTION_DECIMALS, false);
}

function score(value: number | null): Cell {
  return value === null ? null : numberCell(value, SCORE_DECIMALS, false);
}

function count(value: number): Cell {
  return numberCell(value, 0, true);
}

/**
 * A published figure: a number at the indicator's decimals, `true`/`false` for milestones, the
 * code or text of ordinal and qualitative values, and the display string (`<5`) when withheld.
 */
function figure(value: SummaryFigure | SummaryTarget | null, decimals: number): Cell {
  if (value === null) return null;
  if (typeof value.value === 'number') return numberCell(value.value, Math.min(decimals, 15), true);
  if (typeof value.value === 'boolean') return text(value.value ? 'true' : 'false');
  if (typeof value.value === 'string') return text(value.value);
  return text(value.display);
}

/** What a cell may need besides its row: the labels, and results' titles by id. */
export interface CellContext {
  readonly labels: Labels;
  readonly resultTitles: ReadonlyMap<string, string>;
}

/** One column: its id, its human header, and its cell per row kind (absent: always empty). */
export interface Column {
  readonly id: string;
  readonly header: (labels: Labels) => string;
  readonly indicator?: (row: IndicatorSummary, context: CellContext) => Cell;
  readonly result?: (row: ResultSummary, context: CellContext) => Cell;
  readonly actor?: (row: ActorSummary, context: CellContext) => Cell;
}

const col = (labels: Labels, key: string): string => labels.columns[key] ?? key;
const sub = (main: string, detail: string) => (labels: Labels): string => `${col(labels, main)} (${col(labels, detail)})`;
const one = (key: string) => (labels: Labels): string => col(labels, key);

const STATUS_KEYS = ['achieved', 'on-track', 'at-risk', 'off-track', 'not-started', 'no-data', 'not-scored'] as const;

function countColumns(): Column[] {
  return STATUS_KEYS.map((status) => {
    const pick = (counts: SummaryStatusCounts): Cell => count(counts[status]);
    return {
      id: `count_${status.replace('-', '_')}`,
      header: (labels: Labels) => `${col(labels, 'count')}: ${labels.status[status]}`,
      result: (row: ResultSummary) => pick(row.counts),
      actor: (row: ActorSummary) => pick(row.counts),
    };
  });
}

/**
 * Every column, in output order. Shared columns (`id`, `title`, `score`, `status` …) are filled by
 * every row kind; the others only by the kinds they belong to and are empty for the rest.
 */
export const COLUMNS: readonly Column[] = [
  { id: 'id', header: one('id'), indicator: (row) => text(row.id), result: (row) => text(row.id), actor: (row) => text(row.id) },
  { id: 'title', header: one('title'), indicator: (row) => text(row.title), result: (row) => text(row.title), actor: (row) => text(row.name) },
  // For an indicator, the result it measures; for a result, the one above it.
  {
    id: 'result_id',
    header: sub('result', 'id'),
    indicator: (row) => text(row.result),
    result: (row) => text(row.parent),
  },
  {
    id: 'result_title',
    header: one('result'),
    indicator: (row) => text(row.resultTitle),
    result: (row, context) => text(row.parent === null ? null : context.resultTitles.get(row.parent) ?? row.parent),
  },
  { id: 'level', header: sub('level', 'code'), result: (row) => text(row.level) },
  { id: 'level_title', header: one('level'), result: (row) => text(row.levelTitle) },
  { id: 'short_name', header: sub('actor', 'code'), actor: (row) => text(row.shortName) },
  { id: 'lead_id', header: sub('lead', 'id'), indicator: (row) => text(row.lead) },
  { id: 'lead_name', header: one('lead'), indicator: (row) => text(row.leadName) },
  { id: 'measure', header: one('measure'), indicator: (row) => text(row.measure) },
  { id: 'unit', header: one('unit'), indicator: (row) => text(row.unit) },
  { id: 'direction', header: one('direction'), indicator: (row) => text(row.direction) },
  { id: 'baseline_period', header: sub('baseline', 'period'), indicator: (row) => text(row.baseline?.period ?? null) },
  { id: 'baseline', header: one('baseline'), indicator: (row) => figure(row.baseline, row.decimals) },
  { id: 'current_period', header: sub('current', 'period'), indicator: (row) => text(row.current?.period ?? null) },
  { id: 'current', header: one('current'), indicator: (row) => figure(row.current, row.decimals) },
  { id: 'milestone_period', header: sub('milestone', 'period'), indicator: (row) => text(row.milestone?.period ?? null) },
  { id: 'milestone', header: one('milestone'), indicator: (row) => figure(row.milestone, row.decimals) },
  { id: 'target_period', header: sub('target', 'period'), indicator: (row) => text(row.target?.period ?? null) },
  { id: 'target', header: one('target'), indicator: (row) => figure(row.target, row.decimals) },
  { id: 'progress', header: one('progress'), indicator: (row) => fraction(row.progress) },
  { id: 'expected_progress', header: sub('expected', 'progress'), indicator: (row) => fraction(row.expected.asOf.progress) },
  { id: 'performance', header: one('performance'), indicator: (row) => fraction(row.performance) },
  { id: 'achievement', header: one('achievement'), indicator: (row) => fraction(row.achievement) },
  { id: 'rank', header: one('rank'), actor: (row) => (row.rank === null ? null : count(row.rank)) },
  {
    id: 'score',
    header: one('score'),
    indicator: (row) => score(row.score),
    result: (row) => score(row.score),
    actor: (row) => score(row.score),
  },
  {
    id: 'status',
    header: sub('status', 'code'),
    indicator: (row) => text(row.status),
    result: (row) => text(row.status),
  },
  {
    id: 'status_label',
    header: one('status'),
    indicator: (row, context) => text(context.labels.status[row.status]),
    result: (row, context) => text(context.labels.status[row.status]),
  },
  { id: 'coverage', header: one('coverage'), result: (row) => fraction(row.coverage) },
  { id: 'share_on_track', header: one('shareOnTrack'), actor: (row) => fraction(row.shareOnTrack) },
  ...countColumns(),
  { id: 'leads', header: one('leads'), actor: (row) => text(row.leads.join(' ')) },
  { id: 'supports', header: one('supports'), actor: (row) => text(row.supports.join(' ')) },
  { id: 'most_behind', header: one('mostBehind'), actor: (row) => text(row.mostBehind.map((item) => item.indicator).join(' ')) },
  { id: 'worst_id', header: sub('worst', 'id'), result: (row) => text(row.worst?.id ?? null) },
  { id: 'sources', header: one('sources'), indicator: (row) => text(row.sources.join('; ')) },
  { id: 'suppressed', header: one('suppressed'), indicator: (row) => text(row.suppressed ? 'true' : 'false') },
];
