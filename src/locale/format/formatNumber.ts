import { roundHalfAwayFromZero } from '../../formula/index.js';

/**
 * A language numbers and dates can be formatted in.
 *
 * @category Formatting
 */
export type FormatLanguage = 'en' | 'km';

/**
 * How to format a number.
 *
 * @category Formatting
 */
export interface FormatNumberOptions {
  /** Decimals to show, always all of them (0–15; default 0). */
  readonly decimals?: number;
  /** The language (default `en`). */
  readonly lang?: FormatLanguage;
  /** Whether to group thousands (default true). */
  readonly grouping?: boolean;
}

const formatters = new Map<string, Intl.NumberFormat>();

/**
 * Returns a cached `Intl.NumberFormat`. Caching keeps formatting cheap in large reports; the cache
 * holds only formatter objects keyed by their options, so it cannot change any output.
 *
 * Latin digits are forced with `numberingSystem: 'latn'`: Node's ICU (78) already uses them for
 * `km`, but CLDR also knows Khmer digits (០១២…) and another ICU or browser could pick them, which
 * would make the same summary render differently from machine to machine.
 */
export function numberFormatter(lang: FormatLanguage, style: 'decimal' | 'percent', decimals: number, grouping: boolean): Intl.NumberFormat {
  const key = `${lang}|${style}|${decimals}|${grouping ? 1 : 0}`;
  let formatter = formatters.get(key);
  if (formatter === undefined) {
    formatter = new Intl.NumberFormat(lang, {
      style,
      numberingSystem: 'latn',
      minimumFractionDigits: decimals,
      maximumFractionDigits: decimals,
      useGrouping: grouping,
    });
    formatters.set(key, formatter);
  }
  return formatter;
}

/**
 * Formats a number for people: rounded half away from zero to `decimals` first (so `Intl` never
 * rounds), with every decimal shown, Latin digits, and never `-0`.
 *
 * @param value - The number. NaN and ±Infinity give an empty string (they must not reach a report).
 * @param options - `decimals` (default 0), `lang` (`en` or `km`, default `en`), `grouping` (default true).
 * @returns The formatted number.
 * @throws {LogframeError} `ROUND_DECIMALS_INVALID` when `decimals` is not a whole number from 0 to 15.
 *
 * @example
 * ```ts
 * formatNumber(1.005, { decimals: 2 }); // '1.01'
 * formatNumber(-2.5); // '-3'
 * formatNumber(-0.04, { decimals: 1 }); // '0.0'
 * formatNumber(1234.5, { decimals: 1, lang: 'km' }); // '1,234.5'
 * ```
 *
 * @category Formatting
 */
export function formatNumber(value: number, options: FormatNumberOptions = {}): string {
  const decimals = options.decimals ?? 0;
  const rounded = roundHalfAwayFromZero(value, decimals);
  if (!Number.isFinite(rounded)) return '';
  // roundHalfAwayFromZero never returns −0 and leaves nothing for Intl to round, so Intl cannot print -0.
  return numberFormatter(options.lang ?? 'en', 'decimal', decimals, options.grouping ?? true).format(rounded === 0 ? 0 : rounded);
}
