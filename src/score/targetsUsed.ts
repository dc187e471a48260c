import type { Indicator, Target } from '../model/index.js';
import { targetValueOn } from '../model/index.js';
import { safeParsePeriod } from '../periods/index.js';
import type { Period, PeriodType } from '../periods/index.js';
import { timeAfter } from './timeAxis.js';
import type { TargetUsed } from './types.js';

/**
 * The targets of an indicator as scoring uses them, read once per indicator and evaluation: each
 * with its value in force at `asOf` and its time, in period order (the order of `targetsInForce`),
 * and the type of the end target's period, which sets the grid that flows add up over.
 *
 * @param indicator - The indicator.
 * @param asOf - The evaluation date (`YYYY-MM-DD`), which picks target revisions.
 * @returns `targets` (the last one is the end target) and `endType` (`null` without targets).
 */
export function targetsUsed(indicator: Pick<Indicator, 'targets'>, asOf: string): { targets: TargetUsed[]; endType: PeriodType | null } {
  const written = indicator.targets;
  const targets: TargetUsed[] = [];
  // The periods of `targets`, side by side, to order them as targetsInForce does (by end, then
  // start, equal periods in the order written) without an entry object per target.
  const periods: Period[] = [];
  for (const id of Object.keys(written)) {
    const parsed = safeParsePeriod(id);
    if (!parsed.ok) continue;
    const period = parsed.value;
    const { value, revisedOn } = targetValueOn(written[id] as Target, asOf);
    const target: TargetUsed = { period: id, value, t: timeAfter(period.end), revisedOn };
    let at = periods.length;
    while (at > 0 && laterThan(periods[at - 1] as Period, period)) at--;
    if (at === periods.length) {
      periods.push(period);
      targets.push(target);
    } else {
      periods.splice(at, 0, period);
      targets.splice(at, 0, target);
    }
  }
  const last = periods[periods.length - 1];
  return { targets, endType: last === undefined ? null : last.type };
}

function laterThan(a: Period, b: Period): boolean {
  return a.end > b.end || (a.end === b.end && a.start > b.start);
}
