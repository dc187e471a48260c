import type { Indicator, Observation, Strategy } from '../model/index.js';
import { addDays, parsePeriod, periodOfDate, periodsBetween, subPeriods } from '../periods/index.js';
import type { PeriodType } from '../periods/index.js';
import type { CanonicalOrder } from '../score/canonicalOrder.js';
import { rankKeys, REC_DATE, REC_PERIOD, recordWord } from '../score/observationStore.js';
import type { ObservationStore, PeriodEntry } from '../score/observationStore.js';
import { cleanNumber } from './cleanNumber.js';
import type { ReportingCompliance } from './types.js';

/**
 * Options of {@link reportingCompliance}.
 *
 * @category Roll-up
 */
export interface ReportingComplianceOptions {
  /** The evaluation date (`YYYY-MM-DD`): only reports due and received by then count. */
  readonly asOf: string;
  /** Days after a period's end by which its report is on time (DHIS2's `timelyDays`; default 30). */
  readonly graceDays?: number;
  /** The periods compliance is reported for (default `Yearly`: one row per actor and plan year). */
  readonly periodType?: PeriodType;
  /** Count draft observations as received (default false). */
  readonly includeDrafts?: boolean;
}

/**
 * Reporting completeness and timeliness per reporting actor and period, as DHIS2 computes
 * REPORTING_RATE and REPORTING_RATE_ON_TIME.
 *
 * An indicator's reports are due from the actor that reports it (`reporter`, else `lead`), one per
 * period of its `frequency`. A report for a sub-period is expected once its deadline (its end plus
 * `graceDays`) has passed by `asOf`; it is received when at least one observation of that indicator
 * and exactly that period was reported by `asOf` (any disaggregation); it is on time when its
 * `reportedOn` is on or before the deadline (a report without `reportedOn` is received but cannot
 * be shown to be on time). Rows with no expected report are left out.
 *
 * @param strategy - The strategy.
 * @param observations - The validated observations.
 * @param options - Evaluation date, grace days, period type.
 * @returns One row per actor and period with at least one expected report, ordered by actor (strategy order) then period.
 *
 * @example
 * ```ts
 * const strategy = parseStrategy({
 *   id: 's', title: 'S', period: { start: 2024, end: 2028 }, baselineYear: 2023,
 *   levels: [{ id: 'pillar', title: 'Pillar' }], results: [{ id: 'P', title: 'P', level: 'pillar' }],
 *   actors: [{ id: 'MOJ', name: 'Ministry of Justice' }],
 *   indicators: [{ id: 'I', title: 'I', result: 'P', measure: 'count', direction: 'none', lead: 'MOJ', frequency: 'Monthly' }],
 * });
 * const rows = reportingCompliance(strategy, [
 *   { indicator: 'I', period: '202401', value: 3, disaggregation: {}, status: 'approved', reportedOn: '2024-02-10' },
 * ], { asOf: '2024-05-15', periodType: 'Quarterly' });
 * [rows[0]?.expected, rows[0]?.received, rows[0]?.onTime]; // [3, 1, 1]
 * ```
 *
 * @category Roll-up
 */
export function reportingCompliance(strategy: Strategy, observations: readonly Observation[], options: ReportingComplianceOptions): ReportingCompliance[] {
  const asOf = options.asOf;
  // First reported date per indicator and period id (the earliest counts: a later revision does not make a report late).
  const firstReport = new Map<string, string | null>();
  for (const observation of observations) {
    if (observation.status === 'draft' && options.includeDrafts !== true) continue;
    if (observation.reportedOn !== undefined && observation.reportedOn > asOf) continue;
    const key = `${observation.indicator}\u0000${observation.period}`;
    const date = observation.reportedOn ?? null;
    const known = firstReport.get(key);
    if (known === undefined) firstReport.set(key, date);
    else if (date !== null && (known === null || date < known)) firstReport.set(key, date);
  }
  return complianceRows(strategy, (_, indicator, period) => firstReport.get(`${indicator.id}\u0000${period}`), options);
}

