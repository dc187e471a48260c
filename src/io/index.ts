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
export { DHIS2_DEFAULT_COMBO, dhis2MappingJsonSchema, Dhis2MappingSchema, fromDhis2, toDhis2 } from './dhis2/index.js';
export type { Dhis2DataValue, Dhis2DataValueSet, Dhis2Mapping, Dhis2MappingInput, FromDhis2Options } from './dhis2/index.js';
export { fromIatiXml, toIatiXml } from './iati/index.js';
export type { FromIatiXmlOptions, IatiImport, IatiOrganisation, ToIatiXmlOptions } from './iati/index.js';
