// Internal: the number grammar of the readers and the reading of one value cell per measure.
// Numbers are parsed with an explicit grammar, never with Number() or zod coercion, because those
// turn "" into 0 and "0x10" into 16; and a dialect (decimal comma, thousands separator, percent
// sign) applies only when the caller declares it.
import type { Measure } from '../../model/index.js';
import { formatNumber } from '../shared/text.js';

/**
 * How numbers are written in a file. Nothing is guessed: a decimal comma or a thousands separator
 * is accepted only when declared here.
 *
 * @example
 * ```ts
 * const european: NumberDialect = { decimal: ',', thousands: '.' };
 * european.decimal; // ','
 * ```
 *
 * @category Import and export
 */
export interface NumberDialect {
  /** The decimal separator: `.` (default) or `,`. */
  readonly decimal?: '.' | ',' | undefined;
  /** A thousands separator that may group digits by three: `.`, `,` or `' '` (a space, also U+00A0 and U+202F). None by default. */
  readonly thousands?: '.' | ',' | ' ' | undefined;
  /** Accept a trailing `%` (as in `12%` or `12 %`) in values of percent indicators. Off by default. */
  readonly percentSign?: boolean | undefined;
}

/** A value read from a cell, a missing value (with the marker found), or why the cell is wrong. */
export type CellValue =
  | { readonly kind: 'value'; readonly value: number | boolean | string }
  | { readonly kind: 'missing'; readonly marker: string }
  | { readonly kind: 'invalid'; readonly issue: CellIssue };

export interface CellIssue {
  readonly code: string;
  readonly message: string;
}

/** Cell texts that mean "no value" (compared after trimming, case-insensitively). */
export const MISSING_MARKERS: readonly string[] = ['', 'n/a', 'na', '-', '..'];

const SPACE_SEPARATORS = new Set([' ', '\u00a0', '\u202f']);
const TRUE_WORDS = new Set(['true', 'yes', '1']);
const FALSE_WORDS = new Set(['false', 'no', '0']);

export function isMissingMarker(text: string): boolean {
  return MISSING_MARKERS.includes(trimCell(text).toLowerCase());
}

/** Trims ASCII spaces and tabs (and no-break spaces), which spreadsheets leave around values. */
export function trimCell(text: string): string {
  return text.replace(/^[ \t\u00a0]+|[ \t\u00a0]+$/g, '');
}

/**
 * Reads a number written in plain decimal notation, as declared by the dialect.
 * Grammar: optional `-`, digits (grouped by three with the declared thousands separator, or not
 * grouped at all), optionally the decimal separator and at least one digit. No `+`, no exponent,
 * no hexadecimal, no leading or trailing decimal separator, no leading zeros (`007` is refused: it
 * is more often a code in the wrong column than a number; `0`, `0.5` and `-0.5` are fine). A number
 * that a double cannot hold exactly (`12345678901234567890`) is refused.
 */
export function readNumber(raw: string, dialect: NumberDialect = {}): { value: number } | { issue: CellIssue } {
  const text = trimCell(raw);
  const decimal = dialect.decimal ?? '.';
  const thousands = dialect.thousands;
  const shown = JSON.stringify(text.length > 40 ? `${text.slice(0, 37)}…` : text);
  let body = text;
  let sign = '';
  if (body.startsWith('-')) {
    sign = '-';
    body = body.slice(1);
  }
  const pointAt = body.indexOf(decimal);
  let whole = pointAt === -1 ? body : body.slice(0, pointAt);
  const fraction = pointAt === -1 ? '' : body.slice(pointAt + 1);
  if (thousands !== undefined && whole.length > 3) {
    const groups = splitGroups(whole, thousands);
    if (groups === null) return { issue: notANumber(text, shown, dialect) };
    whole = groups;
  }
  if (!/^\d+$/.test(whole) || (pointAt !== -1 && !/^\d+$/.test(fraction))) return { issue: notANumber(text, shown, dialect) };
  const canonical = `${sign}${whole}${fraction === '' ? '' : `.${fraction}`}`;
  if (whole.length > 1 && whole.startsWith('0')) {
    return { issue: { code: 'NUMBER_INVALID', message: `${shown} has leading zeros; write the number without them (${normalise(canonical).replace('.', decimal)}). If the column holds codes rather than numbers, check that it is the right column.` } };
  }
  const value = Number(canonical);
  if (!Number.isFinite(value) || formatNumber(value) !== normalise(canonical)) {
    return { issue: { code: 'NUMBER_NOT_EXACT', message: `${shown} has more significant digits than a number can hold exactly (about 15); round it or report it in a larger unit.` } };
  }
  return { value: Object.is(value, -0) ? 0 : value };
}

