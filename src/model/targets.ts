import { safeParsePeriod } from '../periods/index.js';
import type { PeriodType } from '../periods/index.js';
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
  const dated = datedTargets(indicator);
  const out: TargetInForce[] = [];
  for (const entry of dated) {
    const { value, revisedOn } = targetValueOn(entry.target, asOf);
    out.push({ period: entry.period, value, revisedOn });
  }
  return out;
}

/**
 * A target with its period read: what ordering targets and placing them in time needs, worked out
 * once so that a caller can take values in force without reading period ids again.
 */
export interface DatedTarget {
  /** The target's period id, as written. */
  readonly period: string;
  /** The target as written (a value, or a value with revisions). */
  readonly target: Target;
  /** The period's type. */
  readonly type: PeriodType;
  /** The period's first day. */
  readonly start: string;
  /** The period's last day. */
  readonly end: string;
}

/**
 * The targets of an indicator with their periods read, ordered by period end, then start (earliest
 * first; equal periods keep the order written). Invalid period ids are skipped (the strategy's
 * validation reports them). {@link targetsInForce} is these with the values in force on a date.
 *
 * @param indicator - The indicator.
 * @returns The targets in period order; the last one is the end-of-plan target.
 */
export function datedTargets(indicator: Pick<Indicator, 'targets'>): DatedTarget[] {
  const out: DatedTarget[] = [];
  const targets = indicator.targets;
  for (const period of Object.keys(targets)) {
    const parsed = safeParsePeriod(period);
    if (!parsed.ok) continue;
    const entry: DatedTarget = { period, target: targets[period] as Target, type: parsed.value.type, start: parsed.value.start, end: parsed.value.end };
    // A plan has a handful of targets, usually written in order: an insertion sort (stable, like
    // Array.prototype.sort) does no work then and allocates nothing.
    let at = out.length;
    while (at > 0 && laterThan(out[at - 1] as DatedTarget, entry)) at--;
    if (at === out.length) out.push(entry);
    else out.splice(at, 0, entry);
  }
  return out;
}

function laterThan(a: DatedTarget, b: DatedTarget): boolean {
  return a.end > b.end || (a.end === b.end && a.start > b.start);
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
