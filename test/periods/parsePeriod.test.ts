import { getISOWeeksInYear } from 'date-fns';
import { UTCDate } from '@date-fns/utc';
import { describe, expect, it } from 'vitest';
import { parsePeriod, safeParsePeriod } from '../../src/periods/index.js';
import type { PeriodType } from '../../src/periods/index.js';
import { problemOf } from './helpers.js';

const VALID: [id: string, type: PeriodType, start: string, end: string][] = [
  ['2024', 'Yearly', '2024-01-01', '2024-12-31'],
  ['1000', 'Yearly', '1000-01-01', '1000-12-31'],
  ['9999', 'Yearly', '9999-01-01', '9999-12-31'],
  ['2024S1', 'SixMonthly', '2024-01-01', '2024-06-30'],
  ['2024S2', 'SixMonthly', '2024-07-01', '2024-12-31'],
  ['2024Q1', 'Quarterly', '2024-01-01', '2024-03-31'],
  ['2024Q2', 'Quarterly', '2024-04-01', '2024-06-30'],
  ['2024Q3', 'Quarterly', '2024-07-01', '2024-09-30'],
  ['2024Q4', 'Quarterly', '2024-10-01', '2024-12-31'],
  ['202401', 'Monthly', '2024-01-01', '2024-01-31'],
  ['202402', 'Monthly', '2024-02-01', '2024-02-29'],
  ['202302', 'Monthly', '2023-02-01', '2023-02-28'],
  ['190002', 'Monthly', '1900-02-01', '1900-02-28'],
  ['200002', 'Monthly', '2000-02-01', '2000-02-29'],
  ['202404', 'Monthly', '2024-04-01', '2024-04-30'],
  ['202412', 'Monthly', '2024-12-01', '2024-12-31'],
  ['2024W1', 'Weekly', '2024-01-01', '2024-01-07'],
  ['2024W5', 'Weekly', '2024-01-29', '2024-02-04'],
  ['2024W52', 'Weekly', '2024-12-23', '2024-12-29'],
  ['2025W1', 'Weekly', '2024-12-30', '2025-01-05'],
  ['2020W1', 'Weekly', '2019-12-30', '2020-01-05'],
  ['2020W53', 'Weekly', '2020-12-28', '2021-01-03'],
  ['2021W1', 'Weekly', '2021-01-04', '2021-01-10'],
  ['2015W53', 'Weekly', '2015-12-28', '2016-01-03'],
  ['2026W1', 'Weekly', '2025-12-29', '2026-01-04'],
  ['2026W53', 'Weekly', '2026-12-28', '2027-01-03'],
  ['2016W1', 'Weekly', '2016-01-04', '2016-01-10'],
  ['1000W2', 'Weekly', '1000-01-06', '1000-01-12'],
  ['20240131', 'Daily', '2024-01-31', '2024-01-31'],
  ['20240229', 'Daily', '2024-02-29', '2024-02-29'],
  ['20000229', 'Daily', '2000-02-29', '2000-02-29'],
  ['10000101', 'Daily', '1000-01-01', '1000-01-01'],
  ['99991231', 'Daily', '9999-12-31', '9999-12-31'],
  ['2024April', 'FinancialApril', '2024-04-01', '2025-03-31'],
  ['2023April', 'FinancialApril', '2023-04-01', '2024-03-31'],
  ['2024July', 'FinancialJuly', '2024-07-01', '2025-06-30'],
  ['2024Oct', 'FinancialOct', '2024-10-01', '2025-09-30'],
  ['2024Nov', 'FinancialNov', '2024-11-01', '2025-10-31'],
  ['9998April', 'FinancialApril', '9998-04-01', '9999-03-31'],
  ['2023YTD10', 'YearToDate', '2023-01-01', '2023-10-31'],
  ['2023YTD1', 'YearToDate', '2023-01-01', '2023-01-31'],
  ['2024YTD2', 'YearToDate', '2024-01-01', '2024-02-29'],
  ['2023YTD2', 'YearToDate', '2023-01-01', '2023-02-28'],
  ['2023YTD11', 'YearToDate', '2023-01-01', '2023-11-30'],
];

