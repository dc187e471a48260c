import { STATUSES } from '../score/types.js';
import type { Status } from '../score/types.js';
import type { StatusCounts } from './types.js';

/**
 * Counts how many of the given statuses there are of each kind; every status is present (0 when none).
 *
 * @param statuses - Statuses to count.
 * @returns The counts, keyed in the order of {@link STATUSES}.
 *
 * @example
 * ```ts
 * countStatuses(['on-track', 'on-track', 'no-data'])['on-track']; // 2
 * ```
 *
 * @category Roll-up
 */
export function countStatuses(statuses: Iterable<Status>): StatusCounts {
  const counts = Object.fromEntries(STATUSES.map((status) => [status, 0])) as Record<Status, number>;
  for (const status of statuses) counts[status] += 1;
  return counts;
}
