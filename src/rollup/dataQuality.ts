import { disaggregationKey } from '../model/index.js';
import type { Indicator, Observation, Strategy } from '../model/index.js';
import { addDays, parsePeriod, periodOfDate } from '../periods/index.js';
import type { IndicatorResult } from '../score/types.js';
import { meanAndStdDev, modifiedZScores, zScoreOutlier } from './outliers.js';
import type { DataQualityFinding, DataQualityKind } from './types.js';

/**
 * Options of {@link dataQuality}.
 *
 * @category Roll-up
 */
export interface DataQualityOptions {
  /** The evaluation date (`YYYY-MM-DD`). */
  readonly asOf: string;
  /** Days of grace after a period's end before a missing value makes an indicator stale (default 30). */
  readonly graceDays?: number;
  /** z-score threshold (DHIS2 default 3). */
  readonly zThreshold?: number;
  /** Modified z-score threshold (DHIS2 default 3). */
  readonly modifiedZThreshold?: number;
  /** Fewest values (codes of one period, or periods of a series) an outlier test needs (default 5). */
  readonly minSample?: number;
}

const KIND_ORDER: readonly DataQualityKind[] = ['outlier-z', 'outlier-modified-z', 'total-mismatch', 'duplicate', 'stale', 'revised', 'outside-plan', 'unexpected-reporter', 'insufficient-data'];

/**
 * Finds figures that look wrong or need a second look: outliers by z-score and modified z-score
 * across the codes of one period (e.g. the provinces) and across the periods of a series;
 * disaggregations that do not add up to the reported total; stale indicators; values revised
 * between reports; periods outside the plan; unexpected reporters. Outlier tests need at least
 * `minSample` values; with fewer, the indicator gets one `insufficient-data` note instead of a
 * false alarm.
 *
 * @param strategy - The strategy.
 * @param observations - Observations as used by the evaluation (reported by `asOf`; drafts as chosen).
 * @param indicators - The indicator results (their `issues` carry total mismatches and duplicates).
 * @param options - Evaluation date and thresholds.
 * @returns The findings, ordered by indicator (strategy order), period, kind.
 *
 * @example
 * ```ts
 * const strategy = parseStrategy({
 *   id: 's', title: 'S', period: { start: 2024, end: 2028 }, baselineYear: 2023,
 *   levels: [{ id: 'pillar', title: 'Pillar' }], results: [{ id: 'P', title: 'P', level: 'pillar' }],
 *   indicators: [{ id: 'I', title: 'I', result: 'P', measure: 'count', direction: 'none' }],
 * });
 * const findings = dataQuality(strategy, [{ indicator: 'I', period: '2031', value: 1, disaggregation: {}, status: 'approved' }], [], { asOf: '2032-06-30' });
 * findings.map((finding) => finding.kind); // ['insufficient-data', 'outside-plan']
 * ```
 *
 * @category Roll-up
 */
