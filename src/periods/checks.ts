// Internal: argument checks shared by the public functions, each failing with one Problem whose
// message says what is wrong and how to write it instead.
import { daysInMonth, MAX_YEAR, MIN_YEAR, pad2, parseDay } from './calendar.js';
import { periodError, quote } from './errors.js';
import { isPeriodType, PERIOD_TYPES, type PeriodType } from './types.js';

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const;

export function monthName(month: number): string {
  return MONTH_NAMES[month - 1] ?? String(month);
}

/** Why `text` is not a strict `YYYY-MM-DD` date; `undefined` if it is one. */
export function explainDate(text: unknown): string | undefined {
  if (parseDay(text) !== undefined) return undefined;
  const shown = quote(text);
  if (typeof text !== 'string') return `Date ${shown} is not a string; write a day as "YYYY-MM-DD", e.g. "2024-01-31".`;
  if (text.trim() !== text) return `Date ${shown} has surrounding spaces; remove them.`;
  const withTime = /^(\d{4}-\d{2}-\d{2})[T ]/.exec(text);
  if (withTime !== null) return `Date ${shown} has a time; give the day only, e.g. "${withTime[1]}".`;
  const loose = /^(\d{1,4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  if (loose === null) return `Date ${shown} is not written YYYY-MM-DD; write e.g. "2024-01-31".`;
  const year = Number(loose[1]);
  const month = Number(loose[2]);
  const day = Number(loose[3]);
  if (loose[1]?.length !== 4 || loose[2]?.length !== 2 || loose[3]?.length !== 2) {
    const padded = `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}`;
    return `Date ${shown} must have a 4-digit year and 2-digit month and day; write "${padded}".`;
  }
  if (year < MIN_YEAR) return `Date ${shown} is before the year ${MIN_YEAR}; years ${MIN_YEAR}–${MAX_YEAR} are supported.`;
  if (month < 1 || month > 12) return `Date ${shown} has month ${month}; months are 01–12.`;
  const length = daysInMonth(year, month);
  const leapNote = month === 2 && length === 28 ? ` (${year} is not a leap year)` : '';
  return `Date ${shown} does not exist: ${monthName(month)} ${year} has ${length} days${leapNote}.`;
}

/** Day number of `date`, or throws DATE_INVALID with the reason. */
export function requireDay(date: unknown): number {
  const days = parseDay(date);
  if (days !== undefined) return days;
  throw periodError('DATE_INVALID', explainDate(date) ?? `Date ${quote(date)} is not valid.`, 'Invalid date');
}

export function requirePeriodType(type: unknown): PeriodType {
  if (isPeriodType(type)) return type;
  const hint = typeof type === 'string' ? PERIOD_TYPES.find((known) => known.toLowerCase() === type.trim().toLowerCase()) : undefined;
  const message = hint !== undefined
    ? `Period type ${quote(type)} is not known; write "${hint}" (period types are case-sensitive).`
    : `Period type ${quote(type)} is not known; use one of ${PERIOD_TYPES.join(', ')}.`;
  throw periodError('PERIOD_TYPE_INVALID', message, 'Invalid period type');
}
