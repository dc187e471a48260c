import type { Indicator, Observation, Strategy } from '../model/index.js';
import type { Period } from '../periods/index.js';
import type { CanonicalOrder } from '../score/canonicalOrder.js';
import { compareText, IS_NUMBER, IS_REPORTED, REC_CELL, REC_DATE, REC_PERIOD, REC_REPORTER, RECORD_NUMBERS, recordWord } from '../score/observationStore.js';
import type { ObservationStore, PeriodEntry } from '../score/observationStore.js';
import type { IndicatorResult, Note } from '../score/types.js';
import { cellLines } from './cellLines.js';
import type { CellLines } from './cellLines.js';
import { compareWithinIndicator, finding, nextDue, numeric } from './dataQuality.js';
import type { DataQualityOptions } from './dataQuality.js';
import { OutlierScan } from './outlierScan.js';
import type { DataQualityFinding, DataQualityKind } from './types.js';

// dataQuality on the encoded observations: the same findings in the same order (see dataQuality.ts
// for the rules), in one pass per indicator over the typed columns of the canonical order, period
// run by period run (outlierScan.ts), then one for revisions and reporters. Strings and objects
// are made only for findings. The findings of an indicator are ordered by period, kind and the
// order found in: each kind is found here in the object version's order, so a stable sort of the
// indicator's few findings gives the object version's order. Checked against dataQuality by
// test/rollup/evaluateColumnar.prop.test.ts and test/rollup/dataQualityColumnar.prop.test.ts.

type Settings = Required<Omit<DataQualityOptions, 'asOf'>> & { readonly asOf: string };

/**
 * {@link dataQuality} on encoded observations (`canonical`: those it looks at, in canonical order);
 * `null` when the input needs the object version (a separator character in a dimension or code, or
 * a non-finite number).
 *
 * @param store - The encoded observations.
 * @param canonical - Their canonical order for the evaluation's `asOf` and drafts choice.
 * @param indicators - The indicator results (their `issues` carry total mismatches and duplicates).
 * @param options - Evaluation date, grace days and outlier settings, defaults applied.
 * @returns The findings, ordered by indicator (strategy order), period, kind; or `null`.
 *
 * @example
 * ```ts
 * // evaluate computes its data-quality findings this way:
 * const strategy = parseStrategy({
 *   id: 's', title: 'S', period: { start: 2024, end: 2028 }, baselineYear: 2023,
 *   levels: [{ id: 'pillar', title: 'Pillar' }], results: [{ id: 'P', title: 'P', level: 'pillar' }],
 *   indicators: [{ id: 'I', title: 'I', result: 'P', measure: 'count', direction: 'none' }],
 * });
 * evaluate(strategy, [{ indicator: 'I', period: '2031', value: 1, disaggregation: {}, status: 'approved' }], { asOf: '2032-06-30' }).dataQuality.map((finding) => finding.kind);
 * // ['insufficient-data', 'outside-plan']
 * ```
 *
 * @category Roll-up
 */
export function dataQualityColumnar(store: ObservationStore, canonical: CanonicalOrder, indicators: readonly IndicatorResult[], options: Settings): DataQualityFinding[] | null {
  const lines = cellLines(store.tables.cells, options.minSample);
  if (lines === null) return null;
  if (!numbersFinite(canonical)) return null;
  const issues = new Map<string, readonly Note[]>();
  for (const result of indicators) issues.set(result.indicator, result.issues);
  const scan = new QualityScan(store, canonical, lines, options);
  const findings: DataQualityFinding[] = [];
  // Nothing here reads the indicators themselves: they have many shapes, and this loop runs once
  // per evaluation (compiled on the stack), where a new shape would throw its code away.
  for (let ind = 0; ind < store.strategy.indicators.length; ind++) scan.indicator(ind, issues, findings);
  return findings;
}

// A function of its own: its loop is compiled on the stack at every call, and code after it
// (with no type feedback yet at that point) would make that code bail out each time.
function numbersFinite(canonical: CanonicalOrder): boolean {
  const { flags, numbers } = canonical;
  for (let j = 0; j < flags.length; j++) {
    if (((flags[j] as number) & IS_NUMBER) !== 0 && !Number.isFinite(numbers[j * RECORD_NUMBERS] as number)) return false;
  }
  return true;
}

/**
 * The per-indicator passes of {@link dataQualityColumnar}, as methods: each is called once per
 * indicator, so the JIT optimizes them early (one long function running once would stay in the
 * interpreter or depend on on-stack replacement).
 */
