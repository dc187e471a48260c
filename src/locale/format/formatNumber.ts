import { roundHalfAwayFromZero } from '../../formula/index.js';
import { decimalText } from './decimalText.js';

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
  /** The language (default `en`; English and Khmer write numbers alike). */
  readonly lang?: FormatLanguage;
  /** Whether to group thousands (default true). */
  readonly grouping?: boolean;
}

/**
 * Formats a number for people: rounded half away from zero to `decimals`, with every decimal
 * shown, Latin digits, `,` between thousands and never `-0` — the same text in every language,
 * browser and Node build (no `Intl`, whose output follows the ICU version).
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
  // Rounded already, so decimalText has nothing left to round and no −0 to print.
  return decimalText(rounded === 0 ? 0 : rounded, decimals, 0, options.grouping ?? true);
}