describe('parsePeriod: valid ids', () => {
  it.each(VALID)('%s is %s from %s to %s', (id, type, start, end) => {
    expect(parsePeriod(id)).toEqual({ id, type, start, end });
  });

  it('returns frozen periods, so a shared cached answer cannot be changed by a caller', () => {
    const period = parsePeriod('2024Q1');
    expect(Object.isFrozen(period)).toBe(true);
    expect(parsePeriod('2024Q1')).toEqual(period);
  });

  it('gives correct answers after the cache has been cleared', () => {
    // 12 000 distinct daily ids pass the bound of 10 000 at least once.
    let day = parsePeriod('20000101');
    for (let i = 0; i < 12_000; i += 1) {
      const id = day.end.replaceAll('-', '');
      day = parsePeriod(id);
      expect(day.id).toBe(id);
    }
    expect(parsePeriod('2024Q1')).toEqual({ id: '2024Q1', type: 'Quarterly', start: '2024-01-01', end: '2024-03-31' });
  });

  it('accepts week 53 exactly in the years date-fns gives 53 ISO weeks', () => {
    for (let year = 1990; year <= 2110; year += 1) {
      const weeks = getISOWeeksInYear(new UTCDate(year, 5, 1));
      expect(safeParsePeriod(`${year}W52`).ok).toBe(true);
      expect(safeParsePeriod(`${year}W53`).ok, `${year}W53`).toBe(weeks === 53);
    }
  });
});

const INVALID: [id: unknown, reason: RegExp][] = [
  ['2024Q5', /the quarter must be 1–4/],
  ['2024Q0', /the quarter must be 1–4/],
  ['2024Q', /quarter number is missing/],
  ['2024Q01', /no leading zero; write 2024Q1/],
  ['2024S3', /half-year must be 1 or 2/],
  ['2024S01', /no leading zero; write 2024S1/],
  ['202413', /month 13 does not exist; months are 01–12/],
  ['202400', /month 00 does not exist/],
  ['2024W54', /week must be 1–52 \(2024 has 52 ISO 8601 weeks\)/],
  ['2024W0', /week must be 1–52/],
  ['2026W54', /week must be 1–53 \(2026 has 53 ISO 8601 weeks\)/],
  ['2025W53', /2025 has only 52 ISO weeks, so there is no week 53.*such as 2026/],
  ['2024W05', /write 2024W5/],
  ['2024W', /week number is missing/],
  ['20230229', /2023 is not a leap year/],
  ['19000229', /1900 is not a leap year/],
  ['20240431', /April 2024 has 30 days, so there is no day 31/],
  ['20240100', /January 2024 has 31 days, so there is no day 00/],
  ['20241301', /month 13 does not exist/],
  ['2023-02-30', /looks like a date, but period ids have no dashes: a day is written YYYYMMDD, e\.g\. 20230230; but 20230230 is not a valid day either, because February 2023 has 28 days/],
  ['2024-01-31', /looks like a date.*e\.g\. 20240131/],
  ['2024-01', /looks like a month.*e\.g\. 202401/],
  ['2024-W05', /ISO 8601 week notation.*write 2024W5/],
  ['2024-Q1', /no dashes; write 2024Q1/],
  ['2024-2025', /a range of periods is not one period/],
  [' 2024', /surrounding spaces; write 2024/],
  ['2024\n', /surrounding spaces; write 2024/],
  [' 2024Q5 ', /surrounding spaces; remove them, and then: the quarter must be 1–4/],
  ['', /it is empty/],
  ['2024q1', /case-sensitive.*write 2024Q1/],
  ['2024w5', /case-sensitive.*write 2024W5/],
  ['2024APRIL', /case-sensitive.*write 2024April/],
  ['2023ytd10', /case-sensitive.*write 2023YTD10/],
  ['2024Apr', /with "April"; write 2024April/],
  ['2024Jul', /with "July"; write 2024July/],
  ['2024October', /with "Oct"; write 2024Oct/],
  ['2024November', /with "Nov"; write 2024Nov/],
  ['2024H1', /with "S"; write 2024S1/],
  ['2024H3', /with "S", and the half-year must be 1 or 2/],
  ['2024April1', /no number after its month; write 2024April/],
  ['2023YTD12', /whole year; write 2023/],
  ['2023YTD0', /must be 1–11/],
  ['2023YTD13', /must be 1–11/],
  ['2023YTD05', /write 2023YTD5/],
  ['2023YTD', /last month is missing/],
  ['9999April', /10000-03-31, outside the supported years 1000–9999/],
  ['9999W52', /outside the supported years/],
  ['1000W1', /0999-12-30.*outside the supported years/],
  ['0999', /year 0999 is outside 1000–9999/],
  ['999', /a year has four digits/],
  ['10000', /it has 5 digits/],
  ['2024011', /it has 7 digits/],
  ['24Q1', /year must have four digits/],
  ['202401B', /DHIS2 BiMonthly period, which logframe does not support/],
  ['2024BiW3', /DHIS2 BiWeekly period/],
  ['2024WedW5', /DHIS2 WeeklyWednesday period/],
  ['2024AprilS1', /DHIS2 SixMonthlyApril period/],
  ['2024/25', /e\.g\. 2024April for April 2024–March 2025/],
  ['2024X1', /"X" is not a period letter/],
  ['Q1 2024', /it is not a period id/],
  ['2024Ｑ1', /it is not a period id/],
  [2024, /a period id is a string; write "2024" in quotes/],
  [null, /a period id is a string/],
  [undefined, /a period id is a string/],
];

