import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decimalText } from '../../../src/locale/format/decimalText.js';
import { formatDate, formatNumber, formatPercent } from '../../../src/locale/format/index.js';
import type { FormatLanguage } from '../../../src/locale/format/index.js';

// Numbers and dates are written without Intl (its first use costs a fresh process ICU's loading
// time, and its text follows the ICU build). Intl, as this Node's ICU prints them, is the oracle:
// what the formatters printed when they called Intl.

const numberFormat = (lang: FormatLanguage, style: 'decimal' | 'percent', decimals: number, grouping: boolean): Intl.NumberFormat =>
  new Intl.NumberFormat(lang, { style, numberingSystem: 'latn', minimumFractionDigits: decimals, maximumFractionDigits: decimals, useGrouping: grouping });

// Any double, values with few decimals (where ties are), and halves just at the rounding digit.
const value = fc.oneof(
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.double({ min: -1e7, max: 1e7, noNaN: true }),
  fc.tuple(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: 0, max: 12 })).map(([units, places]) => units / 10 ** places),
  fc.tuple(fc.integer({ min: -99999, max: 99999 }), fc.integer({ min: 0, max: 6 })).map(([units, places]) => (units + 0.5) / 10 ** places),
  fc.constantFrom(0, -0, 0.5, -0.5, 9.995, 99.5, 999999.5, 1e21, 1.5e-7, 5e-324, Number.MAX_VALUE, -Number.MAX_VALUE),
);

describe('decimalText', () => {
  it('prints what Intl.NumberFormat prints, decimal and percent, with and without grouping', () => {
    fc.assert(
      fc.property(value, fc.integer({ min: 0, max: 15 }), fc.boolean(), fc.constantFrom<FormatLanguage>('en', 'km'), (x, decimals, grouping, lang) => {
        expect(decimalText(x, decimals, 0, grouping)).toBe(numberFormat(lang, 'decimal', decimals, grouping).format(x));
        expect(`${decimalText(x, decimals, 2, grouping)}%`).toBe(numberFormat(lang, 'percent', decimals, grouping).format(x));
      }),
      { numRuns: 20_000 },
    );
  });

  it('carries a rounding through every digit', () => {
    expect(decimalText(999.995, 2, 0, true)).toBe('1,000.00');
    expect(decimalText(0.9999, 0, 2, true)).toBe('100');
    expect(decimalText(-9.5, 0, 0, false)).toBe('-10');
  });
});

describe('formatNumber and formatPercent', () => {
  it('print what they printed through Intl, after rounding half away from zero', () => {
    fc.assert(
      fc.property(value, fc.integer({ min: 0, max: 13 }), fc.boolean(), fc.constantFrom<FormatLanguage>('en', 'km'), (x, decimals, grouping, lang) => {
        const number = formatNumber(x, { decimals, lang, grouping });
        const percent = formatPercent(x, { decimals, lang });
        expect(number).not.toMatch(/^-0(\.0*)?$/u);
        expect(percent).not.toMatch(/^-0(\.0*)?%$/u);
        // The old implementation: Intl on the rounded value (never −0).
        const roundedNumber = Number(number.replaceAll(',', ''));
        expect(number).toBe(numberFormat(lang, 'decimal', decimals, grouping).format(roundedNumber === 0 ? 0 : roundedNumber));
      }),
      { numRuns: 5_000 },
    );
  });
});

describe('formatDate', () => {
  it('prints what Intl.DateTimeFormat (long, UTC, Latin digits) prints, in English and Khmer', () => {
    const formats = {
      en: new Intl.DateTimeFormat('en', { dateStyle: 'long', timeZone: 'UTC', numberingSystem: 'latn' }),
      km: new Intl.DateTimeFormat('km', { dateStyle: 'long', timeZone: 'UTC', numberingSystem: 'latn' }),
    };
    fc.assert(
      fc.property(fc.integer({ min: 100, max: 9999 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }), fc.constantFrom<FormatLanguage>('en', 'km'), (year, month, day, lang) => {
        const iso = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
        const time = Date.UTC(year, month - 1, day);
        const real = new Date(time).getUTCDate() === day;
        expect(formatDate(iso, lang)).toBe(real ? formats[lang].format(time) : iso);
      }),
      { numRuns: 5_000 },
    );
    // Every month in both languages.
    for (let month = 1; month <= 12; month++) {
      const iso = `2025-${String(month).padStart(2, '0')}-15`;
      for (const lang of ['en', 'km'] as const) expect(formatDate(iso, lang)).toBe(formats[lang].format(Date.UTC(2025, month - 1, 15)));
    }
  });
});
