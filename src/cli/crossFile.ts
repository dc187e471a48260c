// Checks observations from several data files together. Each file was already checked on its own
// (with its line numbers); only the checks between items can find more once files are put
// together: the same value in two files (duplicate), different values for the same cell
// (conflict), different sets of dimensions, a later file revising an earlier one, and a percentage
// series that looks like fractions only once its files are put together.
import { disaggregationKey, parseObservations } from './library.js';
import type { Observation, Problem, RejectedItem, Strategy } from './library.js';

/** The values accepted from one file. */
export interface FileBatch {
  readonly name: string;
  readonly observations: readonly Observation[];
}

/** What checking the files together found; items are numbered across the files in the order given. */
export interface CrossFileResult {
  readonly observations: readonly Observation[];
  /** Every one of these is new: a value that its own file accepted. */
  readonly rejected: readonly RejectedItem[];
  /** Revisions of a value by another file; scale warnings that no single file gave. */
  readonly warnings: readonly Problem[];
  /** Where an item came from, for messages: `b.csv: TIP-01 2024 sex=female`. */
  readonly locate: (index: number) => string;
}

/** Checks the accepted values of every file together. */
export function checkAcrossFiles(batches: readonly FileBatch[], strategy: Strategy): CrossFileResult {
  const all = batches.flatMap((batch) => batch.observations);
  const fileOf = batches.flatMap((batch) => batch.observations.map(() => batch.name));
  const result = parseObservations(all, strategy);

  // A revision inside one file was already reported with that file; keep those across files only.
  const filesOfCell = new Map<string, Set<string>>();
  all.forEach((observation, index) => {
    const key = cellKey(observation);
    const files = filesOfCell.get(key) ?? new Set<string>();
    files.add(fileOf[index] ?? '');
    filesOfCell.set(key, files);
  });
  // A file with 3 numeric values of an indicator, one above 0, gave the scale warning itself if the
  // whole series (a superset, all within 0–1 when the warning comes) deserves it.
  const scaleCounts = new Map<string, { count: number; positive: boolean }>();
  all.forEach((observation, index) => {
    if (typeof observation.value !== 'number') return;
    const key = `${fileOf[index] ?? ''}\u0000${observation.indicator}`;
    const entry = scaleCounts.get(key) ?? { count: 0, positive: false };
    scaleCounts.set(key, { count: entry.count + 1, positive: entry.positive || observation.value > 0 });
  });
  const warnedByFile = (indicator: string): boolean => batches.some((batch) => {
    const entry = scaleCounts.get(`${batch.name}\u0000${indicator}`);
    return entry !== undefined && entry.count >= 3 && entry.positive;
  });
  const acrossFiles = (problem: Problem): boolean => {
    const observation = all[Number(problem.path[0])];
    if (observation === undefined) return false;
    if (problem.code === 'PERCENT_SCALE_SUSPECT') return !warnedByFile(observation.indicator);
    return problem.code === 'OBSERVATION_REVISED' && (filesOfCell.get(cellKey(observation))?.size ?? 0) > 1;
  };

  const locate = (index: number): string => {
    const observation = all[index];
    if (observation === undefined) return `item ${index}`;
    const cell = [observation.indicator, observation.period, disaggregationKey(observation.disaggregation).replaceAll('|', ' ')].filter((part) => part !== '').join(' ');
    return `item ${index} (${fileOf[index] ?? ''}: ${cell})`;
  };
  return { observations: result.observations, rejected: result.rejected, warnings: result.warnings.filter(acrossFiles), locate };
}

function cellKey(observation: Observation): string {
  return [observation.indicator, observation.period, disaggregationKey(observation.disaggregation), observation.reportedBy ?? ''].join('\u0000');
}
