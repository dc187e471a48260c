import { describe, expect, it } from 'vitest';
import { isPeriodType, PERIOD_TYPES, parsePeriod } from '../../src/periods/index.js';

describe('PERIOD_TYPES', () => {
  it('lists the eleven DHIS2-named types, coarsest first', () => {
    expect(PERIOD_TYPES).toEqual([
      'Yearly', 'FinancialApril', 'FinancialJuly', 'FinancialOct', 'FinancialNov', 'YearToDate',
      'SixMonthly', 'Quarterly', 'Monthly', 'Weekly', 'Daily',
    ]);
  });

  it('is frozen so that no caller can reorder it for everyone', () => {
    expect(Object.isFrozen(PERIOD_TYPES)).toBe(true);
  });

  it('is ordered by the length of a period in a common year, longest first', () => {
    const sample: Record<string, string> = {
      Yearly: '2021', FinancialApril: '2021April', FinancialJuly: '2021July', FinancialOct: '2021Oct',
      FinancialNov: '2021Nov', YearToDate: '2021YTD11', SixMonthly: '2021S1', Quarterly: '2021Q1',
      Monthly: '202101', Weekly: '2021W1', Daily: '20210101',
    };
    const lengths = PERIOD_TYPES.map((type) => {
      const period = parsePeriod(sample[type] ?? '');
      expect(period.type).toBe(type);
      return Date.parse(period.end) - Date.parse(period.start);
    });
    expect([...lengths].sort((a, b) => b - a)).toEqual(lengths);
  });
});

describe('isPeriodType', () => {
  it('accepts every listed type and nothing else', () => {
    for (const type of PERIOD_TYPES) expect(isPeriodType(type)).toBe(true);
    for (const value of ['monthly', 'Month', 'BiMonthly', '', ' Yearly', null, undefined, 3, {}]) expect(isPeriodType(value)).toBe(false);
  });
});
