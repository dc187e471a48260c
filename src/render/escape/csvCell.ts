import { stripInvisible } from './invisible.js';

/**
 * First characters that make a spreadsheet read a cell as a formula or split it (OWASP CSV
 * Injection, ASVS 1.2.10): `=`, `+`, `-`, `@`, tab, CR, LF, and the full-width `＝ ＋ － ＠` that
 * some spreadsheet programs fold to ASCII.
 */
const FORMULA_START = /^[=+\-@\t\r\n\uFF1D\uFF0B\uFF0D\uFF20]/;

/** Characters that force RFC 4180 quoting. */
const NEEDS_QUOTES = /[",\r\n]/;

/**
 * Writes user text as one CSV field, safe for spreadsheets: a text that starts with `=`, `+`, `-`,
 * `@`, tab, CR or LF (or a full-width `＝ ＋ － ＠`) gets a leading `'` so that no spreadsheet
 * evaluates it, and is then quoted; a text holding a comma, a double quote, CR or LF is quoted with
 * its quotes doubled (RFC 4180). Bidi controls, zero-width and control characters other than tab,
 * CR and LF are removed. Only for text: write numbers as numbers, so that `-5` stays `-5`.
 *
 * The `'` is the one change made to the data: the round-trip rule is that re-parsing gives the same
 * rows and columns, and each text cell equals the original once that one apostrophe is removed.
 *
 * @param text - The cell's text.
 * @returns The field as it goes between the commas.
 *
 * @example
 * ```ts
 * escapeCsvCell('=1+2'); // `"'=1+2"`
 * escapeCsvCell('Justice, "MOJ"'); // `"Justice, ""MOJ"""`
 * escapeCsvCell('plain'); // 'plain'
 * ```
 *
 * @category Rendering
 */
export function escapeCsvCell(text: string): string {
  const clean = stripInvisible(text);
  const neutralised = FORMULA_START.test(clean);
  const value = neutralised ? `'${clean}` : clean;
  return neutralised || NEEDS_QUOTES.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}
