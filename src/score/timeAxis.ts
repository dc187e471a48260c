import { addDays, parsePeriod, toDecimalYear } from '../periods/index.js';

/**
 * The decimal year at which a value of a period stands: the day after the period's last day, so
 * that the full year 2023 stands at 2024.0 and January–October 2023 at 2023.833.
 */
export function timeOfPeriod(period: string): number {
  let t = periodTimes.get(period);
  if (t === undefined) {
    t = timeAfter(parsePeriod(period).end);
    remember(periodTimes, period, t);
  }
  return t;
}

/** The decimal year at the end of a day (the start of the next day). */
export function timeAfter(date: string): number {
  let t = dayTimes.get(date);
  if (t === undefined) {
    // 9999-12-31 has no next day in the supported calendar; its end is the start of year 10000.
    t = date === '9999-12-31' ? 10000 : toDecimalYear(addDays(date, 1));
    remember(dayTimes, date, t);
  }
  return t;
}

// Both are pure, and a plan asks for the same few hundred dates and periods for every indicator:
// remembering answers saves the date parsing (as parsePeriod does), bounded by clearing.
const CACHE_LIMIT = 10_000;
const periodTimes = new Map<string, number>();
const dayTimes = new Map<string, number>();

function remember(cache: Map<string, number>, key: string, value: number): void {
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, value);
}
