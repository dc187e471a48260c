import type { Indicator, Observation, Strategy } from '../model/index.js';
import type { CanonicalOrder } from '../score/canonicalOrder.js';
import { IS_NULL, IS_NUMBER, IS_REPORTED } from '../score/observationStore.js';
import type { ObservationStore } from '../score/observationStore.js';
import type { IndicatorResult } from '../score/types.js';
import { numeric, round, sortFindings, staleSince, testTotals } from './dataQuality.js';
import type { Add, DataQualityOptions } from './dataQuality.js';
import { zScoreOutlier } from './outliers.js';
import type { DataQualityFinding, DataQualityKind } from './types.js';

// dataQuality on the encoded observations: the same findings in the same order (see dataQuality.ts
// for the rules), with the per-observation work done on integer codes — outlier samples gathered
// through a hash table on (period, varying dimension, fixed codes) and tested on typed arrays,
// revisions found as runs of the canonical order. Checked against dataQuality by
// test/rollup/evaluateColumnar.prop.test.ts.

const AMBIGUOUS = /[|=,\u0000]/;

/** Per cell: its dimensions in sorted order, each as a varying dimension with the fixed rest. */
interface CellSamples {
  readonly start: Int32Array;
  readonly varying: Int32Array;
  readonly fixed: Int32Array;
  readonly varyingNames: readonly string[];
  readonly fixedCount: number;
}

function cellSamples(store: ObservationStore): CellSamples | null {
  const starts: number[] = [0];
  const varying: number[] = [];
  const fixed: number[] = [];
  const varyingIndex = new Map<string, number>();
  const fixedIndex = new Map<string, number>();
  for (const entry of store.tables.cells) {
    const dimensions = Object.keys(entry.example).sort();
    for (const dimension of dimensions) {
      if (AMBIGUOUS.test(dimension) || AMBIGUOUS.test(entry.example[dimension] ?? '')) return null;
    }
    for (const dimension of dimensions) {
      const rest = dimensions.filter((other) => other !== dimension).map((other) => `${other}=${entry.example[other] ?? ''}`).join('|');
      let v = varyingIndex.get(dimension);
      if (v === undefined) {
        v = varyingIndex.size;
        varyingIndex.set(dimension, v);
      }
      let f = fixedIndex.get(rest);
      if (f === undefined) {
        f = fixedIndex.size;
        fixedIndex.set(rest, f);
      }
      varying.push(v);
      fixed.push(f);
    }
    starts.push(varying.length);
  }
  return { start: Int32Array.from(starts), varying: Int32Array.from(varying), fixed: Int32Array.from(fixed), varyingNames: [...varyingIndex.keys()], fixedCount: fixedIndex.size };
}

/** Open addressing on float keys, cleared per indicator by a stamp. */
class GroupTable {
  private keys: Float64Array;
  private ids: Int32Array;
  private stamps: Int32Array;
  private mask: number;
  private used = 0;
  private stamp = 0;

  constructor() {
    this.keys = new Float64Array(1024);
    this.ids = new Int32Array(1024);
    this.stamps = new Int32Array(1024).fill(-1);
    this.mask = 1023;
  }

  reset(capacityHint: number): void {
    this.stamp++;
    this.used = 0;
    if (capacityHint * 2 > this.keys.length) {
      let size = this.keys.length;
      while (size < capacityHint * 2) size *= 2;
      this.keys = new Float64Array(size);
      this.ids = new Int32Array(size);
      this.stamps = new Int32Array(size).fill(-1);
      this.mask = size - 1;
    }
  }

  /** The id of `key`, given `next` when it is new. */
  idOf(key: number, next: number): number {
    let h = (Math.imul(key >>> 0, 0x9e3779b1) ^ Math.imul(Math.floor(key / 4294967296), 0x85ebca77)) & this.mask;
    for (;;) {
      if (this.stamps[h] !== this.stamp) {
        this.stamps[h] = this.stamp;
        this.keys[h] = key;
        this.ids[h] = next;
        this.used++;
        return next;
      }
      if (this.keys[h] === key) return this.ids[h] as number;
      h = (h + 1) & this.mask;
    }
  }
}

