// Internal: reads a period id into its interval, or explains in one sentence why it cannot.
// Kept apart from parsePeriod.ts (the public face and its cache) because most of this file is the
// diagnosis of near misses: the lower-case letters, dashes, leading zeros and DHIS2 period types
// that people actually type, each answered with the id to write instead.
import { daysInMonth, isoWeeksInYear, MAX_YEAR, MIN_YEAR } from './calendar.js';
import { monthName } from './checks.js';
import { quote } from './errors.js';
import {
  dailySpan,
  financialSpan,
  financialTypeOfSuffix,
  isInRange,
  monthlySpan,
  outOfRangeReason,
  type PeriodSpan,
  quarterlySpan,
  sixMonthlySpan,
  weeklySpan,
  yearlySpan,
  yearToDateSpan,
} from './spans.js';

/** Digits, then letters, then digits: the shape of every id we accept and of most near misses. */
const SHAPE = /^(\d+)([A-Za-z]*)(\d*)$/;

const CANONICAL_LETTERS = new Set(['', 'S', 'Q', 'W', 'YTD', 'April', 'July', 'Oct', 'Nov']);

/** Letters people write for the ones we accept (keys lower-case). */
const LETTER_ALIASES: Readonly<Record<string, string>> = {
  s: 'S', h: 'S', q: 'Q', w: 'W', ytd: 'YTD',
  april: 'April', apr: 'April', july: 'July', jul: 'July',
  oct: 'Oct', october: 'Oct', nov: 'Nov', november: 'Nov',
};

/** DHIS2 period types that logframe does not model, keyed by their id letters (lower-case). */
const UNSUPPORTED_DHIS2: Readonly<Record<string, string>> = {
  b: 'BiMonthly', biw: 'BiWeekly', wedw: 'WeeklyWednesday', thuw: 'WeeklyThursday',
  satw: 'WeeklySaturday', sunw: 'WeeklySunday', aprils: 'SixMonthlyApril', novs: 'SixMonthlyNov',
};

const KNOWN_FORMS =
  'write a year (2024), half-year (2024S1), quarter (2024Q1), month (202401), ISO week (2024W5), ' +
  'day (20240131), financial year (2024April, 2024July, 2024Oct or 2024Nov) or year-to-date (2023YTD10 = January–October 2023)';

/** The first year after `year` (or before, near the top) that has an ISO week 53, for hints. */
function nearbyYearWithWeek53(year: number): number {
  for (let candidate = year + 1; candidate <= MAX_YEAR - 1; candidate += 1) if (isoWeeksInYear(candidate) === 53) return candidate;
  for (let candidate = year - 1; ; candidate -= 1) if (isoWeeksInYear(candidate) === 53) return candidate;
}

function hasLeadingZero(digits: string): boolean {
  return digits.length > 1 && digits.startsWith('0');
}

/**
 * Reads the parts of an id whose letters are already canonical. Returns the span, or the reason
 * (a clause, without the id) why these parts name no period.
 */
