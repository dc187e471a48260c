import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, isIsoDate, toDecimalYear } from '../../src/periods/index.js';
import { problemOf } from './helpers.js';

describe('isIsoDate', () => {
  it.each(['2024-02-29', '2000-02-29', '2024-01-01', '2023-12-31', '1000-01-01', '9999-12-31', '2023-02-28', '2024-04-30'])('accepts %s', (date) => {
    expect(isIsoDate(date)).toBe(true);
  });

  it.each([
    '2023-02-30', '2024-1-1', '2024-13-01', '2023-02-29', '1900-02-29', '2100-02-29', '2024-04-31', '2024-00-10',
    '2024-01-00', '2024-01-32', '2024-01-01T00:00:00Z', '2024-01-01T00:00', '2024-01-01 ', ' 2024-01-01', '20240101',
    '2024/01/01', '0999-12-31', '10000-01-01', '+002024-01-01', '2024-W01-1', '', '２０２４-01-01',
  ])('rejects %j', (date) => {
    expect(isIsoDate(date)).toBe(false);
  });

  it('rejects non-strings', () => {
    for (const value of [null, undefined, 20240101, new Date(0), ['2024-01-01']]) expect(isIsoDate(value)).toBe(false);
  });
});

describe('addDays', () => {
  it('crosses month, year and leap-day boundaries', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2023-02-28', 1)).toBe('2023-03-01');
    expect(addDays('2023-12-31', 1)).toBe('2024-01-01');
    expect(addDays('2024-01-01', -1)).toBe('2023-12-31');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(addDays('1900-02-28', 1)).toBe('1900-03-01');
    expect(addDays('2024-01-31', 0)).toBe('2024-01-31');
    expect(addDays('2024-01-01', 366)).toBe('2025-01-01');
    expect(addDays('1000-01-01', 3_287_181)).toBe('9999-12-31');
  });

  it('refuses a non-integer count', () => {
    for (const days of [1.5, Number.NaN, Number.POSITIVE_INFINITY]) {
      const problem = problemOf(() => addDays('2024-01-01', days));
      expect(problem.code).toBe('DAYS_INVALID');
      expect(problem.message).toMatch(/whole number/);
    }
  });

  it('refuses a result outside 1000–9999', () => {
    expect(problemOf(() => addDays('9999-12-31', 1)).code).toBe('DATE_OUT_OF_RANGE');
    expect(problemOf(() => addDays('1000-01-01', -1)).code).toBe('DATE_OUT_OF_RANGE');
  });

  it('explains an invalid date', () => {
    const cases: [string, RegExp][] = [
      ['2023-02-29', /February 2023 has 28 days \(2023 is not a leap year\)/],
      ['2024-04-31', /April 2024 has 30 days/],
      ['2024-1-1', /write "2024-01-01"/],
      ['2024-13-01', /month 13; months are 01–12/],
      ['2024-01-01T10:00:00Z', /give the day only, e\.g\. "2024-01-01"/],
      [' 2024-01-01', /surrounding spaces/],
      ['0999-01-01', /before the year 1000/],
      ['01/02/2024', /not written YYYY-MM-DD/],
    ];
    for (const [date, reason] of cases) {
      const problem = problemOf(() => addDays(date, 1));
      expect(problem.code).toBe('DATE_INVALID');
      expect(problem.message).toContain(JSON.stringify(date));
      expect(problem.message).toMatch(reason);
    }
  });
});

describe('daysBetween', () => {
  it('is to minus from, in whole days', () => {
    expect(daysBetween('2024-01-01', '2024-12-31')).toBe(365);
    expect(daysBetween('2023-01-01', '2023-12-31')).toBe(364);
    expect(daysBetween('2024-03-01', '2024-02-28')).toBe(-2);
    expect(daysBetween('2024-05-05', '2024-05-05')).toBe(0);
    expect(daysBetween('1000-01-01', '9999-12-31')).toBe(3_287_181);
  });

  it('never gives -0', () => {
    expect(Object.is(daysBetween('2024-05-05', '2024-05-05'), 0)).toBe(true);
  });

  it('names the invalid argument', () => {
    const problem = problemOf(() => daysBetween('2024-01-01', '2024-02-30'));
    expect(problem.code).toBe('DATE_INVALID');
    expect(problem.message).toContain('"2024-02-30"');
  });
});

describe('toDecimalYear', () => {
  it('places 1 January on the whole year', () => {
    expect(toDecimalYear('2024-01-01')).toBe(2024);
    expect(toDecimalYear('2000-01-01')).toBe(2000);
  });

  it('uses the length of the year', () => {
    expect(toDecimalYear('2023-11-01')).toBeCloseTo(2023.8329, 4);
    expect(toDecimalYear('2023-11-01')).toBe(2023 + 304 / 365);
    expect(toDecimalYear('2024-07-02')).toBe(2024.5);
    expect(toDecimalYear('2023-12-31')).toBe(2023 + 364 / 365);
    expect(toDecimalYear('2024-12-31')).toBe(2024 + 365 / 366);
  });

  it('places a period at the day after its end, as the time axis does', () => {
    expect(toDecimalYear(addDays('2023-12-31', 1))).toBe(2024);
    expect(toDecimalYear(addDays('2023-10-31', 1))).toBeCloseTo(2023.833, 3);
  });

  it('rejects invalid dates', () => {
    expect(problemOf(() => toDecimalYear('2023-02-29')).code).toBe('DATE_INVALID');
  });
});
