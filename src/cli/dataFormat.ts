// Tells what a data file holds from its content, not its name (stdin has no name, and exported
// files are often misnamed): JSON observations, a DHIS2 dataValueSets payload, or CSV.
import { decodeUtf8, parseJson } from './files.js';
import { InputError } from './errors.js';

/** The data formats `--data-format` accepts. */
export const DATA_FORMATS = ['json', 'csv', 'dhis2'] as const;

/** A data format. */
export type DataFormat = (typeof DATA_FORMATS)[number];

/** The values `--delimiter` accepts for CSV data files: `auto` detects `,` or `;` from the header line. */
export const CSV_DELIMITERS = [',', ';', 'auto'] as const;

/** The delimiter of CSV data files. */
export type CsvDelimiter = (typeof CSV_DELIMITERS)[number];

/** A data file, recognised: JSON arrives parsed, CSV stays bytes for the CSV reader. */
export type RecognisedData =
  | { readonly format: 'json'; readonly items: readonly unknown[] }
  | { readonly format: 'dhis2'; readonly payload: unknown }
  | { readonly format: 'csv'; readonly bytes: Uint8Array };

/**
 * Recognises a data file. Without a declared format: a file whose first non-blank character is
 * `[` or `{` is JSON; a JSON object with a `dataValues` list is DHIS2, one with an `observations`
 * list (or a plain list) holds observations; anything else is CSV.
 *
 * @throws {InputError} When the file is not UTF-8 JSON, is XML, or is a JSON object of neither kind.
 */
export function recogniseData(bytes: Uint8Array, name: string, declared: DataFormat | undefined): RecognisedData {
  const first = firstCharacter(bytes);
  const format = declared ?? (first === '[' || first === '{' ? 'json' : 'csv');
  if (format === 'csv') {
    if (declared === undefined && first === '<') {
      throw InputError.whole(name, 'DATA_FORMAT_UNKNOWN', 'The file looks like XML; data files must be JSON, CSV or a DHIS2 dataValueSets payload (JSON).');
    }
    return { format, bytes };
  }
  const value = parseJson(decodeUtf8(bytes, name), name);
  const dataValues = isObject(value) ? value['dataValues'] : undefined;
  if (format === 'dhis2' || (declared === undefined && Array.isArray(dataValues))) return { format: 'dhis2', payload: value };
  if (Array.isArray(value)) return { format: 'json', items: value };
  const observations = isObject(value) ? value['observations'] : undefined;
  if (Array.isArray(observations)) return { format: 'json', items: observations };
  const hint = Array.isArray(dataValues) ? ' It has a dataValues list: pass --data-format dhis2, or leave --data-format out.' : '';
  throw InputError.whole(name, 'DATA_FORMAT_UNKNOWN', `Expected a JSON list of observations, { "observations": [ … ] } or a DHIS2 payload { "dataValues": [ … ] }.${hint}`);
}

/** The first character after a byte-order mark and white space, without decoding the whole file. */
function firstCharacter(bytes: Uint8Array): string | undefined {
  let index = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  while (index < bytes.length && (bytes[index] === 0x20 || bytes[index] === 0x09 || bytes[index] === 0x0a || bytes[index] === 0x0d)) index += 1;
  const byte = bytes[index];
  return byte === undefined ? undefined : String.fromCharCode(byte);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