function readParts(lead: string, letters: string, trail: string): PeriodSpan | string {
  if (letters === '') {
    if (lead.length === 4 || lead.length === 6 || lead.length === 8) {
      const year = Number(lead.slice(0, 4));
      if (year < MIN_YEAR) return `the year ${lead.slice(0, 4)} is outside ${MIN_YEAR}–${MAX_YEAR}`;
      if (lead.length === 4) return yearlySpan(year);
      const month = Number(lead.slice(4, 6));
      if (month < 1 || month > 12) return `month ${lead.slice(4, 6)} does not exist; months are 01–12 (e.g. ${lead.slice(0, 4)}01 … ${lead.slice(0, 4)}12)`;
      if (lead.length === 6) return monthlySpan(year, month);
      const day = Number(lead.slice(6, 8));
      const length = daysInMonth(year, month);
      if (day < 1 || day > length) {
        if (month === 2 && day === 29) return `${year} is not a leap year, so February ${year} has 28 days`;
        return `${monthName(month)} ${year} has ${length} days, so there is no day ${lead.slice(6, 8)}`;
      }
      return dailySpan(year, month, day);
    }
    if (lead.length < 4) return `a year has four digits (${MIN_YEAR}–${MAX_YEAR})`;
    return `it has ${lead.length} digits; write a year as YYYY (4 digits), a month as YYYYMM (6) or a day as YYYYMMDD (8)`;
  }
  if (lead.length !== 4) return `the year must have four digits, e.g. 2024${letters}${trail.slice(0, 2)}`;
  const year = Number(lead);
  if (year < MIN_YEAR) return `the year ${lead} is outside ${MIN_YEAR}–${MAX_YEAR}`;
  const n = Number(trail);
  switch (letters) {
    case 'S':
      if (trail === '1' || trail === '2') return sixMonthlySpan(year, n);
      if (/^0+[12]$/.test(trail)) return `half-year numbers have no leading zero; write ${year}S${n}`;
      return trail === ''
        ? `the half-year number is missing; write ${year}S1 (January–June) or ${year}S2 (July–December)`
        : `the half-year must be 1 or 2; write ${year}S1 (January–June) or ${year}S2 (July–December)`;
    case 'Q':
      if (/^[1-4]$/.test(trail)) return quarterlySpan(year, n);
      if (/^0+[1-4]$/.test(trail)) return `quarter numbers have no leading zero; write ${year}Q${n}`;
      return trail === '' ? `the quarter number is missing; write ${year}Q1 … ${year}Q4` : `the quarter must be 1–4; write ${year}Q1 … ${year}Q4`;
    case 'W': {
      if (trail === '') return `the week number is missing; write e.g. ${year}W1`;
      const weeks = isoWeeksInYear(year);
      if (n >= 1 && n <= weeks) {
        return hasLeadingZero(trail) ? `week numbers have no leading zero; write ${year}W${n}` : weeklySpan(year, n);
      }
      if (n === 53) {
        return `${year} has only 52 ISO weeks, so there is no week 53; week 53 exists only in some years, such as ${nearbyYearWithWeek53(year)}`;
      }
      return `the week must be 1–${weeks} (${year} has ${weeks} ISO 8601 weeks)`;
    }
    case 'YTD': {
      if (trail === '') return `the last month is missing; write e.g. ${year}YTD10 for January–October ${year}`;
      if (n === 12) return `January–December is the whole year; write ${year}`;
      if (n < 1 || n > 11) return `the last month of a year-to-date period must be 1–11, e.g. ${year}YTD10 for January–October ${year}`;
      return hasLeadingZero(trail) ? `month numbers in year-to-date ids have no leading zero; write ${year}YTD${n}` : yearToDateSpan(year, n);
    }
    default: {
      const type = financialTypeOfSuffix(letters);
      if (type === undefined) return `${quote(letters)} is not a period letter; ${KNOWN_FORMS}`;
      if (trail !== '') return `a financial year has no number after its month; write ${year}${letters}`;
      return financialSpan(year, type);
    }
  }
}

/** The span for a shape whose letters are canonical, with its range checked; or the reason. */
function readShape(lead: string, letters: string, trail: string): PeriodSpan | string {
  const result = readParts(lead, letters, trail);
  if (typeof result === 'string' || isInRange(result)) return result;
  return outOfRangeReason(result);
}

