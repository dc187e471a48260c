import { monthName } from './checks.js';
import { parsePeriod } from './parsePeriod.js';
import { FINANCIAL } from './spans.js';

/**
 * Options of {@link formatPeriod}.
 *
 * @example
 * ```ts
 * const options: FormatPeriodOptions = { lang: 'km' };
 * formatPeriod('2024', options); // 'ឆ្នាំ 2024'
 * ```
 *
 * @category Periods
 */
export interface FormatPeriodOptions {
  /** The language of the label: `en` (default) or `km` (Khmer). */
  readonly lang?: 'en' | 'km' | undefined;
}

// Khmer labels await review by a native speaker. Digits stay Western (0–9) on purpose: Khmer
// numerals are common in print, but government statistics tables often use Western digits and we
// are not sure which NCCT prefers.
const KHMER_MONTHS = ['មករា', 'កុម្ភៈ', 'មីនា', 'មេសា', 'ឧសភា', 'មិថុនា', 'កក្កដា', 'សីហា', 'កញ្ញា', 'តុលា', 'វិច្ឆិកា', 'ធ្នូ'] as const;

function khmerMonth(month: number): string {
  return KHMER_MONTHS[month - 1] ?? String(month);
}

/** `2024/25`: the short form used in finance ministries' own titles. */
function financialYears(year: number): string {
  return `${year}/${String((year + 1) % 100).padStart(2, '0')}`;
}

/**
 * Gives the human label of a period, for tables, charts and reports.
 *
 * English labels: `2024`, `H1 2024`, `Q1 2024`, `January 2024`, `Week 5, 2024`,
 * `31 January 2024`, `FY 2024/25 (April–March)`, `January–October 2023`. A one-month year-to-date
 * period reads `January 2023 (year to date)` so that it cannot be mistaken for the month itself.
 * Khmer labels use Khmer month names and words with Western digits, e.g. `ត្រីមាសទី 1 ឆ្នាំ 2024`.
 *
 * @param id - A period id, e.g. `2024Q1`.
 * @param options - `lang`: `en` (default) or `km`.
 * @returns The label.
 * @throws {@link LogframeError} with code `PERIOD_INVALID` if `id` is not a valid period id.
 *
 * @example
 * ```ts
 * formatPeriod('2024S1'); // 'H1 2024'
 * formatPeriod('2024W5'); // 'Week 5, 2024'
 * formatPeriod('2024July'); // 'FY 2024/25 (July–June)'
 * formatPeriod('2023YTD10'); // 'January–October 2023'
 * formatPeriod('2024Q1', { lang: 'km' }); // 'ត្រីមាសទី 1 ឆ្នាំ 2024'
 * ```
 *
 * @category Periods
 */
export function formatPeriod(id: string, options: FormatPeriodOptions = {}): string {
  const period = parsePeriod(id);
  const khmer = options.lang === 'km';
  const year = Number(period.id.slice(0, 4));
  const startMonth = Number(period.start.slice(5, 7));
  const endMonth = Number(period.end.slice(5, 7));
  const number = period.id.slice(5);
  switch (period.type) {
    case 'Yearly':
      return khmer ? `ឆ្នាំ ${year}` : `${year}`;
    case 'SixMonthly':
      // ឆមាស is a six-month period (semester); ទី marks the ordinal, as in ឆមាសទី 1.
      return khmer ? `ឆមាសទី ${number} ឆ្នាំ ${year}` : `H${number} ${year}`;
    case 'Quarterly':
      return khmer ? `ត្រីមាសទី ${number} ឆ្នាំ ${year}` : `Q${number} ${year}`;
    case 'Monthly':
      return khmer ? `ខែ${khmerMonth(startMonth)} ឆ្នាំ ${year}` : `${monthName(startMonth)} ${year}`;
    case 'Weekly':
      return khmer ? `សប្តាហ៍ទី ${number} ឆ្នាំ ${year}` : `Week ${number}, ${year}`;
    case 'Daily': {
      const day = Number(period.start.slice(8, 10));
      return khmer ? `ថ្ងៃទី ${day} ខែ${khmerMonth(startMonth)} ឆ្នាំ ${year}` : `${day} ${monthName(startMonth)} ${year}`;
    }
    case 'YearToDate':
      if (endMonth === 1) return khmer ? `ខែមករា ឆ្នាំ ${year} (គិតពីដើមឆ្នាំ)` : `January ${year} (year to date)`;
      return khmer ? `ខែមករា–${khmerMonth(endMonth)} ឆ្នាំ ${year}` : `January–${monthName(endMonth)} ${year}`;
    case 'FinancialApril':
    case 'FinancialJuly':
    case 'FinancialOct':
    case 'FinancialNov': {
      const first = FINANCIAL[period.type].month;
      const last = first - 1;
      // ឆ្នាំសារពើពន្ធ (fiscal year) is our best rendering; the reviewer should confirm the term.
      return khmer
        ? `ឆ្នាំសារពើពន្ធ ${financialYears(year)} (${khmerMonth(first)}–${khmerMonth(last)})`
        : `FY ${financialYears(year)} (${monthName(first)}–${monthName(last)})`;
    }
  }
}
