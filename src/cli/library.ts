// The public API names the command uses. They come from the stage folders rather than from
// src/index.ts on purpose: src/index.ts also re-exports io/, and a single static import of it lets
// the bundler reach io/ from the entry point, which puts the CSV parser (papaparse) and the XML
// library (fast-xml-parser) into the chunk every command loads at start-up. io/ is reached only
// through loadIo(), so those libraries load only for jobs that read CSV or DHIS2, or write CSV,
// DHIS2 or IATI. Every name here is exported by src/index.ts as well: the command stays a shell
// over the public API.
export { formatPath, LogframeError } from '../problems/index.js';
export type { PathSegment, Problem } from '../problems/index.js';
export { isIsoDate, safeParsePeriod } from '../periods/index.js';
export { disaggregationKey, observationJsonSchema, parseObservations, safeParseStrategy, strategyJsonSchema } from '../model/index.js';
export type { Observation, ParsedObservations, RejectedItem, Strategy } from '../model/index.js';
export { isPresetId, PRESETS } from '../score/index.js';
export { evaluate } from '../rollup/index.js';
export { summarize, summaryJsonSchema } from '../summary/index.js';
export { toCsv, toHtml, toMarkdown, toText } from '../render/index.js';

/** The importers and exporters (CSV, DHIS2, IATI, reporting templates), loaded on first use. */
export type Io = typeof import('../io/index.js');

/** Loads io/ and with it papaparse and fast-xml-parser: call it only when a job needs them. */
export function loadIo(): Promise<Io> {
  return import('../io/index.js');
}