export function dataQuality(
  strategy: Strategy,
  observations: readonly Observation[],
  indicators: readonly IndicatorResult[],
  options: DataQualityOptions,
): DataQualityFinding[] {
  const settings = {
    graceDays: options.graceDays ?? 30,
    zThreshold: options.zThreshold ?? 3,
    modifiedZThreshold: options.modifiedZThreshold ?? 3,
    minSample: options.minSample ?? 5,
  };
  const findings: DataQualityFinding[] = [];
  const byIndicator = new Map<string, Observation[]>();
  for (const observation of canonicalOrder(observations)) {
    const list = byIndicator.get(observation.indicator);
    if (list) list.push(observation);
    else byIndicator.set(observation.indicator, [observation]);
  }
  const results = new Map(indicators.map((result) => [result.indicator, result]));
  const earliest = `${Math.min(strategy.baselineYear, strategy.period.start)}-01-01`;
  const latest = `${strategy.period.end}-12-31`;

  for (const indicator of strategy.indicators) {
    const own = byIndicator.get(indicator.id) ?? [];
    const add = (kind: DataQualityKind, severity: 'warning' | 'info', fields: Partial<Pick<DataQualityFinding, 'period' | 'disaggregation' | 'value' | 'details'>>, message: string) =>
      findings.push(finding(kind, severity, indicator.id, fields.period ?? null, fields.disaggregation ?? {}, fields.value ?? null, fields.details ?? {}, message));

    const tested = outliers(indicator, own, settings, add);
    if (!tested && own.some((observation) => typeof observation.value === 'number')) {
      add('insufficient-data', 'info', {}, `Too few values to test ${indicator.id} for outliers (fewer than ${settings.minSample} codes in a period or periods in a series).`);
    }

    for (const issue of results.get(indicator.id)?.issues ?? []) {
      if (issue.code === 'TOTAL_MISMATCH') add('total-mismatch', 'warning', {}, issue.message);
      if (issue.code === 'DUPLICATE_VALUE') add('duplicate', 'warning', {}, issue.message);
    }

    const stale = staleSince(indicator, own, options.asOf, settings.graceDays);
    if (stale) add('stale', 'warning', { period: stale.last, details: { due: stale.due } }, `${indicator.id} has no value since ${stale.last}; the next value was due by ${stale.due}.`);

    const revisions = new Map<string, Set<string>>();
    const allowed = new Set([indicator.reporter ?? indicator.lead, indicator.lead, ...indicator.supporting].filter((id): id is string => id !== undefined));
    for (const observation of own) {
      const key = `${observation.period}\u0000${JSON.stringify(Object.entries(observation.disaggregation).sort())}\u0000${observation.reportedBy ?? ''}`;
      const dates = revisions.get(key) ?? new Set<string>();
      dates.add(observation.reportedOn ?? '');
      revisions.set(key, dates);
      const period = safePeriod(observation.period);
      if (period && (period.end < earliest || period.start > latest)) {
        add('outside-plan', 'info', { period: observation.period, disaggregation: observation.disaggregation, value: numeric(observation.value) }, `${indicator.id} has a value for ${observation.period}, outside the baseline year and plan period; it is not used for targets.`);
      }
      if (observation.reportedBy !== undefined && allowed.size > 0 && !allowed.has(observation.reportedBy)) {
        add('unexpected-reporter', 'info', { period: observation.period, disaggregation: observation.disaggregation, value: numeric(observation.value), details: { reportedBy: observation.reportedBy } }, `${observation.reportedBy} reported ${indicator.id} for ${observation.period}, but is neither its reporter, lead nor a supporting actor.`);
      }
    }
    for (const [key, dates] of revisions) {
      if (dates.size < 2) continue;
      const [period = '', disaggregation = '[]'] = key.split('\u0000');
      add('revised', 'info', { period, disaggregation: Object.fromEntries(JSON.parse(disaggregation) as [string, string][]), details: { reports: dates.size } }, `${indicator.id} for ${period} was reported ${dates.size} times with different dates; the latest approved value is used.`);
    }
  }

  return sortFindings(strategy, findings);
}

/**
 * One finding, its fields in the order every finding has them (so that the JSON of the object and
 * the columnar versions is the same, and all findings share one shape).
 *
 * @param kind - The kind of finding.
 * @param severity - `warning` or `info`.
 * @param indicator - The indicator id.
 * @param period - The period concerned, or `null`.
 * @param disaggregation - The disaggregation concerned (`{}` for none).
 * @param value - The value concerned, or `null`.
 * @param details - Measures behind the finding.
 * @param message - The English sentence.
 * @returns The finding.
 *
 * @example
 * ```ts
 * // Every finding of dataQuality has these fields, in this order:
 * const strategy = parseStrategy({
 *   id: 's', title: 'S', period: { start: 2024, end: 2028 }, baselineYear: 2023,
 *   levels: [{ id: 'pillar', title: 'Pillar' }], results: [{ id: 'P', title: 'P', level: 'pillar' }],
 *   indicators: [{ id: 'I', title: 'I', result: 'P', measure: 'count', direction: 'none' }],
 * });
 * Object.keys(dataQuality(strategy, [{ indicator: 'I', period: '2031', value: 1, disaggregation: {}, status: 'approved' }], [], { asOf: '2032-06-30' })[0] ?? {});
 * // ['kind', 'severity', 'indicator', 'period', 'disaggregation', 'value', 'details', 'message']
 * ```
 *
 * @category Roll-up
 */
export function finding(
  kind: DataQualityKind,
  severity: 'warning' | 'info',
  indicator: string,
  period: string | null,
  disaggregation: Readonly<Record<string, string>>,
  value: number | null,
  details: Readonly<Record<string, number | string>>,
  message: string,
): DataQualityFinding {
  return { kind, severity, indicator, period, disaggregation, value, details, message };
}

/** Findings by indicator (strategy order), period, kind, then the order they were found in. */
export function sortFindings(strategy: Strategy, findings: readonly DataQualityFinding[]): DataQualityFinding[] {
  const order = new Map(strategy.indicators.map((indicator, index) => [indicator.id, index]));
  return findings
    .map((finding, index) => ({ finding, index }))
    .sort((a, b) =>
      (order.get(a.finding.indicator) ?? 0) - (order.get(b.finding.indicator) ?? 0) ||
      compareWithinIndicator(a.finding, b.finding) ||
      a.index - b.index)
    .map((entry) => entry.finding);
}