describe('parsePeriod: invalid ids', () => {
  it.each(INVALID)('refuses %j: %s', (id, reason) => {
    const problem = problemOf(() => parsePeriod(id as string));
    expect(problem.code).toBe('PERIOD_INVALID');
    expect(problem.message).toMatch(/^Period id .* is not valid: /);
    if (typeof id === 'string') expect(problem.message).toContain(JSON.stringify(id));
    expect(problem.message).toMatch(reason);
  });

  it('puts the reason in the error message too', () => {
    expect(() => parsePeriod('2024Q5')).toThrow(/Invalid period id: 1 error\n.*2024Q5.*quarter must be 1–4.*\[PERIOD_INVALID\]/);
  });

  it('suggests only ids that parse', () => {
    let suggestions = 0;
    for (const [id] of INVALID) {
      const result = safeParsePeriod(id as string);
      expect(result.ok).toBe(false);
      if (result.ok) continue;
      for (const match of (result.problems[0]?.message ?? '').matchAll(/write (?:e\.g\. )?(\d{4}[A-Za-z0-9]*)/g)) {
        suggestions += 1;
        expect(safeParsePeriod(match[1] ?? '').ok, `${String(id)} → ${match[1]}`).toBe(true);
      }
    }
    expect(suggestions).toBeGreaterThanOrEqual(25);
  });
});

describe('safeParsePeriod', () => {
  it('returns the period on success', () => {
    expect(safeParsePeriod('202401')).toEqual({ ok: true, value: { id: '202401', type: 'Monthly', start: '2024-01-01', end: '2024-01-31' } });
  });

  it('returns the same problem that parsePeriod throws', () => {
    const result = safeParsePeriod('2024W05');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual([problemOf(() => parsePeriod('2024W05'))]);
    expect(result.problems[0]?.message).toBe('Period id "2024W05" is not valid: week numbers have no leading zero; write 2024W5.');
  });
});

describe('parsePeriod: hostile input', () => {
  it('keeps the message short for a very long id', () => {
    const id = `2024${'Q'.repeat(100_000)}`;
    const problem = problemOf(() => parsePeriod(id));
    expect(problem.message.length).toBeLessThan(600);
    expect(problem.message).toContain('(100004 characters)');
  });

  it('safeParsePeriod takes any value', () => {
    for (const value of [2024, null, undefined, {}, ['2024'], Symbol('2024')]) {
      const result = safeParsePeriod(value);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.problems[0]?.message).toMatch(/a period id is a string/);
    }
  });
});

describe('parsePeriod: numbers', () => {
  it('suggests quoting only numbers that are valid ids as strings', () => {
    expect(problemOf(() => parsePeriod(202401 as unknown as string)).message).toMatch(/write "202401" in quotes/);
    expect(problemOf(() => parsePeriod(13 as unknown as string)).message).not.toMatch(/in quotes/);
  });
});