// Digits grouped by three with the separator (the first group 1–3 digits); null if malformed.
function splitGroups(whole: string, separator: string): string | null {
  const isSeparator = (char: string) => (separator === ' ' ? SPACE_SEPARATORS.has(char) : char === separator);
  const groups: string[] = [];
  let current = '';
  for (const char of whole) {
    if (isSeparator(char)) {
      groups.push(current);
      current = '';
    } else current += char;
  }
  groups.push(current);
  if (groups.length === 1) return whole;
  const [first = '', ...rest] = groups;
  if (!/^\d{1,3}$/.test(first) || !rest.every((group) => /^\d{3}$/.test(group))) return null;
  return groups.join('');
}

// The form formatNumber gives for the same number: no leading zeros, no trailing fraction zeros, no "-0".
function normalise(canonical: string): string {
  let [whole = '', fraction = ''] = canonical.split('.');
  const negative = whole.startsWith('-');
  whole = whole.replace(/^-/, '').replace(/^0+(?=\d)/, '');
  fraction = fraction.replace(/0+$/, '');
  const text = fraction === '' ? whole : `${whole}.${fraction}`;
  return negative && /[1-9]/.test(text) ? `-${text}` : text;
}

function notANumber(text: string, shown: string, dialect: NumberDialect): CellIssue {
  const code = 'NUMBER_INVALID';
  if (/^[=@]|^[+-]?[A-Za-z(]/.test(text)) return { code, message: `${shown} looks like a spreadsheet formula or text, not a number; type the value itself.` };
  if (/^\+/.test(text)) return { code, message: `${shown} starts with "+"; write the number without a plus sign.` };
  if (/^-?0x/i.test(text)) return { code, message: `${shown} is hexadecimal; write the number in decimal digits.` };
  if (/\d[eE][+-]?\d/.test(text)) return { code, message: `${shown} uses exponent notation; write the number in full (1000, not 1e3). Spreadsheets write exponents when a column is formatted "General" and may have dropped digits.` };
  if ((dialect.decimal ?? '.') === '.' && /^-?\d+,\d+$/.test(text)) {
    return { code, message: `${shown} has a comma: if it is a decimal comma, declare { decimal: ',' }; if it groups thousands, declare { thousands: ',' }.` };
  }
  if (dialect.thousands === undefined && /^-?\d{1,3}([ .,\u00a0\u202f]\d{3})+([.,]\d+)?$/.test(text)) {
    return { code, message: `${shown} groups digits with a separator; declare the thousands separator (e.g. { thousands: ' ' }) or write the number without it.` };
  }
  if (/^-?[.,]\d|\d[.,]$/.test(text)) return { code, message: `${shown} starts or ends with its decimal separator; write 0.5, not .5, and 5, not 5.` };
  return { code, message: `${shown} is not a number in the declared format (digits, an optional "-" and "${dialect.decimal ?? '.'}" for decimals).` };
}

/**
 * Reads one value cell for an indicator with the given measure (or an unknown indicator: `undefined`,
 * which reads a number if it can and text otherwise, and leaves the verdict to the model).
 */
export function readValue(raw: string, measure: Measure | undefined, dialect: NumberDialect = {}): CellValue {
  const text = trimCell(raw);
  if (MISSING_MARKERS.includes(text.toLowerCase())) return { kind: 'missing', marker: text };
  if (measure === 'qualitative') return { kind: 'value', value: raw };
  if (measure === 'ordinal') return { kind: 'value', value: text };
  if (measure === 'boolean') {
    const word = text.toLowerCase();
    if (TRUE_WORDS.has(word)) return { kind: 'value', value: true };
    if (FALSE_WORDS.has(word)) return { kind: 'value', value: false };
    return { kind: 'invalid', issue: { code: 'BOOLEAN_INVALID', message: `${JSON.stringify(text)} is not a yes/no value; write true, false, yes, no, 1 or 0.` } };
  }
  if (measure === undefined) {
    const read = readNumber(text, dialect);
    return 'issue' in read ? { kind: 'value', value: raw } : { kind: 'value', value: read.value };
  }
  let numeric = text;
  const percent = /^(.*?)[ \u00a0\u202f]?%$/.exec(text);
  if (percent) {
    if (measure !== 'percent') return { kind: 'invalid', issue: { code: 'PERCENT_SIGN_INVALID', message: `${JSON.stringify(text)} has a % sign, but this indicator is not a percentage; write the number alone.` } };
    if (dialect.percentSign !== true) return { kind: 'invalid', issue: { code: 'PERCENT_SIGN_INVALID', message: `${JSON.stringify(text)} has a % sign; write the number alone (45 for 45 %), or declare { percentSign: true } if the file writes percentages this way.` } };
    numeric = percent[1] ?? '';
  }
  const read = readNumber(numeric, dialect);
  return 'issue' in read ? { kind: 'invalid', issue: read.issue } : { kind: 'value', value: read.value };
}