/** Median of `values[0, n)`, sorting them in place (insertion sort: samples are small; no allocation). */
function median(values: Float64Array, n: number): number {
  for (let a = 1; a < n; a++) {
    const v = values[a] as number;
    let b = a - 1;
    while (b >= 0 && (values[b] as number) > v) {
      values[b + 1] = values[b] as number;
      b--;
    }
    values[b + 1] = v;
  }
  const middle = Math.floor(n / 2);
  return n % 2 === 1 ? (values[middle] as number) : ((values[middle - 1] as number) + (values[middle] as number)) / 2;
}

let scratch = new Float64Array(64);

/** {@link dataQuality} on encoded observations; `null` when the input needs the object version. */
export function dataQualityColumnar(
  store: ObservationStore,
  canonical: CanonicalOrder,
  indicators: readonly IndicatorResult[],
  options: Required<Omit<DataQualityOptions, 'asOf'>> & { readonly asOf: string },
): DataQualityFinding[] | null {
  const samples = cellSamples(store);
  if (samples === null) return null;
  const { flags: flagsAt, value: valueAt } = canonical;
  for (let j = 0; j < flagsAt.length; j++) {
    if (((flagsAt[j] as number) & IS_NUMBER) !== 0 && !Number.isFinite(valueAt[j] as number)) return null;
  }
  const scan = new QualityScan(store, canonical, samples, options);
  const results = new Map(indicators.map((result) => [result.indicator, result]));
  const { strategy } = store;
  for (let ind = 0; ind < strategy.indicators.length; ind++) {
    const indicator = strategy.indicators[ind] as Indicator;
    const from = canonical.start[ind] as number;
    const to = canonical.start[ind + 1] as number;
    const add: Add = (kind: DataQualityKind, severity, fields, message) =>
      scan.findings.push({ kind, severity, indicator: indicator.id, period: fields.period ?? null, disaggregation: fields.disaggregation ?? {}, value: fields.value ?? null, details: fields.details ?? {}, message });

    const tested = scan.outliers(indicator, from, to, add);
    if (!tested && scan.anyNumber(from, to)) {
      add('insufficient-data', 'info', {}, `Too few values to test ${indicator.id} for outliers (fewer than ${options.minSample} codes in a period or periods in a series).`);
    }
    for (const issue of results.get(indicator.id)?.issues ?? []) {
      if (issue.code === 'TOTAL_MISMATCH') add('total-mismatch', 'warning', {}, issue.message);
      if (issue.code === 'DUPLICATE_VALUE') add('duplicate', 'warning', {}, issue.message);
    }
    const stale = scan.stale(indicator, from, to);
    if (stale) add('stale', 'warning', { period: stale.last, details: { due: stale.due } }, `${indicator.id} has no value since ${stale.last}; the next value was due by ${stale.due}.`);
    scan.revisionsAndReporters(indicator, ind, from, to, add);
  }
  return sortFindings(strategy, scan.findings);
}

/**
 * The per-indicator passes of {@link dataQualityColumnar}, as methods: each is called once per
 * indicator, so the JIT optimizes them early (one long function running once would stay in the
 * interpreter or depend on on-stack replacement).
 */
class QualityScan {
  readonly findings: DataQualityFinding[] = [];
  private readonly observations: readonly Observation[];
  private readonly tables: ObservationStore['tables'];
  private readonly canonical: CanonicalOrder;
  private readonly samples: CellSamples;
  private readonly settings: { zThreshold: number; modifiedZThreshold: number; minSample: number };
  private readonly asOf: string;
  private readonly graceDays: number;
  private readonly outside: boolean[];
  private readonly periodCount: number;
  private readonly varyingCount: number;
  private readonly table = new GroupTable();
  private readonly reporterAllowed: Int32Array;
  private readonly emptyDate: number;
  private groupOf = new Int32Array(0);
  private memberStart = new Int32Array(0);
  private values = new Float64Array(0);
  private members = new Int32Array(0);

