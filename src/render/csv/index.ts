export { toCsv } from './toCsv.js';
export type { CsvOptions, CsvRowKind } from './toCsv.js';
