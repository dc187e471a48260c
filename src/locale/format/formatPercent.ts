import { roundHalfAwayFromZero } from '../../formula/index.js';
import { decimalText } from './decimalText.js';
import type { FormatLanguage } from './formatNumber.js';

/**
 * How to format a fraction as a percentage.
 *
 * @category Formatting
 */
export interface FormatPercentOptions {
  /** Decimals of the percentage to show (0–13; default 0). */
  readonly decimals?: number;
  /** The language (default `en`). */
  readonly lang?: FormatLanguage;
}

/**
 * Formats a fraction (0.889) as a percentage (`89%`): the percentage is rounded half away from zero
 * first, on the decimal digits of the fraction (so 0.0435 gives 4.35, not 4.3499…), and never `-0%`.
 *
 * @param fraction - The share as a fraction. NaN and ±Infinity give an empty string.
 * @param options - `decimals` of the percentage (default 0) and `lang` (default `en`).
 * @returns The formatted percentage.
 * @throws {LogframeError} `ROUND_DECIMALS_INVALID` when `decimals` is not a whole number from 0 to 13.
 *
 * @example
 * ```ts
 * formatPercent(0.889); // '89%'
 * formatPercent(0.0435, { decimals: 1 }); // '4.4%'
 * formatPercent(-0.0004); // '0%'
 * ```
 *
 * @category Formatting
 */
export function formatPercent(fraction: number, options: FormatPercentOptions = {}): string {
  const decimals = options.decimals ?? 0;
  // Round the fraction at decimals + 2 (its own digits): multiplying by 100 first would turn
  // 0.0435 into 4.3499999… and round it down.
  const rounded = roundHalfAwayFromZero(fraction, decimals + 2);
  if (!Number.isFinite(rounded)) return '';
  return `${decimalText(rounded === 0 ? 0 : rounded, decimals, 2, true)}%`;
}
