// Internal: the periods of one type that lie fully inside a span of days, in order. Shared by
// periodsBetween and subPeriods, which differ only in how they find the span.
import { civilDate } from './calendar.js';
import { type PeriodSpan, spanAtDay, yearToDateSpan } from './spans.js';
import type { PeriodType } from './types.js';

export function periodsWithin(startDay: number, endDay: number, type: PeriodType): string[] {
  const ids: string[] = [];
  if (endDay < startDay) return ids;
  if (type === 'YearToDate') {
    // Year-to-date periods of one year nest (YTD1 ⊂ YTD2 ⊂ …), so they come in start-then-end order.
    for (let year = civilDate(startDay).year; year <= civilDate(endDay).year; year += 1) {
      for (let month = 1; month <= 11; month += 1) {
        const span = yearToDateSpan(year, month);
        if (span.startDay >= startDay && span.endDay <= endDay) ids.push(span.id);
      }
    }
    return ids;
  }
  // Other types tile the calendar, so each period starts the day after the previous one ends.
  let span: PeriodSpan = spanAtDay(startDay, type);
  while (span.startDay <= endDay) {
    if (span.startDay >= startDay && span.endDay <= endDay) ids.push(span.id);
    span = spanAtDay(span.endDay + 1, type);
  }
  return ids;
}
