import { UTCDate } from '@date-fns/utc';
import { getISOWeek, getISOWeekYear } from 'date-fns';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  comparePeriods,
  daysBetween,
  formatPeriod,
  parsePeriod,
  PERIOD_TYPES,
  periodContains,
  periodOfDate,
  periodsBetween,
  periodsOverlap,
  safeParsePeriod,
  toDecimalYear,
  yearOfPeriod,
} from '../../src/periods/index.js';
import type { PeriodType } from '../../src/periods/index.js';
import { LogframeError } from '../../src/problems/index.js';

const DATED_TYPES = PERIOD_TYPES.filter((type): type is Exclude<PeriodType, 'YearToDate'> => type !== 'YearToDate');

/** Dates as `YYYY-MM-DD`, built with the built-in UTC formatter rather than our own code. */
const dateArb = (min = '1001-01-01', max = '9998-12-31') =>
  fc.date({ min: new Date(`${min}T00:00:00Z`), max: new Date(`${max}T23:59:59Z`), noInvalidDate: true })
    .map((date) => date.toISOString().slice(0, 10));

const datedTypeArb = fc.constantFrom(...DATED_TYPES);

/** Any valid period id, of every type including YearToDate. */
const periodIdArb = fc.oneof(
  fc.tuple(dateArb(), datedTypeArb).map(([date, type]) => periodOfDate(date, type)),
  fc.tuple(fc.integer({ min: 1000, max: 9999 }), fc.integer({ min: 1, max: 11 })).map(([year, month]) => `${year}YTD${month}`),
);

describe('periods (properties)', () => {
  it('periodOfDate gives a period of that type that contains the date', () => {
    fc.assert(fc.property(dateArb(), datedTypeArb, (date, type) => {
      const id = periodOfDate(date, type);
      const period = parsePeriod(id);
      expect(period.id).toBe(id);
      expect(period.type).toBe(type);
      expect(period.start <= date && date <= period.end).toBe(true);
      expect(periodOfDate(period.start, type)).toBe(id);
      expect(periodOfDate(period.end, type)).toBe(id);
    }), { numRuns: 2000 });
  });

  it('weeks agree with date-fns ISO weeks computed in UTC', () => {
    fc.assert(fc.property(dateArb('1901-01-01', '2199-12-31'), (date) => {
      const utc = new UTCDate(`${date}T00:00:00Z`);
      expect(periodOfDate(date, 'Weekly')).toBe(`${getISOWeekYear(utc)}W${getISOWeek(utc)}`);
    }), { numRuns: 1000 });
  });

  it('comparePeriods is a total order consistent with start dates', () => {
    fc.assert(fc.property(periodIdArb, periodIdArb, periodIdArb, (a, b, c) => {
      const ab = comparePeriods(a, b);
      expect(comparePeriods(a, a)).toBe(0);
      expect(Math.sign(ab) + Math.sign(comparePeriods(b, a))).toBe(0);
      expect(ab === 0).toBe(a === b);
      const pa = parsePeriod(a);
      const pb = parsePeriod(b);
      if (pa.start < pb.start) expect(ab).toBeLessThan(0);
      if (pa.start > pb.start) expect(ab).toBeGreaterThan(0);
      if (ab <= 0 && comparePeriods(b, c) <= 0) expect(comparePeriods(a, c)).toBeLessThanOrEqual(0);
    }), { numRuns: 1000 });
  });

  it('sorting with comparePeriods gives non-decreasing starts and is independent of input order', () => {
    fc.assert(fc.property(fc.array(periodIdArb, { maxLength: 30 }), (ids) => {
      const sorted = [...ids].sort(comparePeriods);
      for (let i = 1; i < sorted.length; i += 1) {
        expect(parsePeriod(sorted[i - 1] ?? '').start <= parsePeriod(sorted[i] ?? '').start).toBe(true);
      }
      expect([...ids].reverse().sort(comparePeriods)).toEqual(sorted);
    }), { numRuns: 300 });
  });

  it('containment implies overlap, and a period contains each day of itself', () => {
    fc.assert(fc.property(periodIdArb, periodIdArb, (a, b) => {
      if (periodContains(a, b)) expect(periodsOverlap(a, b)).toBe(true);
      expect(periodsOverlap(a, b)).toBe(periodsOverlap(b, a));
      const { start, end } = parsePeriod(a);
      expect(periodContains(a, start.replaceAll('-', ''))).toBe(true);
      expect(periodContains(a, end.replaceAll('-', ''))).toBe(true);
    }), { numRuns: 1000 });
  });

  it('periods of a tiling type follow each other without gaps', () => {
    fc.assert(fc.property(dateArb('1001-01-01', '9990-12-31'), fc.integer({ min: 0, max: 400 }), datedTypeArb, (from, span, type) => {
      const ids = periodsBetween(periodOfDate(from, type), periodOfDate(addDays(from, span), type), type);
      expect(ids.length).toBeGreaterThan(0);
      for (let i = 1; i < ids.length; i += 1) {
        expect(addDays(parsePeriod(ids[i - 1] ?? '').end, 1)).toBe(parsePeriod(ids[i] ?? '').start);
      }
    }), { numRuns: 300 });
  });

  it('addDays and daysBetween invert each other; toDecimalYear increases with the date', () => {
    fc.assert(fc.property(dateArb('1020-01-01', '9980-12-31'), fc.integer({ min: -5000, max: 5000 }), (date, n) => {
      const later = addDays(date, n);
      expect(daysBetween(date, later)).toBe(n);
      expect(addDays(later, -n)).toBe(date);
      if (n > 0) expect(toDecimalYear(later)).toBeGreaterThan(toDecimalYear(date));
      const decimal = toDecimalYear(date);
      expect(Math.floor(decimal)).toBe(Number(date.slice(0, 4)));
    }), { numRuns: 1000 });
  });

  it('every valid id formats in both languages and has its year', () => {
    fc.assert(fc.property(periodIdArb, (id) => {
      expect(formatPeriod(id)).not.toBe('');
      expect(formatPeriod(id, { lang: 'km' })).not.toBe('');
      expect(yearOfPeriod(id)).toBe(Number(id.slice(0, 4)));
    }), { numRuns: 500 });
  });

  it('any string is either a canonical id or refused with one PERIOD_INVALID problem naming it', () => {
    const noisy = fc.oneof(
      fc.string({ maxLength: 12 }),
      fc.stringMatching(/^\d{3,9}([A-Za-z]{0,5}\d{0,3})?$/),
      periodIdArb.map((id) => id.toLowerCase()),
      periodIdArb.map((id) => ` ${id}`),
    );
    fc.assert(fc.property(noisy, (id) => {
      const result = safeParsePeriod(id);
      if (result.ok) {
        expect(result.value.id).toBe(id);
        return;
      }
      expect(result.problems).toHaveLength(1);
      expect(result.problems[0]?.code).toBe('PERIOD_INVALID');
      expect(result.problems[0]?.message).toContain(JSON.stringify(id));
      expect(() => parsePeriod(id)).toThrow(LogframeError);
    }), { numRuns: 2000 });
  });
});
