import type { Observation } from '../model/index.js';
import type { CanonicalOrder } from '../score/canonicalOrder.js';
import { IS_NULL, IS_NUMBER, REC_CELL, recordValue, recordWord } from '../score/observationStore.js';
import type { PeriodEntry } from '../score/observationStore.js';
import type { CellLines } from './cellLines.js';
import { finding, round } from './dataQuality.js';
import { clampToDouble } from './outliers.js';
import { MODIFIED_Z_OUTLIER, SampleOutliers, Z_OUTLIER } from './sampleOutliers.js';
import type { DataQualityFinding } from './types.js';

// The outlier tests of dataQuality on the canonical order's typed columns. An indicator's rows
// come grouped by period, so each cross-sectional sample (period, varying dimension, other codes)
// lies within one period's run: its samples are the cells' lines (cellLines.ts), numbered within
// the run through a table by line, and only when one of them is large enough are they gathered
// (a counting sort into reused typed arrays) and tested (sampleOutliers.ts). The series samples
// are the last total of each run, by period type. Samples are numbered, tested and their findings
// made in the object version's order; strings and objects are made only for findings.

/** Outlier settings (validated: thresholds positive, `minSample` an integer). */
export interface OutlierSettings {
  /** z-score threshold. */
  readonly zThreshold: number;
  /** Modified z-score threshold. */
  readonly modifiedZThreshold: number;
  /** Fewest values a test needs. */
  readonly minSample: number;
}

/**
 * The outlier tests of one indicator at a time, run by run, with scratch buffers reused across
 * runs and indicators: {@link OutlierScan.begin} an indicator, {@link OutlierScan.run} each
 * period run in order (then `total`, `valued` and `numbers` describe it), then
 * {@link OutlierScan.series}. Findings are appended to the array given to `begin`.
 *
 * @example
 * ```ts
 * // What it finds, through evaluate: 60 among 10, 11, 12, 11, 10 across the provinces of 2024.
 * const strategy = parseStrategy({
 *   id: 's', title: 'S', period: { start: 2024, end: 2028 }, baselineYear: 2023,
 *   levels: [{ id: 'pillar', title: 'Pillar' }], results: [{ id: 'P', title: 'P', level: 'pillar' }],
 *   dimensions: [{ id: 'province', title: 'Province', codes: ['A', 'B', 'C', 'D', 'E', 'F'].map((code) => ({ code, label: code })) }],
 *   indicators: [{ id: 'I', title: 'I', result: 'P', measure: 'count', direction: 'none', disaggregations: ['province'] }],
 * });
 * const observations = [10, 11, 12, 11, 10, 60].map((value, index) => ({ indicator: 'I', period: '2024', value, disaggregation: { province: 'ABCDEF'[index] ?? '' }, status: 'approved' as const }));
 * evaluate(strategy, observations, { asOf: '2025-06-30' }).dataQuality[0]?.details; // { modifiedZScore: 33.0505 }
 * ```
 *
 * @category Roll-up
 */
export class OutlierScan {
  /** The last run's last numeric total (a row without dimensions), or −1. */
  total = -1;
  /** Whether the last run has a value that is not `null`. */
  valued = false;
  /** Whether the last run has a number. */
  numbers = false;
  private readonly canonical: CanonicalOrder;
  private readonly lines: CellLines;
  private readonly periods: readonly PeriodEntry[];
  private readonly observations: readonly Observation[];
  private readonly settings: OutlierSettings;
  private readonly tester: SampleOutliers;
  private readonly zText: string;
  private readonly modifiedZText: string;
  private id = '';
  private out: DataQualityFinding[] = [];
  // Per period run: the sample of each line (numbers below `groupBase` are of earlier runs), and
  // of each (row, line) pair; the samples' sizes, lines and members.
  private readonly lineGroup: Int32Array;
  private groupBase = 0;
  private groupOf = new Int32Array(256);
  private groupSize = new Int32Array(256);
  private groupLine = new Int32Array(256);
  private groupStart = new Int32Array(256);
  private groupFill = new Int32Array(256);
  private memberRow = new Int32Array(256);
  private memberValue = new Float64Array(256);
  // Per indicator: the last total of each run and its period type (an index into `typeNames`).
  private readonly typeOf: Int32Array;
  private readonly typeNames: string[] = [];
  private readonly typeSeen: Int32Array;
  private typeStamp = 0;
  private totals = 0;
  private totalRow = new Int32Array(64);
  private totalType = new Int32Array(64);
  private sampleRow = new Int32Array(64);
  private sampleValue = new Float64Array(64);