/** The reason, for any id that is not canonical; called only when the fast path failed. */
function diagnose(id: unknown): string {
  if (typeof id !== 'string') {
    // A yearly or monthly id read from JSON or a spreadsheet often arrives as a number.
    return typeof id === 'number' && typeof reasonOrSpan(String(id)) !== 'string'
      ? `a period id is a string; write "${id}" in quotes`
      : `a period id is a string; ${KNOWN_FORMS}`;
  }
  if (id === '') return `it is empty; ${KNOWN_FORMS}`;
  const trimmed = id.trim();
  if (trimmed !== id) {
    const inner = reasonOrSpan(trimmed);
    return typeof inner === 'string'
      ? `it has surrounding spaces; remove them, and then: ${inner}`
      : `it has surrounding spaces; write ${trimmed}`;
  }
  if (id.includes('-')) return diagnoseDashes(id);
  if (/^\d{4}\/\d{2,4}$/.test(id)) {
    return `a financial year is written with its first year and first month, e.g. ${id.slice(0, 4)}April for April ${id.slice(0, 4)}–March ${Number(id.slice(0, 4)) + 1}`;
  }
  const shape = SHAPE.exec(id);
  if (shape === null) return `it is not a period id; ${KNOWN_FORMS}`;
  const [, lead = '', letters = '', trail = ''] = shape;
  const unsupported = UNSUPPORTED_DHIS2[letters.toLowerCase()];
  if (unsupported !== undefined) return `it looks like a DHIS2 ${unsupported} period, which logframe does not support; ${KNOWN_FORMS}`;
  const canonical = LETTER_ALIASES[letters.toLowerCase()];
  if (canonical === undefined) return `${quote(letters)} is not a period letter; ${KNOWN_FORMS}`;
  const corrected = readShape(lead, canonical, trail);
  const note = letters.toLowerCase() === canonical.toLowerCase()
    ? `letters in period ids are case-sensitive, as in DHIS2`
    : `DHIS2 writes this period with "${canonical}"`;
  if (typeof corrected === 'string') return `${note}, and ${corrected}`;
  return `${note}; write ${corrected.id}`;
}

function diagnoseDashes(id: string): string {
  const date = /^(\d{4})-(\d{2})-(\d{2})$/.exec(id);
  if (date !== null) {
    const compact = `${date[1]}${date[2]}${date[3]}`;
    const day = readShape(compact, '', '');
    const advice = `it looks like a date, but period ids have no dashes: a day is written YYYYMMDD, e.g. ${compact}`;
    return typeof day === 'string' ? `${advice}; but ${compact} is not a valid day either, because ${day}` : `${advice}`;
  }
  const month = /^(\d{4})-(\d{2})$/.exec(id);
  if (month !== null) {
    const compact = `${month[1]}${month[2]}`;
    const result = readShape(compact, '', '');
    const advice = `it looks like a month, but period ids have no dashes: a month is written YYYYMM, e.g. ${compact}`;
    return typeof result === 'string' ? `${advice}; but ${result}` : advice;
  }
  const isoWeek = /^(\d{4})-W(\d{2})$/i.exec(id);
  if (isoWeek !== null) {
    const result = readShape(isoWeek[1] ?? '', 'W', String(Number(isoWeek[2])));
    const advice = 'it is written in ISO 8601 week notation; DHIS2 week ids have no dash and no leading zero';
    return typeof result === 'string' ? `${advice}, and ${result}` : `${advice}: write ${result.id}`;
  }
  const undashed = id.replaceAll('-', '');
  const result = reasonOrSpan(undashed);
  if (typeof result !== 'string') return `period ids have no dashes; write ${result.id}`;
  return `period ids have no dashes, and a range of periods is not one period; ${KNOWN_FORMS}`;
}

/**
 * Reads a period id: its span when the id is canonical and in range, otherwise the full message
 * (naming the id) that says why and what to write instead.
 */
export function readPeriodId(id: unknown): PeriodSpan | string {
  const result = reasonOrSpan(id);
  return typeof result === 'string' ? `Period id ${quote(id)} is not valid: ${result}.` : result;
}

/** The span, or the reason as a clause without the id (so that it can be nested in another reason). */
function reasonOrSpan(id: unknown): PeriodSpan | string {
  if (typeof id === 'string') {
    const shape = SHAPE.exec(id);
    if (shape !== null && CANONICAL_LETTERS.has(shape[2] ?? '')) return readShape(shape[1] ?? '', shape[2] ?? '', shape[3] ?? '');
  }
  return diagnose(id);
}