const KIND_RANK = Object.fromEntries(KIND_ORDER.map((kind, index) => [kind, index])) as Record<DataQualityKind, number>;

/**
 * The order of two findings of one indicator: by period (none first), then kind. With a stable
 * sort, findings found in order keep it within a period and kind (what {@link sortFindings} does).
 *
 * @param a - A finding.
 * @param b - Another finding of the same indicator.
 * @returns Negative, zero or positive, as for `Array.prototype.sort`.
 *
 * @example
 * ```ts
 * // dataQuality orders each indicator's findings this way:
 * const strategy = parseStrategy({
 *   id: 's', title: 'S', period: { start: 2024, end: 2028 }, baselineYear: 2023,
 *   levels: [{ id: 'pillar', title: 'Pillar' }], results: [{ id: 'P', title: 'P', level: 'pillar' }],
 *   indicators: [{ id: 'I', title: 'I', result: 'P', measure: 'count', direction: 'none' }],
 * });
 * dataQuality(strategy, [{ indicator: 'I', period: '2031', value: 1, disaggregation: {}, status: 'approved' }], [], { asOf: '2032-06-30' }).map((finding) => finding.period);
 * // [null, '2031']
 * ```
 *
 * @category Roll-up
 */
export function compareWithinIndicator(a: DataQualityFinding, b: DataQualityFinding): number {
  return compare(a.period ?? '', b.period ?? '') || (KIND_RANK[a.kind] ?? -1) - (KIND_RANK[b.kind] ?? -1);
}

type Add = (kind: DataQualityKind, severity: 'warning' | 'info', fields: Partial<Pick<DataQualityFinding, 'period' | 'disaggregation' | 'value' | 'details'>>, message: string) => void;

/** Outlier tests of one sample; returns whether it was large enough to test. */
function testSample(indicator: Indicator, sample: readonly Observation[], context: string, settings: { zThreshold: number; modifiedZThreshold: number; minSample: number }, add: Add): boolean {
  if (sample.length < settings.minSample) return false;
  const values = sample.map((observation) => observation.value as number);
  const { mean, stdDev } = meanAndStdDev(values);
  const modified = modifiedZScores(values);
  sample.forEach((observation, index) => {
    const value = values[index] ?? 0;
    const z = zScoreOutlier({ value, mean, stdDev, threshold: settings.zThreshold });
    const fields = { period: observation.period, disaggregation: observation.disaggregation, value };
    if (z.isOutlier && z.zScore !== null) {
      add('outlier-z', 'warning', { ...fields, details: { zScore: round(z.zScore), mean: round(mean), stdDev: round(stdDev), lowerBound: round(z.lowerBound), upperBound: round(z.upperBound) } },
        `${indicator.id} ${context}: ${value} is ${round(z.zScore)} standard deviations from the mean ${round(mean)} (threshold ${settings.zThreshold}).`);
    }
    const mz = modified?.[index];
    if (mz !== undefined && mz > settings.modifiedZThreshold) {
      add('outlier-modified-z', 'warning', { ...fields, details: { modifiedZScore: round(mz) } },
        `${indicator.id} ${context}: ${value} has a modified z-score of ${round(mz)} (threshold ${settings.modifiedZThreshold}).`);
    }
  });
  return true;
}

/** The series test of the totals (no disaggregation) of one period type: one value per period. */
function testTotals(indicator: Indicator, type: string, sample: readonly Observation[], settings: { zThreshold: number; modifiedZThreshold: number; minSample: number }, add: Add): boolean {
  const sorted = [...sample].sort((a, b) => compare(a.period, b.period));
  const unique = new Map(sorted.map((observation) => [observation.period, observation]));
  return testSample(indicator, [...unique.values()], `over time (${type || 'series'})`, settings, add);
}

// Runs the cross-sectional and series outlier tests; returns whether any sample was large enough.
function outliers(indicator: Indicator, observations: readonly Observation[], settings: { zThreshold: number; modifiedZThreshold: number; minSample: number }, add: Add): boolean {
  let tested = false;
  const groups = new Map<string, Observation[]>();
  const totals = new Map<string, Observation[]>();
  for (const observation of observations) {
    if (typeof observation.value !== 'number') continue;
    const dimensions = Object.keys(observation.disaggregation).sort();
    if (dimensions.length === 0) {
      const type = safePeriod(observation.period)?.type ?? '';
      const list = totals.get(type) ?? [];
      list.push(observation);
      totals.set(type, list);
      continue;
    }
    // One sample per period and per dimension that varies, with the other codes held fixed.
    for (const varying of dimensions) {
      const fixed = dimensions.filter((dimension) => dimension !== varying).map((dimension) => `${dimension}=${observation.disaggregation[dimension] ?? ''}`).join('|');
      const key = `${observation.period}\u0000${varying}\u0000${fixed}`;
      const list = groups.get(key) ?? [];
      list.push(observation);
      groups.set(key, list);
    }
  }
  const test = (sample: readonly Observation[], context: string) => {
    if (testSample(indicator, sample, context, settings, add)) tested = true;
  };
  for (const [key, sample] of groups) {
    const [period = '', varying = ''] = key.split('\u0000');
    test(sample, `for ${period} across ${varying}`);
  }
  for (const [type, sample] of totals) {
    if (testTotals(indicator, type, sample, settings, add)) tested = true;
  }
  return tested;
}