class QualityScan {
  private readonly strategy: Strategy;
  private readonly observations: readonly Observation[];
  private readonly periods: readonly PeriodEntry[];
  private readonly canonical: CanonicalOrder;
  private readonly settings: Settings;
  private readonly outliers: OutlierScan;
  /** Per period entry: outside the baseline year and plan period. */
  private readonly outside: Uint8Array;
  /** Per period entry: its rank by (end, start, id descending), staleSince keeping the largest; −1 when not valid. */
  private readonly staleRank: Int32Array;
  private readonly dueMemo = Object.create(null) as Record<string, (string | null | undefined)[]>;
  private readonly reporterCode = Object.create(null) as Record<string, number>;
  /** Per reporter entry: the last indicator it may report (by its position). */
  private readonly reporterAllowed: Int32Array;
  private readonly emptyDate: number;
  /** The current indicator's findings, in the order found. */
  private readonly own: DataQualityFinding[] = [];
  private id = '';

  constructor(store: ObservationStore, canonical: CanonicalOrder, lines: CellLines, settings: Settings) {
    const { strategy, observations, tables } = store;
    this.strategy = strategy;
    this.observations = observations;
    this.periods = tables.periods;
    this.canonical = canonical;
    this.settings = settings;
    this.outliers = new OutlierScan(canonical, lines, tables.periods, observations, settings);
    const earliest = `${Math.min(strategy.baselineYear, strategy.period.start)}-01-01`;
    const latest = `${strategy.period.end}-12-31`;
    const periodCount = tables.periods.length;
    this.outside = new Uint8Array(periodCount);
    const valid: PeriodEntry[] = [];
    for (let p = 0; p < periodCount; p++) {
      const entry = tables.periods[p] as PeriodEntry;
      if (entry.period === null) continue;
      if (entry.period.end < earliest || entry.period.start > latest) this.outside[p] = 1;
      valid.push(entry);
    }
    valid.sort((a, b) => {
      const x = a.period as Period;
      const y = b.period as Period;
      return compareText(x.end, y.end) || compareText(x.start, y.start) || compareText(b.id, a.id);
    });
    this.staleRank = new Int32Array(periodCount).fill(-1);
    const entryIndex = new Map(tables.periods.map((entry, p) => [entry, p]));
    valid.forEach((entry, rank) => {
      this.staleRank[entryIndex.get(entry) as number] = rank;
    });
    tables.reporters.forEach((reporter, index) => {
      if (!(reporter in this.reporterCode)) this.reporterCode[reporter] = index;
    });
    this.reporterAllowed = new Int32Array(tables.reporters.length).fill(-1);
    this.emptyDate = tables.dates.indexOf('');
  }

  /** Appends the findings of the indicator at `ind` to `out`, in their final order. */
  indicator(ind: number, issuesById: ReadonlyMap<string, readonly Note[]>, out: DataQualityFinding[]): void {
    const indicator = this.strategy.indicators[ind] as Indicator;
    const canonical = this.canonical;
    const { start } = canonical;
    const from = start[ind] as number;
    const to = start[ind + 1] as number;
    const id = indicator.id;
    const { own, outliers } = this;
    this.id = id;
    own.length = 0;
    outliers.begin(id, to - from, own);
    let tested = false;
    let numbers = false;
    let latest = -1;
    let last = -1;
    for (let a = from; a < to;) {
      const p = recordWord(canonical.words, a, REC_PERIOD);
      let b = a + 1;
      while (b < to && recordWord(canonical.words, b, REC_PERIOD) === p) b++;
      if (outliers.run(a, b, p)) tested = true;
      if (outliers.numbers) numbers = true;
      if (outliers.valued && (this.staleRank[p] as number) > latest) {
        latest = this.staleRank[p] as number;
        last = p;
      }
      a = b;
    }
    if (outliers.series()) tested = true;
    if (!tested && numbers) {
      this.push('insufficient-data', 'info', null, {}, null, {}, `Too few values to test ${id} for outliers (fewer than ${this.settings.minSample} codes in a period or periods in a series).`);
    }
    for (const issue of issuesById.get(id) ?? []) {
      if (issue.code === 'TOTAL_MISMATCH') this.push('total-mismatch', 'warning', null, {}, null, {}, issue.message);
      if (issue.code === 'DUPLICATE_VALUE') this.push('duplicate', 'warning', null, {}, null, {}, issue.message);
    }
    if (last >= 0) {
      const due = this.due(last, indicator.frequency);
      const lastId = (this.periods[last] as PeriodEntry).id;
      if (due !== null && due < this.settings.asOf) this.push('stale', 'warning', lastId, {}, null, { due }, `${id} has no value since ${lastId}; the next value was due by ${due}.`);
    }
    this.revisionsAndReporters(indicator, ind, from, to);
    sortFindingsWithin(own);
    for (const each of own) out.push(each);
  }

