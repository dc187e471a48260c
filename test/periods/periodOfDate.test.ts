import { describe, expect, it } from 'vitest';
import { addDays, parsePeriod, PERIOD_TYPES, periodOfDate, periodsBetween } from '../../src/periods/index.js';
import type { PeriodType } from '../../src/periods/index.js';
import { problemOf } from './helpers.js';

const DATED_TYPES = PERIOD_TYPES.filter((type): type is Exclude<PeriodType, 'YearToDate'> => type !== 'YearToDate');

describe('periodOfDate', () => {
  it.each([
    ['2024-05-17', 'Yearly', '2024'],
    ['2024-06-30', 'SixMonthly', '2024S1'],
    ['2024-07-01', 'SixMonthly', '2024S2'],
    ['2024-03-31', 'Quarterly', '2024Q1'],
    ['2024-04-01', 'Quarterly', '2024Q2'],
    ['2024-02-29', 'Monthly', '202402'],
    ['2024-02-29', 'Daily', '20240229'],
    ['2019-12-30', 'Weekly', '2020W1'],
    ['2019-12-29', 'Weekly', '2019W52'],
    ['2021-01-03', 'Weekly', '2020W53'],
    ['2027-01-03', 'Weekly', '2026W53'],
    ['2024-12-30', 'Weekly', '2025W1'],
    ['2024-01-29', 'Weekly', '2024W5'],
    ['2025-03-31', 'FinancialApril', '2024April'],
    ['2025-04-01', 'FinancialApril', '2025April'],
    ['2025-06-30', 'FinancialJuly', '2024July'],
    ['2024-09-30', 'FinancialOct', '2023Oct'],
    ['2024-10-01', 'FinancialOct', '2024Oct'],
    ['2024-10-31', 'FinancialNov', '2023Nov'],
    ['2024-11-01', 'FinancialNov', '2024Nov'],
    ['2025-01-15', 'FinancialNov', '2024Nov'],
    ['1000-01-01', 'Yearly', '1000'],
    ['9999-12-31', 'Daily', '99991231'],
  ] as [string, PeriodType, string][])('%s in %s → %s', (date, type, id) => {
    expect(periodOfDate(date, type)).toBe(id);
  });

  it('round-trips the first and last day of every period of 2019–2027', () => {
    let checked = 0;
    for (const type of DATED_TYPES) {
      for (const id of periodsBetween('2019', '2027', type)) {
        const period = parsePeriod(id);
        expect(periodOfDate(period.start, type)).toBe(id);
        expect(periodOfDate(period.end, type)).toBe(id);
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(3000);
  });

  it('gives each day of 1999–2031 a period that contains it and starts the day after the previous one ends', () => {
    for (const type of DATED_TYPES) {
      let previous = parsePeriod(periodOfDate('1998-12-31', type));
      for (let date = '1999-01-01'; date <= '2031-12-31'; date = addDays(date, 1)) {
        const id = periodOfDate(date, type);
        if (id === previous.id) continue;
        const period = parsePeriod(id);
        expect(period.start, `${type} ${date}`).toBe(date);
        expect(addDays(previous.end, 1)).toBe(date);
        previous = period;
      }
    }
  });

  it('refuses YearToDate with an explanation', () => {
    const problem = problemOf(() => periodOfDate('2023-05-17', 'YearToDate'));
    expect(problem.code).toBe('PERIOD_TYPE_UNSUPPORTED');
    expect(problem.message).toMatch(/cannot give a YearToDate period/);
    expect(problem.message).toMatch(/2023YTD10/);
  });

  it('refuses periods that would leave the years 1000–9999', () => {
    for (const [date, type] of [['1000-01-01', 'Weekly'], ['9999-12-31', 'Weekly'], ['9999-05-01', 'FinancialApril'], ['1000-03-31', 'FinancialApril']] as const) {
      const problem = problemOf(() => periodOfDate(date, type));
      expect(problem.code).toBe('DATE_OUT_OF_RANGE');
      expect(problem.message).toMatch(/outside the supported years 1000–9999/);
    }
    expect(periodOfDate('1000-01-06', 'Weekly')).toBe('1000W2');
    expect(periodOfDate('1000-04-01', 'FinancialApril')).toBe('1000April');
  });

  it('refuses an invalid date or type', () => {
    const date = problemOf(() => periodOfDate('2023-02-29', 'Monthly'));
    expect(date.code).toBe('DATE_INVALID');
    expect(date.message).toMatch(/2023 is not a leap year/);
    const type = problemOf(() => periodOfDate('2023-02-28', 'monthly' as PeriodType));
    expect(type.code).toBe('PERIOD_TYPE_INVALID');
    expect(type.message).toMatch(/write "Monthly"/);
    const unknown = problemOf(() => periodOfDate('2023-02-28', 'BiMonthly' as PeriodType));
    expect(unknown.message).toMatch(/use one of Yearly, FinancialApril/);
  });
});
