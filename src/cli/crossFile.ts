// Checks observations from several data files together. Each file was already checked on its own
// (with its line numbers); only the checks between items can find more once files are put
// together: the same value in two files (duplicate), different values for the same cell
// (conflict), different sets of dimensions, and a later file revising an earlier one.
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
  /** Revisions of a value by another file. */
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
  const acrossFiles = (problem: Problem): boolean => {
    const observation = all[Number(problem.path[0])];
    return problem.code === 'OBSERVATION_REVISED' && observation !== undefined && (filesOfCell.get(cellKey(observation))?.size ?? 0) > 1;
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