/**
 * {@link reportingCompliance} on encoded observations (`canonical`: those it looks at): the first
 * report of each indicator and period is found on integer codes (dates compared by rank), into a
 * typed array read by period entry.
 *
 * @param store - The encoded observations.
 * @param canonical - Their canonical order for the evaluation's `asOf` and drafts choice.
 * @param options - Evaluation date, grace days, period type.
 * @returns The rows of {@link reportingCompliance}.
 *
 * @example
 * ```ts
 * // evaluate computes its reporting compliance this way:
 * const strategy = parseStrategy({
 *   id: 's', title: 'S', period: { start: 2024, end: 2028 }, baselineYear: 2023,
 *   levels: [{ id: 'pillar', title: 'Pillar' }], results: [{ id: 'P', title: 'P', level: 'pillar' }],
 *   actors: [{ id: 'MOJ', name: 'Ministry of Justice' }],
 *   indicators: [{ id: 'I', title: 'I', result: 'P', measure: 'count', direction: 'none', lead: 'MOJ', frequency: 'Quarterly' }],
 * });
 * const observations = [{ indicator: 'I', period: '2024Q1', value: 3, disaggregation: {}, status: 'approved' as const, reportedOn: '2024-04-10' }];
 * const row = evaluate(strategy, observations, { asOf: '2024-12-31' }).reporting[0];
 * [row?.expected, row?.received, row?.onTime]; // [3, 1, 1]
 * ```
 *
 * @category Roll-up
 */
export function reportingComplianceColumnar(store: ObservationStore, canonical: CanonicalOrder, options: ReportingComplianceOptions): ReportingCompliance[] {
  const { tables } = store;
  const first = firstReports(store, canonical);
  const periodCount = tables.periods.length;
  const dates = tables.dates;
  const periodEntry = Object.create(null) as Record<string, number>;
  for (let p = 0; p < periodCount; p++) periodEntry[(tables.periods[p] as PeriodEntry).id] = p;
  return complianceRows(store.strategy, (ind, _, period) => {
    const p = periodEntry[period];
    if (p === undefined) return undefined;
    const value = first[ind * periodCount + p] as number;
    return value === -2 ? undefined : value === -1 ? null : (dates[value] as string);
  }, options);
}

// Per indicator × period entry: −2 when nothing was received, −1 when received without a date,
// else the entry of the earliest date (the earliest counts: a later revision does not make a
// report late). A function of its own: its loop is compiled on the stack at every call, and code
// after it, with no type feedback yet there, would make that code bail out each time.
function firstReports(store: ObservationStore, canonical: CanonicalOrder): Int32Array {
  const periodCount = store.tables.periods.length;
  const k = store.strategy.indicators.length;
  const rank = dateOrder(store.tables.dates);
  const first = new Int32Array(k * periodCount).fill(-2);
  const { start, words } = canonical;
  for (let ind = 0; ind < k; ind++) {
    const base = ind * periodCount;
    for (let j = start[ind] as number; j < (start[ind + 1] as number); j++) {
      const slot = base + recordWord(words, j, REC_PERIOD);
      const date = recordWord(words, j, REC_DATE);
      const known = first[slot] as number;
      if (known === -2) first[slot] = date;
      else if (date >= 0 && (known === -1 || (rank[date] as number) < (rank[known] as number))) first[slot] = date;
    }
  }
  return first;
}

// Report dates as integers in the order of the strings: YYYYMMDD when every date is written
// YYYY-MM-DD (what validated observations hold; fixed width, so the orders agree), else their rank
// (a sort of the strings, slower on the few distinct dates there are).
function dateOrder(dates: readonly string[]): Int32Array {
  const keys = new Int32Array(dates.length);
  for (let d = 0; d < dates.length; d++) {
    const date = dates[d] as string;
    if (date.length !== 10 || date.charCodeAt(4) !== 45 || date.charCodeAt(7) !== 45) return rankKeys(dates);
    let key = 0;
    for (let i = 0; i < 10; i++) {
      if (i === 4 || i === 7) continue;
      const digit = date.charCodeAt(i) - 48;
      if (digit < 0 || digit > 9) return rankKeys(dates);
      key = key * 10 + digit;
    }
    keys[d] = key;
  }
  return keys;
}

/** The sub-periods of one window for one frequency, with their deadlines. */
interface WindowPeriods {
  readonly periods: readonly string[];
  readonly deadlines: readonly string[];
}