// The observations in one order whatever order they came in, so that no finding (nor which of two
// values for one period a series test uses) depends on the order of the input.
function canonicalOrder(observations: readonly Observation[]): Observation[] {
  const keyed = observations.map((observation) => ({
    observation,
    key: [
      observation.indicator, observation.period, disaggregationKey(observation.disaggregation), observation.reportedBy ?? '',
      observation.reportedOn ?? '', observation.status, typeof observation.value, JSON.stringify(observation.value),
      JSON.stringify(observation.source ?? null), JSON.stringify(observation.note ?? null), JSON.stringify(observation.external ?? null),
    ].join('\u0000'),
  }));
  keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return keyed.map((entry) => entry.observation);
}

// An indicator is stale when the period after its latest value has ended more than graceDays ago.
export function staleSince(indicator: Indicator, observations: readonly Observation[], asOf: string, graceDays: number): { last: string; due: string } | null {
  let lastEnd = '';
  let lastStart = '';
  let last = '';
  for (const observation of observations) {
    if (observation.value === null) continue;
    const period = safePeriod(observation.period);
    // Periods ending on the same day (2024S2, 2024Q4) tie: the shortest, then the smallest id, wins,
    // so that the finding does not depend on the order of the observations.
    if (period && (period.end > lastEnd || (period.end === lastEnd && isBetterTie(period.start, observation.period, lastStart, last)))) {
      lastEnd = period.end;
      lastStart = period.start;
      last = observation.period;
    }
  }
  if (lastEnd === '') return null;
  const due = nextDue(lastEnd, indicator.frequency, graceDays);
  return due !== null && due < asOf ? { last, due } : null;
}

/**
 * When the value after a period ending on `lastEnd` is due: the end of the next period of the
 * indicator's frequency, plus the grace days.
 *
 * @param lastEnd - Last day of the latest period with a value (`YYYY-MM-DD`).
 * @param frequency - The indicator's reporting frequency.
 * @param graceDays - Days of grace after the next period's end.
 * @returns The due date, or `null` when the next period cannot be worked out.
 *
 * @example
 * ```ts
 * // An indicator last reported for 2024Q4 is stale once its 2025Q1 value is 30 days late:
 * const strategy = parseStrategy({
 *   id: 's', title: 'S', period: { start: 2024, end: 2028 }, baselineYear: 2023,
 *   levels: [{ id: 'pillar', title: 'Pillar' }], results: [{ id: 'P', title: 'P', level: 'pillar' }],
 *   indicators: [{ id: 'I', title: 'I', result: 'P', measure: 'count', direction: 'none', frequency: 'Quarterly' }],
 * });
 * dataQuality(strategy, [{ indicator: 'I', period: '2024Q4', value: 1, disaggregation: {}, status: 'approved' }], [], { asOf: '2025-06-30' }).find((finding) => finding.kind === 'stale')?.details;
 * // { due: '2025-04-30' }
 * ```
 *
 * @category Roll-up
 */
export function nextDue(lastEnd: string, frequency: Indicator['frequency'], graceDays: number): string | null {
  const next = safePeriod(periodOfDate(addDays(lastEnd, 1), frequency));
  return next === null ? null : addDays(next.end, graceDays);
}

function isBetterTie(start: string, id: string, bestStart: string, bestId: string): boolean {
  return start > bestStart || (start === bestStart && id < bestId);
}

export function safePeriod(id: string): { start: string; end: string; type: string } | null {
  try {
    return parsePeriod(id);
  } catch {
    return null;
  }
}

export function numeric(value: Observation['value']): number | null {
  return typeof value === 'number' ? value : null;
}

export function round(value: number): number {
  const scaled = value * 1e4;
  // Beyond about 1.8e304 the scaling overflows; such a number has no digits at 1e-4 to round.
  if (!Number.isFinite(scaled)) return value;
  const rounded = Math.round(scaled) / 1e4;
  return rounded === 0 ? 0 : rounded;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