  constructor(store: ObservationStore, canonical: CanonicalOrder, samples: CellSamples, options: Required<Omit<DataQualityOptions, 'asOf'>> & { readonly asOf: string }) {
    const { strategy, observations, tables } = store;
    this.observations = observations;
    this.tables = tables;
    this.canonical = canonical;
    this.samples = samples;
    this.settings = { zThreshold: options.zThreshold, modifiedZThreshold: options.modifiedZThreshold, minSample: options.minSample };
    this.asOf = options.asOf;
    this.graceDays = options.graceDays;
    const earliest = `${Math.min(strategy.baselineYear, strategy.period.start)}-01-01`;
    const latest = `${strategy.period.end}-12-31`;
    this.outside = tables.periods.map((entry) => entry.period !== null && (entry.period.end < earliest || entry.period.start > latest));
    this.periodCount = tables.periods.length;
    this.varyingCount = samples.varyingNames.length;
    this.reporterAllowed = new Int32Array(tables.reporters.length).fill(-1);
    this.emptyDate = tables.dates.indexOf('');
  }

  anyNumber(from: number, to: number): boolean {
    const flags = this.canonical.flags;
    for (let j = from; j < to; j++) if (((flags[j] as number) & IS_NUMBER) !== 0) return true;
    return false;
  }

  /** Outliers across the codes of a period (group ids in order of first appearance) and over time. */
  outliers(indicator: Indicator, from: number, to: number, add: Add): boolean {
    const { order, flags: flagsAt, cell: cellAt, period: periodAt, value: valueAt } = this.canonical;
    const samples = this.samples;
    let slots = 0;
    for (let j = from; j < to; j++) {
      if (((flagsAt[j] as number) & IS_NUMBER) === 0) continue;
      const cell = cellAt[j] as number;
      slots += (samples.start[cell + 1] as number) - (samples.start[cell] as number);
    }
    this.table.reset(slots + 1);
    if (this.groupOf.length < slots) {
      this.groupOf = new Int32Array(slots * 2);
      this.values = new Float64Array(slots * 2);
      this.members = new Int32Array(slots * 2);
    }
    if (this.memberStart.length < slots + 2) this.memberStart = new Int32Array(slots * 2 + 2);
    const { groupOf, memberStart, values, members, table } = this;
    let groups = 0;
    let s = 0;
    let totals: Map<string, Observation[]> | undefined;
    for (let j = from; j < to; j++) {
      if (((flagsAt[j] as number) & IS_NUMBER) === 0) continue;
      const cell = cellAt[j] as number;
      const a = samples.start[cell] as number;
      const b = samples.start[cell + 1] as number;
      if (a === b) {
        totals ??= new Map();
        const type = this.tables.periods[periodAt[j] as number]?.period?.type ?? '';
        const list = totals.get(type) ?? [];
        list.push(this.observations[order[j] as number] as Observation);
        totals.set(type, list);
        continue;
      }
      const p = periodAt[j] as number;
      for (let x = a; x < b; x++) {
        const key = ((samples.fixed[x] as number) * this.varyingCount + (samples.varying[x] as number)) * this.periodCount + p;
        const id = table.idOf(key, groups);
        if (id === groups) groups++;
        groupOf[s++] = id;
      }
    }
    memberStart.fill(0, 0, groups + 1);
    for (let x = 0; x < s; x++) memberStart[(groupOf[x] as number) + 1] = (memberStart[(groupOf[x] as number) + 1] as number) + 1;
    for (let g = 0; g < groups; g++) memberStart[g + 1] = (memberStart[g + 1] as number) + (memberStart[g] as number);
    // `fill` reuses memberStart's upper half would alias; a small copy per indicator is fine.
    const fill = memberStart.slice(0, groups);
    const groupVarying = new Int32Array(groups);
    const groupPeriod = new Int32Array(groups);
    s = 0;
    for (let j = from; j < to; j++) {
      if (((flagsAt[j] as number) & IS_NUMBER) === 0) continue;
      const cell = cellAt[j] as number;
      for (let x = samples.start[cell] as number; x < (samples.start[cell + 1] as number); x++) {
        const g = groupOf[s++] as number;
        const at = fill[g] as number;
        members[at] = order[j] as number;
        values[at] = valueAt[j] as number;
        fill[g] = at + 1;
        groupVarying[g] = samples.varying[x] as number;
        groupPeriod[g] = periodAt[j] as number;
      }
    }
    let tested = false;
    for (let g = 0; g < groups; g++) {
      const a = memberStart[g] as number;
      const b = memberStart[g + 1] as number;
      if (b - a < this.settings.minSample) continue;
      tested = true;
      testGroup(indicator, this.observations, members, values, a, b, `for ${this.tables.periods[groupPeriod[g] as number]?.id ?? ''} across ${samples.varyingNames[groupVarying[g] as number] ?? ''}`, this.settings, add);
    }
    if (totals !== undefined) for (const [type, sample] of totals) if (testTotals(indicator, type, sample, this.settings, add)) tested = true;
    return tested;
  }

