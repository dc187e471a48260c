import { parsePeriod } from '../periods/index.js';
import type { Indicator, Target } from './indicator.js';
import type { Value } from './primitives.js';

/**
 * A target as it stands on a given date: its period, the value in force, and the revision used.
 *
 * @category Model
 */
export interface TargetInForce {
  /** The target's period id, e.g. `2026`. */
  readonly period: string;
  /** The value in force on the date asked about. */
  readonly value: Value;
  /** The `effective` date of the revision in force, or `null` for the original value. */
  readonly revisedOn: string | null;
}

/**
 * The value of a target in force on a date: the latest revision whose `effective` date is on or
 * before `asOf`, or the original value. Revisions are ordered by date, so the order they were
 * written in does not matter.
 *
 * @param target - The target as written in the strategy.
 * @param asOf - The evaluation date (`YYYY-MM-DD`).
 * @returns The value in force and the revision date used (or `null`).
 *
 * @example
 * ```ts
 * targetValueOn({ value: 200, revisions: [{ value: 250, effective: '2026-07-01' }] }, '2026-12-31');
 * // { value: 250, revisedOn: '2026-07-01' }
 * ```
 *
 * @category Model
 */
export function targetValueOn(target: Target, asOf: string): {
  /** The value in force on `asOf`. */
  value: Value;
  /** The `effective` date of the revision in force, or `null` for the original value. */
  revisedOn: string | null;
} {
  if (typeof target !== 'object') return { value: target, revisedOn: null };
  let value = target.value;
  let revisedOn: string | null = null;
  for (const revision of target.revisions ?? []) {
    if (revision.effective <= asOf && (revisedOn === null || revision.effective >= revisedOn)) {
      value = revision.value;
      revisedOn = revision.effective;
    }
  }
  return { value, revisedOn };
}

/**
 * Every target of an indicator as in force on a date, ordered by period end (earliest first).
 * Invalid period ids are skipped (the strategy's validation reports them).
 *
 * @param indicator - The indicator.
 * @param asOf - The evaluation date (`YYYY-MM-DD`), which picks target revisions.
 * @returns The targets in period order; the last one is the end-of-plan target.
 *
 * @example
 * ```ts
 * targetsInForce({ targets: { '2028': 235, '2024': 175 } }, '2025-03-27').map((t) => t.period); // ['2024', '2028']
 * ```
 *
 * @category Model
 */
export function targetsInForce(indicator: Pick<Indicator, 'targets'>, asOf: string): TargetInForce[] {
  const entries: { target: TargetInForce; end: string; start: string }[] = [];
  for (const [period, target] of Object.entries(indicator.targets)) {
    let parsed;
    try {
      parsed = parsePeriod(period);
    } catch {
      continue;
    }
    const { value, revisedOn } = targetValueOn(target, asOf);
    entries.push({ target: { period, value, revisedOn }, end: parsed.end, start: parsed.start });
  }
  entries.sort((a, b) => (a.end < b.end ? -1 : a.end > b.end ? 1 : a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
  return entries.map((entry) => entry.target);
}

/**
 * The end-of-plan target: the target of the latest period, as in force on a date.
 *
 * @param indicator - The indicator.
 * @param asOf - The evaluation date (`YYYY-MM-DD`).
 * @returns The end target, or `null` when the indicator has no target.
 *
 * @example
 * ```ts
 * endTarget({ targets: { '2024': 175, '2028': 235 } }, '2025-03-27')?.value; // 235
 * ```
 *
 * @category Model
 */
export function endTarget(indicator: Pick<Indicator, 'targets'>, asOf: string): TargetInForce | null {
  const all = targetsInForce(indicator, asOf);
  return all[all.length - 1] ?? null;
}
