import type { CellEntry } from '../score/observationStore.js';

// The cross-sectional outlier samples of dataQuality are keyed by period, the dimension that varies
// and the codes of the other dimensions (`province` across `sex=female|age=15-24`). That key depends
// only on the disaggregation, so it is worked out once per distinct cell of the store, as integer
// "lines", instead of once per observation as strings.

// The object version joins codes with these characters: a dimension or code containing one could
// make two different samples share a key there, which the integer lines would keep apart.
const AMBIGUOUS = /[|=,\u0000]/;

/**
 * For each cell of an observation store, its lines: one per dimension of the cell (in sorted
 * dimension order), identifying the sample of codes that share the other dimensions' codes.
 *
 * @category Roll-up
 */
export interface CellLines {
  /** Offsets into `line` by cell (length: cells + 1); a cell without dimensions (a total) has none. */
  readonly start: Int32Array;
  /** The line of each (cell, dimension). */
  readonly line: Int32Array;
  /** The varying dimension of each line, as an index into `dimensions`. */
  readonly varying: Int32Array;
  /** The dimension ids that vary along some line. */
  readonly dimensions: readonly string[];
  /** Per line: how many cells lie on it (with one row per cell, the most values its sample can have). */
  readonly cells: Int32Array;
  /** Like `start`, offsets into `wideLine` by cell. */
  readonly wideStart: Int32Array;
  /** Like `line`, but only the lines that at least `minSample` cells share (in the same order). */
  readonly wideLine: Int32Array;
  /** The number of distinct lines. */
  readonly count: number;
  /** The most lines of one cell. */
  readonly widest: number;
}

/**
 * Works out the lines of every cell; `null` when a dimension id or code contains a character the
 * object version uses as a separator (the caller then uses the object version).
 *
 * @param cells - The store's cell entries.
 * @param minSample - The fewest values an outlier test needs (for `wideStart` and `wideLine`).
 * @returns The lines, or `null`.
 *
 * @example
 * ```ts
 * // Through the public API: the two provinces of one sex form one sample ("across province").
 * const strategy = parseStrategy({
 *   id: 's', title: 'S', period: { start: 2024, end: 2028 }, baselineYear: 2023,
 *   levels: [{ id: 'pillar', title: 'Pillar' }], results: [{ id: 'P', title: 'P', level: 'pillar' }],
 *   dimensions: [
 *     { id: 'sex', title: 'Sex', codes: [{ code: 'f', label: 'F' }, { code: 'm', label: 'M' }] },
 *     { id: 'province', title: 'Province', codes: ['A', 'B', 'C', 'D', 'E', 'F'].map((code) => ({ code, label: code })) },
 *   ],
 *   indicators: [{ id: 'I', title: 'I', result: 'P', measure: 'count', direction: 'none', disaggregations: ['sex', 'province'] }],
 * });
 * const values = [10, 11, 12, 11, 10, 60];
 * const observations = values.map((value, index) => ({ indicator: 'I', period: '2024', value, disaggregation: { sex: 'f', province: 'ABCDEF'[index] ?? '' }, status: 'approved' as const }));
 * evaluate(strategy, observations, { asOf: '2025-06-30' }).dataQuality.map((finding) => finding.message)[0];
 * // 'I for 2024 across province: 60 has a modified z-score of 33.0505 (threshold 3).'
 * ```
 *
 * @category Roll-up
 */
export function cellLines(cells: readonly CellEntry[], minSample: number): CellLines | null {
  const start = new Int32Array(cells.length + 1);
  const line: number[] = [];
  const varying: number[] = [];
  const dimensions: string[] = [];
  const dimensionIndex = Object.create(null) as Record<string, number>;
  const lineIndex = Object.create(null) as Record<string, number>;
  let widest = 0;
  for (let cell = 0; cell < cells.length; cell++) {
    const example = (cells[cell] as CellEntry).example;
    const names = Object.keys(example).sort();
    for (const name of names) {
      if (AMBIGUOUS.test(name) || AMBIGUOUS.test(example[name] ?? '')) return null;
    }
    for (const name of names) {
      let fixed = '';
      for (const other of names) if (other !== name) fixed += `${fixed === '' ? '' : '|'}${other}=${example[other] ?? ''}`;
      let d = dimensionIndex[name];
      if (d === undefined) {
        d = dimensions.length;
        dimensions.push(name);
        dimensionIndex[name] = d;
      }
      const key = `${d}\u0000${fixed}`;
      let id = lineIndex[key];
      if (id === undefined) {
        id = varying.length;
        varying.push(d);
        lineIndex[key] = id;
      }
      line.push(id);
    }
    widest = Math.max(widest, names.length);
    start[cell + 1] = line.length;
  }
  const lineCells = new Int32Array(varying.length);
  for (const id of line) lineCells[id] = (lineCells[id] as number) + 1;
  const wideStart = new Int32Array(cells.length + 1);
  const wideLine: number[] = [];
  for (let cell = 0; cell < cells.length; cell++) {
    for (let x = start[cell] as number; x < (start[cell + 1] as number); x++) {
      if ((lineCells[line[x] as number] as number) >= minSample) wideLine.push(line[x] as number);
    }
    wideStart[cell + 1] = wideLine.length;
  }
  return { start, line: Int32Array.from(line), varying: Int32Array.from(varying), dimensions, cells: lineCells, wideStart, wideLine: Int32Array.from(wideLine), count: varying.length, widest };
}
