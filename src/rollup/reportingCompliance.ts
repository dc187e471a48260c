import type { Observation, Strategy } from '../model/index.js';
import { addDays, parsePeriod, periodOfDate, periodsBetween, subPeriods } from '../periods/index.js';
import type { PeriodType } from '../periods/index.js';
import type { CanonicalOrder } from '../score/canonicalOrder.js';
import type { ObservationStore } from '../score/observationStore.js';
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
  return complianceRows(strategy, (indicator, period) => firstReport.get(`${indicator.id}\u0000${period}`), options);
}

/**
 * {@link reportingCompliance} on encoded observations (`canonical`: those it looks at), with the
 * first report of each indicator and period kept in a typed array instead of a map of string keys.
 */
export function reportingComplianceColumnar(store: ObservationStore, canonical: CanonicalOrder, options: ReportingComplianceOptions): ReportingCompliance[] {
  const { strategy, tables } = store;
  const periodCount = tables.periods.length;
  const dates = tables.dates;
  // −2: nothing received; −1: received without a date; else the earliest date's entry.
  const first = new Int32Array(strategy.indicators.length * periodCount).fill(-2);
  const { start, period, date: dateAt } = canonical;
  for (let ind = 0; ind < strategy.indicators.length; ind++) {
    for (let j = start[ind] as number; j < (start[ind + 1] as number); j++) {
      const slot = ind * periodCount + (period[j] as number);
      const date = dateAt[j] as number;
      const known = first[slot] as number;
      if (known === -2) first[slot] = date;
      else if (date >= 0 && (known === -1 || (dates[date] as string) < (dates[known] as string))) first[slot] = date;
    }
  }
  const periodIndex = new Map(tables.periods.map((entry, index) => [entry.id, index]));
  const indicatorIndex = new Map(strategy.indicators.map((indicator, index) => [indicator, index]));
  return complianceRows(strategy, (indicator, period) => {
    const p = periodIndex.get(period);
    const ind = indicatorIndex.get(indicator);
    if (p === undefined || ind === undefined) return undefined;
    const value = first[ind * periodCount + p] as number;
    return value === -2 ? undefined : value === -1 ? null : (dates[value] as string);
  }, options);
}

/**
 * The rows of {@link reportingCompliance}, given the first report date of each indicator and period
 * id (`undefined`: none received; `null`: received without a date).
 */
export function complianceRows(
  strategy: Strategy,
  firstReport: (indicator: Strategy['indicators'][number], period: string) => string | null | undefined,
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
  const subPeriodsOf = new Map<string, string[]>();
  const deadlineOf = new Map<string, string>();

  const rows: ReportingCompliance[] = [];
  for (const actor of strategy.actors) {
    const reported = strategy.indicators.filter((indicator) => (indicator.reporter ?? indicator.lead) === actor.id);
    if (reported.length === 0) continue;
    for (const window of windows) {
      let expected = 0;
      let received = 0;
      let onTime = 0;
      const missing: { indicator: string; period: string }[] = [];
      for (const indicator of reported) {
        const subKey = `${window}\u0000${indicator.frequency}`;
        let periods = subPeriodsOf.get(subKey);
        if (periods === undefined) {
          periods = subPeriods(window, indicator.frequency);
          subPeriodsOf.set(subKey, periods);
        }
        for (const period of periods) {
          let deadline = deadlineOf.get(period);
          if (deadline === undefined) {
            deadline = addDays(parsePeriod(period).end, graceDays);
            deadlineOf.set(period, deadline);
          }
          if (deadline > asOf) continue;
          expected += 1;
          const date = firstReport(indicator, period);
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
        period: window,
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
