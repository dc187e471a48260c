import { describe, expect, it } from 'vitest';
import { formatDate, formatNumber, formatPercent } from '../../src/locale/format/index.js';

describe('formatNumber', () => {
  it.each([
    [1.005, 2, '1.01'],
    [2.675, 2, '2.68'],
    [1.045, 2, '1.05'],
    [-1.005, 2, '-1.01'],
    [2.5, 0, '3'],
    [-2.5, 0, '-3'],
    [0.125, 2, '0.13'],
  ])('rounds %d at %d decimals half away from zero: %s', (value, decimals, expected) => {
    expect(formatNumber(value, { decimals })).toBe(expected);
    expect(formatNumber(value, { decimals, lang: 'km' })).toBe(expected);
  });

  it('never prints -0', () => {
    expect(formatNumber(-0.04, { decimals: 1 })).toBe('0.0');
    expect(formatNumber(-0.04)).toBe('0');
    expect(formatNumber(-0)).toBe('0');
    expect(formatNumber(-0.0004, { decimals: 2, lang: 'km' })).toBe('0.00');
  });

  it('shows every decimal asked for and groups thousands', () => {
    expect(formatNumber(40, { decimals: 1 })).toBe('40.0');
    expect(formatNumber(1234567.891, { decimals: 2 })).toBe('1,234,567.89');
    expect(formatNumber(1234567, { grouping: false })).toBe('1234567');
  });

  it('uses Latin digits for Khmer (never ០១២…)', () => {
    const text = formatNumber(1234567.5, { decimals: 1, lang: 'km' });
    expect(text).toBe('1,234,567.5');
    expect(text).not.toMatch(/[\u17E0-\u17E9]/u);
  });

  it('gives an empty string for NaN and Infinity, which must never reach a report', () => {
    expect(formatNumber(Number.NaN)).toBe('');
    expect(formatNumber(Number.POSITIVE_INFINITY)).toBe('');
  });

  it('rejects impossible decimals', () => {
    expect(() => formatNumber(1, { decimals: 1.5 })).toThrow(/decimals/);
  });
});

describe('formatPercent', () => {
  it('formats fractions as percentages, rounding on the fraction’s own digits', () => {
    expect(formatPercent(0.889)).toBe('89%');
    expect(formatPercent(0.0435, { decimals: 1 })).toBe('4.4%');
    expect(formatPercent(0.125)).toBe('13%');
    expect(formatPercent(-0.125)).toBe('-13%');
    expect(formatPercent(1.3, { lang: 'km' })).toBe('130%');
  });

  it('never prints -0%', () => {
    expect(formatPercent(-0.0004)).toBe('0%');
    expect(formatPercent(-0.00004, { decimals: 1 })).toBe('0.0%');
  });
});

describe('formatDate', () => {
  it('formats calendar dates in English and Khmer, in UTC', () => {
    expect(formatDate('2025-03-27')).toBe('March 27, 2025');
    expect(formatDate('2025-03-27', 'km')).toBe('27 មីនា 2025');
    expect(formatDate('2024-01-01')).toBe('January 1, 2024');
    expect(formatDate('2025-03-28T23:30:00-05:00')).toBe('March 28, 2025');
  });

  it('returns what is not a real date unchanged', () => {
    expect(formatDate('2023-02-30')).toBe('2023-02-30');
    expect(formatDate('soon')).toBe('soon');
  });
});