  /** Stale: only which periods have a value matters (one stand-in per period). */
  stale(indicator: Indicator, from: number, to: number): { last: string; due: string } | null {
    const { flags: flagsAt, period: periodAt } = this.canonical;
    const withValue = new Set<number>();
    for (let j = from; j < to; j++) if (((flagsAt[j] as number) & IS_NULL) === 0) withValue.add(periodAt[j] as number);
    if (withValue.size === 0) return null;
    return staleSince(indicator, [...withValue].map((p) => ({ period: this.tables.periods[p]?.id ?? '', value: 0 }) as unknown as Observation), this.asOf, this.graceDays);
  }

  /**
   * Revisions (runs of one period, disaggregation and reporter with several dates), periods
   * outside the plan and unexpected reporters, in canonical order.
   */
  revisionsAndReporters(indicator: Indicator, ind: number, from: number, to: number, add: Add): void {
    const { order, period: periodAt, cell: cellAt, reporter: reporterAt, date: dateAt, flags: flagsAt } = this.canonical;
    const observations = this.observations;
    const allowed = [indicator.reporter ?? indicator.lead, indicator.lead, ...indicator.supporting].filter((id): id is string => id !== undefined);
    for (const id of allowed) {
      const r = this.tables.reporters.indexOf(id);
      if (r >= 0) this.reporterAllowed[r] = ind;
    }
    const revised: { first: number; dates: number }[] = [];
    let run = from;
    let dates = 0;
    let lastDate = -2;
    for (let j = from; j < to; j++) {
      const p = periodAt[j] as number;
      const cell = cellAt[j] as number;
      const r = reporterAt[j] as number;
      if (j > from && (periodAt[run] !== p || cellAt[run] !== cell || reporterAt[run] !== r)) {
        if (dates >= 2) revised.push({ first: order[run] as number, dates });
        run = j;
        dates = 0;
        lastDate = -2;
      }
      const raw = dateAt[j] as number;
      const date = raw < 0 ? this.emptyDate : raw;
      if (date !== lastDate) {
        dates++;
        lastDate = date;
      }
      if (this.outside[p] === true) {
        const observation = observations[order[j] as number] as Observation;
        add('outside-plan', 'info', { period: observation.period, disaggregation: observation.disaggregation, value: numeric(observation.value) }, `${indicator.id} has a value for ${observation.period}, outside the baseline year and plan period; it is not used for targets.`);
      }
      if (((flagsAt[j] as number) & IS_REPORTED) !== 0 && allowed.length > 0 && this.reporterAllowed[r] !== ind) {
        const observation = observations[order[j] as number] as Observation;
        const by = observation.reportedBy as string;
        add('unexpected-reporter', 'info', { period: observation.period, disaggregation: observation.disaggregation, value: numeric(observation.value), details: { reportedBy: by } }, `${by} reported ${indicator.id} for ${observation.period}, but is neither its reporter, lead nor a supporting actor.`);
      }
    }
    if (to > from && dates >= 2) revised.push({ first: order[run] as number, dates });
    for (const { first, dates: reports } of revised) {
      const observation = observations[first] as Observation;
      add('revised', 'info', { period: observation.period, disaggregation: Object.fromEntries(Object.entries(observation.disaggregation).sort()), details: { reports } }, `${indicator.id} for ${observation.period} was reported ${reports} times with different dates; the latest approved value is used.`);
    }
  }
}