/**
 * The rows of {@link reportingCompliance}, given the first report date of each indicator (by its
 * position in the strategy) and period id (`undefined`: none received; `null`: received without a
 * date).
 *
 * @param strategy - The strategy.
 * @param firstReport - The first report date of an indicator and period.
 * @param options - Evaluation date, grace days, period type.
 * @returns One row per actor and period with at least one expected report.
 *
 * @example
 * ```ts
 * // reportingCompliance counts its rows this way:
 * const strategy = parseStrategy({
 *   id: 's', title: 'S', period: { start: 2024, end: 2028 }, baselineYear: 2023,
 *   levels: [{ id: 'pillar', title: 'Pillar' }], results: [{ id: 'P', title: 'P', level: 'pillar' }],
 *   actors: [{ id: 'MOJ', name: 'Ministry of Justice' }],
 *   indicators: [{ id: 'I', title: 'I', result: 'P', measure: 'count', direction: 'none', lead: 'MOJ' }],
 * });
 * reportingCompliance(strategy, [], { asOf: '2026-06-30' }).map((row) => row.missing.length); // [1, 1]
 * ```
 *
 * @category Roll-up
 */
export function complianceRows(
  strategy: Strategy,
  firstReport: (index: number, indicator: Indicator, period: string) => string | null | undefined,
  options: ReportingComplianceOptions,
): ReportingCompliance[] {
  const graceDays = options.graceDays ?? 30;
  const periodType = options.periodType ?? 'Yearly';
  const asOf = options.asOf;
  const planStart = `${strategy.period.start}-01-01`;
  const lastDay = `${strategy.period.end}-12-31` < asOf ? `${strategy.period.end}-12-31` : asOf;
  if (lastDay < planStart) return [];
  const windows = periodsBetween(periodOfDate(planStart, periodType), periodOfDate(lastDay, periodType), periodType);
  // Sub-periods and deadlines repeat for every indicator of a frequency: worked out once each.
  const byWindow = windows.map(() => Object.create(null) as Record<string, WindowPeriods>);
  const deadlineOf = new Map<string, string>();
  const periodsOf = (w: number, frequency: Indicator['frequency']): WindowPeriods => {
    const memo = byWindow[w] as Record<string, WindowPeriods>;
    let entry = memo[frequency];
    if (entry === undefined) {
      const periods = subPeriods(windows[w] as string, frequency);
      const deadlines = periods.map((period) => {
        let deadline = deadlineOf.get(period);
        if (deadline === undefined) {
          deadline = addDays(parsePeriod(period).end, graceDays);
          deadlineOf.set(period, deadline);
        }
        return deadline;
      });
      entry = { periods, deadlines };
      memo[frequency] = entry;
    }
    return entry;
  };
  // The indicators each actor reports (its `reporter`, else its `lead`), in strategy order.
  const reportedBy = Object.create(null) as Record<string, number[]>;
  strategy.indicators.forEach((indicator, index) => {
    const actor = indicator.reporter ?? indicator.lead;
    if (actor === undefined) return;
    (reportedBy[actor] ??= []).push(index);
  });

  const rows: ReportingCompliance[] = [];
  for (const actor of strategy.actors) {
    const reported = reportedBy[actor.id];
    if (reported === undefined) continue;
    for (let w = 0; w < windows.length; w++) {
      let expected = 0;
      let received = 0;
      let onTime = 0;
      const missing: { indicator: string; period: string }[] = [];
      for (const index of reported) {
        const indicator = strategy.indicators[index] as Indicator;
        const { periods, deadlines } = periodsOf(w, indicator.frequency);
        for (let s = 0; s < periods.length; s++) {
          const deadline = deadlines[s] as string;
          if (deadline > asOf) continue;
          const period = periods[s] as string;
          expected += 1;
          const date = firstReport(index, indicator, period);
          if (date === undefined) missing.push({ indicator: indicator.id, period });
          else {
            received += 1;
            if (date !== null && date <= deadline) onTime += 1;
          }
        }
      }
      if (expected === 0) continue;
      rows.push({
        actor: actor.id,
        period: windows[w] as string,
        expected,
        received,
        onTime,
        completeness: cleanNumber(received / expected),
        timeliness: cleanNumber(onTime / expected),
        missing,
      });
    }
  }
  return rows;
}