  /**
   * A scan of the given observations.
   *
   * @param canonical - The canonical order's columns.
   * @param lines - The lines of the store's cells (made with the same `minSample`).
   * @param periods - The store's period entries.
   * @param observations - The store's observations (for the fields of findings).
   * @param settings - Thresholds and the fewest values a test needs.
   */
  constructor(canonical: CanonicalOrder, lines: CellLines, periods: readonly PeriodEntry[], observations: readonly Observation[], settings: OutlierSettings) {
    this.canonical = canonical;
    this.lines = lines;
    this.periods = periods;
    this.observations = observations;
    this.settings = settings;
    this.tester = new SampleOutliers(settings.zThreshold, settings.modifiedZThreshold);
    this.zText = `${settings.zThreshold}`;
    this.modifiedZText = `${settings.modifiedZThreshold}`;
    this.lineGroup = new Int32Array(lines.count).fill(-1);
    this.typeOf = new Int32Array(periods.length);
    const typeIndex = Object.create(null) as Record<string, number>;
    for (let p = 0; p < periods.length; p++) {
      // As in the object version, a series per period type; invalid periods form one of their own.
      const type = (periods[p] as PeriodEntry).period?.type ?? '';
      let t = typeIndex[type];
      if (t === undefined) {
        t = this.typeNames.length;
        this.typeNames.push(type);
        typeIndex[type] = t;
      }
      this.typeOf[p] = t;
    }
    this.typeSeen = new Int32Array(this.typeNames.length);
  }

  /**
   * Starts an indicator.
   *
   * @param id - Its id (for the findings).
   * @param rows - How many rows it has in the canonical order.
   * @param out - Where its findings go.
   */
  begin(id: string, rows: number, out: DataQualityFinding[]): void {
    this.id = id;
    this.out = out;
    this.totals = 0;
    if (this.totalRow.length < rows) {
      this.totalRow = new Int32Array(2 * rows);
      this.totalType = new Int32Array(2 * rows);
    }
  }

  /**
   * One period run `[a, b)` of the indicator: notes what it holds, numbers its samples in order of
   * first appearance and, when one has `minSample` members, gathers and tests them.
   *
   * @param a - First row of the run.
   * @param b - End of the run (exclusive).
   * @param p - Its period entry.
   * @returns Whether a sample was large enough to test.
   */
  run(a: number, b: number, p: number): boolean {
    const { flags, words, numbers: recordNumbers } = this.canonical;
    const lines = this.lines;
    const minSample = this.settings.minSample;
    // What the run holds, and how many rows one cell has at most (the rows of a cell are adjacent:
    // the canonical order sorts a period's rows by disaggregation key).
    let total = -1;
    let valued = false;
    let numbers = false;
    let repeat = 1;
    let most = 1;
    for (let j = a; j < b; j++) {
      const f = flags[j] as number;
      const c = recordWord(words, j, REC_CELL);
      if (j > a && recordWord(words, j - 1, REC_CELL) === c) {
        repeat++;
        if (repeat > most) most = repeat;
      } else repeat = 1;
      if ((f & IS_NULL) === 0) valued = true;
      if ((f & IS_NUMBER) === 0) continue;
      numbers = true;
      if (lines.start[c] === lines.start[c + 1]) total = j;
    }
    this.total = total;
    this.valued = valued;
    this.numbers = numbers;
    if (total >= 0) {
      this.totalRow[this.totals] = total;
      this.totalType[this.totals] = this.typeOf[p] as number;
      this.totals++;
    }
    if (b - a < minSample) return false;
    // A sample has at most `most` values per cell of its line: when each cell has one row (the usual
    // case), only the lines shared by `minSample` cells or more can be tested; the others are skipped.
    const lineStart = most === 1 ? lines.wideStart : lines.start;
    const lineOf = most === 1 ? lines.wideLine : lines.line;
    const fewest = Math.ceil(minSample / most);
    const lineCells = lines.cells;
    const pairsAtMost = (b - a) * lines.widest;
    if (this.groupOf.length < pairsAtMost) this.grow(pairsAtMost);
    if (this.groupBase > 0x3fffffff - pairsAtMost) {
      this.lineGroup.fill(-1);
      this.groupBase = 0;
    }
    const { lineGroup, groupOf, groupSize, groupLine } = this;
    const base = this.groupBase;
    let groups = 0;
    let pairs = 0;
    let largest = 0;
    for (let j = a; j < b; j++) {
      if (((flags[j] as number) & IS_NUMBER) === 0) continue;
      const c = recordWord(words, j, REC_CELL);
      for (let x = lineStart[c] as number; x < (lineStart[c + 1] as number); x++) {
        const line = lineOf[x] as number;
        if ((lineCells[line] as number) < fewest) continue;
        let g = (lineGroup[line] as number) - base;
        if (g < 0) {
          g = groups++;
          lineGroup[line] = base + g;
          groupSize[g] = 0;
          groupLine[g] = line;
        }
        const size = (groupSize[g] as number) + 1;
        groupSize[g] = size;
        if (size > largest) largest = size;
        groupOf[pairs++] = g;
      }
    }
    this.groupBase = base + groups;
    if (largest < minSample) return false;
    // Counting sort of the (row, line) pairs of the samples large enough to test, rows in order
    // within each sample.
    const { groupStart, groupFill, memberRow, memberValue } = this;
    let offset = 0;
    for (let g = 0; g < groups; g++) {
      const size = groupSize[g] as number;
      if (size < minSample) {
        groupFill[g] = -1;
        continue;
      }
      groupStart[g] = offset;
      groupFill[g] = offset;
      offset += size;
    }
    pairs = 0;
    for (let j = a; j < b; j++) {
      if (((flags[j] as number) & IS_NUMBER) === 0) continue;
      const c = recordWord(words, j, REC_CELL);
      const v = recordValue(recordNumbers, j);
      for (let x = lineStart[c] as number; x < (lineStart[c + 1] as number); x++) {
        if ((lineCells[lineOf[x] as number] as number) < fewest) continue;
        const g = groupOf[pairs++] as number;
        const at = groupFill[g] as number;
        if (at < 0) continue;
        memberRow[at] = j;
        memberValue[at] = v;
        groupFill[g] = at + 1;
      }
    }
    for (let g = 0; g < groups; g++) {
      const size = groupSize[g] as number;
      if (size < minSample) continue;
      const first = groupStart[g] as number;
      if (this.tester.test(memberValue, first, first + size) > 0) {
        const dimension = lines.dimensions[lines.varying[groupLine[g] as number] as number] ?? '';
        this.emit(memberRow, memberValue, `for ${(this.periods[p] as PeriodEntry).id} across ${dimension}`);
      }
    }
    return true;
  }