function testGroup(
  indicator: Indicator,
  observations: readonly Observation[],
  members: Int32Array,
  values: Float64Array,
  a: number,
  b: number,
  context: string,
  settings: { zThreshold: number; modifiedZThreshold: number; minSample: number },
  add: Add,
): void {
  const n = b - a;
  // meanAndStdDev and modifiedZScores, step by step (same operations, same order).
  let sum = 0;
  for (let x = a; x < b; x++) sum = sum + (values[x] as number);
  const mean = sum / n;
  let squares = 0;
  for (let x = a; x < b; x++) squares = squares + ((values[x] as number) - mean) ** 2;
  const stdDev = Math.sqrt(squares / n);
  if (scratch.length < n) scratch = new Float64Array(n * 2);
  const sorted = scratch;
  for (let x = 0; x < n; x++) sorted[x] = values[a + x] as number;
  const med = median(sorted, n);
  for (let x = 0; x < n; x++) sorted[x] = Math.abs((values[a + x] as number) - med);
  const mad = median(sorted, n);
  // As in modifiedZScores: a MAD so small that a score overflows measures nothing, like a MAD of 0.
  let madUsable = mad !== 0;
  for (let x = a; madUsable && x < b; x++) madUsable = Number.isFinite(Math.abs((0.6745 * ((values[x] as number) - med)) / mad));
  for (let x = a; x < b; x++) {
    const value = values[x] as number;
    const absDev = Math.abs(value - mean);
    const zRaw = stdDev > 0 ? absDev / stdDev : null;
    const zScore = zRaw !== null && Number.isFinite(zRaw) ? zRaw : null;
    let mz: number | undefined;
    if (madUsable) {
      const z = Math.abs((0.6745 * (value - med)) / mad);
      mz = z === 0 ? 0 : z;
    }
    const zOutlier = zScore !== null && zScore > settings.zThreshold;
    const mzOutlier = mz !== undefined && mz > settings.modifiedZThreshold;
    if (!zOutlier && !mzOutlier) continue;
    const observation = observations[members[x] as number] as Observation;
    const fields = { period: observation.period, disaggregation: observation.disaggregation, value };
    if (zOutlier) {
      const z = zScoreOutlier({ value, mean, stdDev, threshold: settings.zThreshold });
      add('outlier-z', 'warning', { ...fields, details: { zScore: round(z.zScore as number), mean: round(mean), stdDev: round(stdDev), lowerBound: round(z.lowerBound), upperBound: round(z.upperBound) } },
        `${indicator.id} ${context}: ${value} is ${round(z.zScore as number)} standard deviations from the mean ${round(mean)} (threshold ${settings.zThreshold}).`);
    }
    if (mzOutlier) {
      add('outlier-modified-z', 'warning', { ...fields, details: { modifiedZScore: round(mz as number) } },
        `${indicator.id} ${context}: ${value} has a modified z-score of ${round(mz as number)} (threshold ${settings.modifiedZThreshold}).`);
    }
  }
}
