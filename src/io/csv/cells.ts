// Internal: one CSV cell on the way out (formula neutralisation, RFC 4180 quoting) and on the way
// back in (undoing exactly the neutralisation we add).
//
// A spreadsheet treats a cell that starts with = + - @ (or their full-width forms), a tab, CR or
// LF as a formula. Such text cells are written with a leading apostrophe. Text that already starts
// with apostrophes followed by a trigger gets one more, so that the reader, which removes one
// apostrophe from exactly that pattern, gives back the original text in every case.
import { formatNumber } from '../shared/text.js';

const NEEDS_APOSTROPHE = /^'*[=+\-@\t\r\n\uff1d\uff0b\uff0d\uff20]/;
const WRITTEN_APOSTROPHE = /^''*[=+\-@\t\r\n\uff1d\uff0b\uff0d\uff20]/;

/** Removes the apostrophe that {@link neutralise} adds (and nothing else). */
export function unescapeCell(text: string): string {
  return text.charCodeAt(0) === 39 && WRITTEN_APOSTROPHE.test(text) ? text.slice(1) : text;
}

/** Prefixes an apostrophe to text that a spreadsheet would run as a formula. */
export function neutralise(text: string): string {
  return NEEDS_APOSTROPHE.test(text) ? `'${text}` : text;
}

/**
 * A text cell, neutralised and quoted per RFC 4180 when it holds the delimiter, a quote, a line
 * break or was neutralised (OWASP's advice, so that the apostrophe stays inside the cell).
 */
export function textCell(text: string, delimiter: string): string {
  const safe = neutralise(text);
  const quote = safe !== text || safe.includes(delimiter) || /["\r\n]/.test(safe);
  return quote ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** A number cell: plain decimal notation, never neutralised (−5 is written `-5`). */
export function numberCell(value: number, delimiter: string, decimal: '.' | ','): string {
  const text = formatNumber(value);
  const written = decimal === ',' ? text.replace('.', ',') : text;
  return written.includes(delimiter) ? `"${written}"` : written;
}

/** A value cell: numbers as numbers, booleans as `true`/`false`, `null` as an empty cell, text as text. */
export function valueCell(value: number | boolean | string | null, delimiter: string, decimal: '.' | ','): string {
  if (value === null) return '';
  if (typeof value === 'number') return numberCell(value, delimiter, decimal);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  return textCell(value, delimiter);
}

/** Joins cells into CSV text: CRLF after every row, an optional UTF-8 byte order mark first. */
export function joinRows(rows: readonly (readonly string[])[], delimiter: string, bom: boolean): string {
  let text = bom ? '\ufeff' : '';
  for (const row of rows) text += `${row.join(delimiter)}\r\n`;
  return text;
}
