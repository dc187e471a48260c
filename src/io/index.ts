export type { DataInput } from './shared/input.js';
export {
  INFORMATIONAL_COLUMNS,
  readObservationsCsv,
  readObservationsCsvSync,
  readStrategyCsv,
  reportingTemplate,
  safeReadStrategyCsv,
  TEMPLATE_MAX_COMBINATIONS,
  writeObservationsCsv,
} from './csv/index.js';
export type {
  CsvDialect,
  CsvObservations,
  CsvProgress,
  Delimiter,
  NumberDialect,
  ReadObservationsCsvOptions,
  ReadStrategyCsvOptions,
  ReportingTemplateOptions,
  WriteObservationsCsvOptions,
} from './csv/index.js';
