import type * as z from 'zod';
import { withoutNegativeZero } from '../model/index.js';
import { isIsoDate } from '../periods/index.js';
import type { PathSegment, Problem } from '../problems/index.js';
import { checkEnum, checkNumber, invalidFormat, isObjectInput, refinementFailed, unknownKeys, wrongType } from '../score/optionChecks.js';
import type { Checked } from '../score/optionChecks.js';
import type { EvaluateOptionsSchema } from './evaluateOptions.js';

// Why by hand: `EvaluateOptionsSchema.safeParse` was the one reason the evaluate + summarize +
// toHtml bundle carried zod (docs/performance.md, bundle budgets). EvaluateOptionsSchema stays
// the specification and the oracle: test/rollup/checkEvaluateOptions.prop.test.ts asserts that this
// gives exactly what its safeParse and problemsFromZod give (see ../score/optionChecks.ts).

/**
 * Options of {@link evaluate} once checked: defaults filled in.
 */
export type EvaluateSettings = z.output<typeof EvaluateOptionsSchema>;

const KEYS = ['asOf', 'method', 'includeDrafts', 'graceDays', 'breakdowns', 'aggregation', 'bands', 'reportingPeriod', 'outliers'];
const BAND_KEYS = ['onTrack', 'atRisk'];
const OUTLIER_KEYS = ['zThreshold', 'modifiedZThreshold', 'minSample'];
const AGGREGATIONS = ['mean', 'worst'];
const REPORTING_PERIODS = ['Yearly', 'SixMonthly', 'Quarterly', 'Monthly'];
const DATE_FORMAT = 'Write the date as YYYY-MM-DD, e.g. 2025-03-27';

/**
 * Checks the options of {@link evaluate} as `EvaluateOptionsSchema.safeParse` would, without zod.
 *
 * @param input - The options as given.
 * @param prefix - A path to put in front of every problem's path (`['options']`).
 * @returns The options with defaults filled in (keys in schema order), or every problem found —
 *   the problems `problemsFromZod` makes of the schema's issues.
 */
export function checkEvaluateOptions(input: unknown, prefix: readonly PathSegment[]): Checked<EvaluateSettings> {
  const problems: Problem[] = [];
  if (!isObjectInput(input)) {
    wrongType(problems, prefix, 'object', input);
    return { ok: false, problems };
  }
  const at = (key: string): PathSegment[] => [...prefix, key];
  const out: Record<string, unknown> = {};

  const asOf = input.asOf;
  checkIsoDate(problems, at('asOf'), asOf);
  if ('asOf' in input) out.asOf = asOf;
  if ('method' in input) out.method = input.method;

  const includeDrafts = input.includeDrafts;
  if (includeDrafts !== undefined && typeof includeDrafts !== 'boolean') wrongType(problems, at('includeDrafts'), 'boolean', includeDrafts);
  out.includeDrafts = includeDrafts === undefined ? false : includeDrafts;

  const graceDays = input.graceDays;
  out.graceDays = graceDays === undefined ? 30 : checkNumber(problems, at('graceDays'), graceDays, { int: true, min: 0, max: 3660 }) ? withoutNegativeZero(graceDays) : graceDays;

  const breakdowns = input.breakdowns;
  out.breakdowns = breakdowns === undefined ? [] : checkStrings(problems, at('breakdowns'), breakdowns);

  const aggregation = input.aggregation;
  if (aggregation !== undefined) checkEnum(problems, at('aggregation'), aggregation, AGGREGATIONS);
  out.aggregation = aggregation === undefined ? 'mean' : aggregation;

  if ('bands' in input) {
    const bands = input.bands;
    out.bands = bands === undefined ? undefined : checkBands(problems, at('bands'), bands);
  }

  const reportingPeriod = input.reportingPeriod;
  if (reportingPeriod !== undefined) checkEnum(problems, at('reportingPeriod'), reportingPeriod, REPORTING_PERIODS);
  out.reportingPeriod = reportingPeriod === undefined ? 'Yearly' : reportingPeriod;

  const outliers = input.outliers;
  out.outliers = outliers === undefined ? { zThreshold: 3, modifiedZThreshold: 3, minSample: 5 } : checkOutliers(problems, at('outliers'), outliers);

  unknownKeys(problems, prefix, input, KEYS);
  return problems.length > 0 ? { ok: false, problems } : { ok: true, value: out as EvaluateSettings };
}

// IsoDateSchema: a string, then the pattern (which stops the checks), then the calendar.
function checkIsoDate(problems: Problem[], path: readonly PathSegment[], value: unknown): void {
  if (typeof value !== 'string') wrongType(problems, path, 'string', value);
  else if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) invalidFormat(problems, path, DATE_FORMAT, value);
  else if (!isIsoDate(value)) refinementFailed(problems, path, `${DATE_FORMAT}, and make sure the day exists`);
}

function checkStrings(problems: Problem[], path: readonly PathSegment[], value: unknown): unknown {
  if (!Array.isArray(value)) {
    wrongType(problems, path, 'array', value);
    return value;
  }
  const items: unknown[] = new Array<unknown>(value.length);
  for (let index = 0; index < value.length; index++) {
    const item: unknown = value[index];
    if (typeof item !== 'string') wrongType(problems, [...path, index], 'string', item);
    items[index] = item;
  }
  return items;
}

function checkBands(problems: Problem[], path: readonly PathSegment[], value: unknown): unknown {
  if (!isObjectInput(value)) {
    wrongType(problems, path, 'object', value);
    return value;
  }
  const onTrack = value.onTrack;
  const atRisk = value.atRisk;
  const numbers = checkNumber(problems, [...path, 'onTrack'], onTrack, { min: 0, max: 100 });
  const bothNumbers = checkNumber(problems, [...path, 'atRisk'], atRisk, { min: 0, max: 100 }) && numbers;
  unknownKeys(problems, path, value, BAND_KEYS);
  // zod runs the object's refinement unless a field failed its type (range problems do not stop it).
  if (bothNumbers && !(atRisk <= onTrack)) refinementFailed(problems, path, 'atRisk must not be above onTrack');
  const out: Record<string, unknown> = {};
  if ('onTrack' in value) out.onTrack = onTrack;
  if ('atRisk' in value) out.atRisk = atRisk;
  return out;
}

function checkOutliers(problems: Problem[], path: readonly PathSegment[], value: unknown): unknown {
  if (!isObjectInput(value)) {
    wrongType(problems, path, 'object', value);
    return value;
  }
  const zThreshold = value.zThreshold;
  const modifiedZThreshold = value.modifiedZThreshold;
  const minSample = value.minSample;
  if (zThreshold !== undefined) checkNumber(problems, [...path, 'zThreshold'], zThreshold, { positive: true });
  if (modifiedZThreshold !== undefined) checkNumber(problems, [...path, 'modifiedZThreshold'], modifiedZThreshold, { positive: true });
  if (minSample !== undefined) checkNumber(problems, [...path, 'minSample'], minSample, { int: true, min: 3 });
  unknownKeys(problems, path, value, OUTLIER_KEYS);
  return {
    zThreshold: zThreshold === undefined ? 3 : zThreshold,
    modifiedZThreshold: modifiedZThreshold === undefined ? 3 : modifiedZThreshold,
    minSample: minSample === undefined ? 5 : minSample,
  };
}
