import { describe, expect, it } from 'vitest';
import { formatPeriod } from '../../src/periods/index.js';
import { problemOf } from './helpers.js';

describe('formatPeriod (en)', () => {
  it.each([
    ['2024', '2024'],
    ['2024S1', 'H1 2024'],
    ['2024S2', 'H2 2024'],
    ['2024Q1', 'Q1 2024'],
    ['2024Q4', 'Q4 2024'],
    ['202401', 'January 2024'],
    ['202412', 'December 2024'],
    ['2024W5', 'Week 5, 2024'],
    ['2020W1', 'Week 1, 2020'],
    ['20240131', '31 January 2024'],
    ['20240201', '1 February 2024'],
    ['2024April', 'FY 2024/25 (April–March)'],
    ['2024July', 'FY 2024/25 (July–June)'],
    ['2024Oct', 'FY 2024/25 (October–September)'],
    ['2024Nov', 'FY 2024/25 (November–October)'],
    ['1999April', 'FY 1999/00 (April–March)'],
    ['2009July', 'FY 2009/10 (July–June)'],
    ['2023YTD10', 'January–October 2023'],
    ['2023YTD2', 'January–February 2023'],
    ['2023YTD1', 'January 2023 (year to date)'],
  ])('%s → %s', (id, label) => {
    expect(formatPeriod(id)).toBe(label);
    expect(formatPeriod(id, { lang: 'en' })).toBe(label);
    expect(formatPeriod(id, { lang: undefined })).toBe(label);
  });
});

describe('formatPeriod (km)', () => {
  it.each([
    ['2024', 'ឆ្នាំ 2024'],
    ['2024S1', 'ឆមាសទី 1 ឆ្នាំ 2024'],
    ['2024Q3', 'ត្រីមាសទី 3 ឆ្នាំ 2024'],
    ['202401', 'ខែមករា ឆ្នាំ 2024'],
    ['2024W5', 'សប្តាហ៍ទី 5 ឆ្នាំ 2024'],
    ['20240131', 'ថ្ងៃទី 31 ខែមករា ឆ្នាំ 2024'],
    ['2024April', 'ឆ្នាំសារពើពន្ធ 2024/25 (មេសា–មីនា)'],
    ['2023YTD10', 'ខែមករា–តុលា ឆ្នាំ 2023'],
  ])('%s → %s', (id, label) => {
    expect(formatPeriod(id, { lang: 'km' })).toBe(label);
  });

  it('names all twelve months in Khmer', () => {
    const months = Array.from({ length: 12 }, (_, i) => formatPeriod(`2024${String(i + 1).padStart(2, '0')}`, { lang: 'km' }));
    expect(months).toEqual([
      'មករា', 'កុម្ភៈ', 'មីនា', 'មេសា', 'ឧសភា', 'មិថុនា', 'កក្កដា', 'សីហា', 'កញ្ញា', 'តុលា', 'វិច្ឆិកា', 'ធ្នូ',
    ].map((month) => `ខែ${month} ឆ្នាំ 2024`));
  });

  it('keeps Western digits', () => {
    expect(formatPeriod('20241231', { lang: 'km' })).toMatch(/^[^០-៩]*$/u);
  });
});

describe('formatPeriod errors', () => {
  it('refuses an invalid id with the parse problem', () => {
    const problem = problemOf(() => formatPeriod('2024Q5'));
    expect(problem.code).toBe('PERIOD_INVALID');
    expect(problem.message).toMatch(/quarter must be 1–4/);
  });
});
