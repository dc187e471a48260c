import { addDays, parsePeriod, toDecimalYear } from '../periods/index.js';

/**
 * The decimal year at which a value of a period stands: the day after the period's last day, so
 * that the full year 2023 stands at 2024.0 and January–October 2023 at 2023.833.
 */
export function timeOfPeriod(period: string): number {
  return timeAfter(parsePeriod(period).end);
}

/** The decimal year at the end of a day (the start of the next day). */
export function timeAfter(date: string): number {
  // 9999-12-31 has no next day in the supported calendar; its end is the start of year 10000.
  if (date === '9999-12-31') return 10000;
  return toDecimalYear(addDays(date, 1));
}