  /** staleSince's due date after the period entry `p`, worked out once per period and frequency. */
  private due(p: number, frequency: Indicator['frequency']): string | null {
    let memo = this.dueMemo[frequency];
    if (memo === undefined) {
      memo = new Array<string | null | undefined>(this.periods.length).fill(undefined);
      this.dueMemo[frequency] = memo;
    }
    let due = memo[p];
    if (due === undefined) {
      due = nextDue((this.periods[p] as PeriodEntry).period?.end ?? '', frequency, this.settings.graceDays);
      memo[p] = due;
    }
    return due;
  }

  /**
   * Revisions (runs of one period, disaggregation and reporter with several dates), periods
   * outside the plan and unexpected reporters, in canonical order.
   */
  private revisionsAndReporters(indicator: Indicator, ind: number, from: number, to: number): void {
    const { order, words, flags: flagsAt } = this.canonical;
    const { observations, reporterAllowed, outside, id } = this;
    let allowed = 0;
    if (this.allow(indicator.reporter ?? indicator.lead, ind)) allowed++;
    if (this.allow(indicator.lead, ind)) allowed++;
    for (const actor of indicator.supporting) if (this.allow(actor, ind)) allowed++;
    let run = from;
    let dates = 0;
    let lastDate = -2;
    for (let j = from; j < to; j++) {
      const p = recordWord(words, j, REC_PERIOD);
      const r = recordWord(words, j, REC_REPORTER);
      if (j > from && (recordWord(words, run, REC_PERIOD) !== p || recordWord(words, run, REC_CELL) !== recordWord(words, j, REC_CELL) || recordWord(words, run, REC_REPORTER) !== r)) {
        if (dates >= 2) this.revised(order[run] as number, dates);
        run = j;
        dates = 0;
        lastDate = -2;
      }
      // Undated reports count as dated '' (as `reportedOn ?? ''` in the object version).
      const raw = recordWord(words, j, REC_DATE);
      const date = raw < 0 ? this.emptyDate : raw;
      if (date !== lastDate) {
        dates++;
        lastDate = date;
      }
      if (outside[p] === 1) {
        const observation = observations[order[j] as number] as Observation;
        this.push('outside-plan', 'info', observation.period ?? null, observation.disaggregation ?? {}, numeric(observation.value), {}, `${id} has a value for ${observation.period}, outside the baseline year and plan period; it is not used for targets.`);
      }
      if (((flagsAt[j] as number) & IS_REPORTED) !== 0 && allowed > 0 && reporterAllowed[r] !== ind) {
        const observation = observations[order[j] as number] as Observation;
        const by = observation.reportedBy as string;
        this.push('unexpected-reporter', 'info', observation.period ?? null, observation.disaggregation ?? {}, numeric(observation.value), { reportedBy: by }, `${by} reported ${id} for ${observation.period}, but is neither its reporter, lead nor a supporting actor.`);
      }
    }
    if (to > from && dates >= 2) this.revised(order[run] as number, dates);
  }

  /** Marks `actor` (when given) as one who may report the indicator at `ind`; returns whether it was given. */
  private allow(actor: string | undefined, ind: number): boolean {
    if (actor === undefined) return false;
    const r = this.reporterCode[actor];
    if (r !== undefined) this.reporterAllowed[r] = ind;
    return true;
  }

  private revised(first: number, reports: number): void {
    const observation = this.observations[first] as Observation;
    this.push('revised', 'info', observation.period ?? null, Object.fromEntries(Object.entries(observation.disaggregation).sort()), null, { reports },
      `${this.id} for ${observation.period} was reported ${reports} times with different dates; the latest approved value is used.`);
  }

  private push(kind: DataQualityKind, severity: 'warning' | 'info', period: string | null, disaggregation: Readonly<Record<string, string>>, value: number | null, details: Readonly<Record<string, number | string>>, message: string): void {
    this.own.push(finding(kind, severity, this.id, period, disaggregation, value, details, message));
  }
}

/**
 * Sorts one indicator's findings with {@link compareWithinIndicator}, stably. They are few (and
 * often in order already): an insertion sort in place allocates nothing, where
 * `Array.prototype.sort` copies the array on every call.
 */
function sortFindingsWithin(findings: DataQualityFinding[]): void {
  if (findings.length > 32) {
    findings.sort(compareWithinIndicator);
    return;
  }
  for (let a = 1; a < findings.length; a++) {
    const each = findings[a] as DataQualityFinding;
    let b = a - 1;
    while (b >= 0 && compareWithinIndicator(findings[b] as DataQualityFinding, each) > 0) {
      findings[b + 1] = findings[b] as DataQualityFinding;
      b--;
    }
    findings[b + 1] = each;
  }
}