  /**
   * The series tests of the indicator's totals (one value per period: the last total of each run),
   * per period type in order of first appearance.
   *
   * @returns Whether a series was long enough to test.
   */
  series(): boolean {
    const { totals, totalRow, totalType, typeSeen } = this;
    const numbers = this.canonical.numbers;
    if (this.sampleRow.length < totals) {
      this.sampleRow = new Int32Array(2 * totals);
      this.sampleValue = new Float64Array(2 * totals);
    }
    const { sampleRow, sampleValue } = this;
    const stamp = ++this.typeStamp;
    let tested = false;
    for (let i = 0; i < totals; i++) {
      const type = totalType[i] as number;
      if (typeSeen[type] === stamp) continue;
      typeSeen[type] = stamp;
      let n = 0;
      for (let k = i; k < totals; k++) {
        if (totalType[k] !== type) continue;
        const row = totalRow[k] as number;
        sampleRow[n] = row;
        sampleValue[n] = recordValue(numbers, row);
        n++;
      }
      if (n < this.settings.minSample) continue;
      tested = true;
      if (this.tester.test(sampleValue, 0, n) > 0) this.emit(sampleRow, sampleValue, `over time (${this.typeNames[type] || 'series'})`);
    }
    return tested;
  }

  /** The findings of the values the last test flagged (`rows`: canonical positions, by tested position). */
  private emit(rows: Int32Array, values: Float64Array, context: string): void {
    const { tester, id, out } = this;
    const { order } = this.canonical;
    const { mean, stdDev } = tester;
    const zThreshold = this.settings.zThreshold;
    let lowerBound = 0;
    let upperBound = 0;
    let bounds = false;
    for (let i = 0; i < tester.count; i++) {
      const x = tester.position[i] as number;
      const kind = tester.kind[i] as number;
      const value = values[x] as number;
      const observation = this.observations[order[rows[x] as number] as number] as Observation;
      const period = observation.period ?? null;
      const disaggregation = observation.disaggregation ?? {};
      if ((kind & Z_OUTLIER) !== 0) {
        if (!bounds) {
          lowerBound = round(clampToDouble(mean - zThreshold * stdDev));
          upperBound = round(clampToDouble(mean + zThreshold * stdDev));
          bounds = true;
        }
        const z = round(tester.zScore[i] as number);
        out.push(finding('outlier-z', 'warning', id, period, disaggregation, value, { zScore: z, mean: round(mean), stdDev: round(stdDev), lowerBound, upperBound },
          `${id} ${context}: ${value} is ${z} standard deviations from the mean ${round(mean)} (threshold ${this.zText}).`));
      }
      if ((kind & MODIFIED_Z_OUTLIER) !== 0) {
        const modified = round(tester.modifiedZ[i] as number);
        out.push(finding('outlier-modified-z', 'warning', id, period, disaggregation, value, { modifiedZScore: modified },
          `${id} ${context}: ${value} has a modified z-score of ${modified} (threshold ${this.modifiedZText}).`));
      }
    }
  }

  private grow(pairs: number): void {
    const size = Math.max(pairs, 2 * this.groupOf.length);
    this.groupOf = new Int32Array(size);
    this.groupSize = new Int32Array(size);
    this.groupLine = new Int32Array(size);
    this.groupStart = new Int32Array(size);
    this.groupFill = new Int32Array(size);
    this.memberRow = new Int32Array(size);
    this.memberValue = new Float64Array(size);
  }
}
