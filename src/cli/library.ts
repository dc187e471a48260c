// The public API names the command uses. They come from the stage folders rather than from
// src/index.ts on purpose: src/index.ts also re-exports io/, and a single static import of it lets
// the bundler reach io/ from the entry point, which puts the CSV parser (papaparse) and the XML
// library (fast-xml-parser) into the chunk every command loads at start-up. io/ is reached only
// through the loaders below, one per format, so that papaparse loads only for jobs that read or
// write CSV and fast-xml-parser only for jobs that write IATI. Every name here is exported by
// src/index.ts as well: the command stays a shell over the public API.
export { formatPath, LogframeError } from '../problems/index.js';
export type { PathSegment, Problem } from '../problems/index.js';
export { isIsoDate, safeParsePeriod } from '../periods/index.js';
export { disaggregationKey, observationJsonSchema, parseObservations, safeParseStrategy, strategyJsonSchema } from '../model/index.js';
export type { Observation, ParsedObservations, RejectedItem, Strategy } from '../model/index.js';
export { isPresetId, PRESETS } from '../score/index.js';
export { evaluate } from '../rollup/index.js';
// summarize() from its own file, not from summary/index.js: that index also re-exports the summary's
// zod schemas, which the bundler would then build at start-up for every job (see loadSummaryJsonSchema).
export { summarize } from '../summary/summarize.js';
export type { EvaluationSummary } from '../summary/index.js';
export { toCsv, toHtml, toMarkdown, toText } from '../render/index.js';
export { formatNumber } from '../locale/format/index.js';

/** CSV reading and writing, and reporting templates: loads papaparse. */
export type CsvIo = typeof import('../io/csv/index.js');
/** DHIS2 dataValueSets, both ways. */
export type Dhis2Io = typeof import('../io/dhis2/index.js');
/** IATI activity XML: loads fast-xml-parser. */
export type IatiIo = typeof import('../io/iati/index.js');

/**
 * Loads the summary's JSON Schema maker. Only `logframe schema` needs it: the summary's zod
 * schemas, built when their module loads, stay out of the chunk that `evaluate` loads (cold start).
 */
export async function loadSummaryJsonSchema(): Promise<typeof import('../summary/index.js').summaryJsonSchema> {
  return (await import('../summary/index.js')).summaryJsonSchema;
}

/** Loads the CSV importer and exporters: call it only when a job reads or writes CSV. */
export function loadCsv(): Promise<CsvIo> {
  return import('../io/csv/index.js');
}

/** Loads the DHIS2 importer and exporter. */
export function loadDhis2(): Promise<Dhis2Io> {
  return import('../io/dhis2/index.js');
}

/** Loads the IATI exporter: call it only when a job writes IATI. */
export function loadIati(): Promise<IatiIo> {
  return import('../io/iati/index.js');
}
