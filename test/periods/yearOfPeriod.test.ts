import { describe, expect, it } from 'vitest';
import { yearOfPeriod } from '../../src/periods/index.js';
import { problemOf } from './helpers.js';

describe('yearOfPeriod', () => {
  it.each([
    ['2024', 2024],
    ['2024S2', 2024],
    ['2024Q4', 2024],
    ['202412', 2024],
    ['20241231', 2024],
    ['2024July', 2024],
    ['2024Nov', 2024],
    ['2023YTD10', 2023],
    ['2020W1', 2020], // starts 2019-12-30: the ISO week-year, not the year of its start
    ['2026W53', 2026], // ends 2027-01-03
    ['1000', 1000],
    ['9999', 9999],
  ])('%s → %i', (id, year) => {
    expect(yearOfPeriod(id)).toBe(year);
  });

  it('refuses an invalid id', () => {
    expect(problemOf(() => yearOfPeriod('2024 ')).code).toBe('PERIOD_INVALID');
  });
});
