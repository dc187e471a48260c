import { isIsoDate, safeParsePeriod } from '../periods/index.js';
import { checkValue } from './checkValue.js';
import type { Indicator } from './indicator.js';
import type { Observation } from './observation.js';
import type { Strategy } from './strategy.js';

// The fields of ObservationSchema in schema order: zod writes its output in this order.
const FIELDS = ['indicator', 'period', 'value', 'disaggregation', 'reportedBy', 'reportedOn', 'status', 'source', 'note', 'external'] as const;

/** The rank of a field in schema order, −1 for any other key (a switch: keys from JSON.parse are internalized, so each case is one pointer compare). */
function rankOf(key: string): number {
  switch (key) {
    case 'indicator': return 0;
    case 'period': return 1;
    case 'value': return 2;
    case 'disaggregation': return 3;
    case 'reportedBy': return 4;
    case 'reportedOn': return 5;
    case 'status': return 6;
    case 'source': return 7;
    case 'note': return 8;
    case 'external': return 9;
    default: return -1;
  }
}
// Bits of the fields in a set of fields (bit = rank in schema order).
const INDICATOR = 1 << 0;
const PERIOD = 1 << 1;
const VALUE = 1 << 2;
const DISAGGREGATION = 1 << 3;
const REPORTED_BY = 1 << 4;
const REPORTED_ON = 1 << 5;
const STATUS = 1 << 6;
const SOURCE = 1 << 7;
const NOTE = 1 << 8;
const REQUIRED = INDICATOR | PERIOD | VALUE;
const RESERVED = new Set(['__proto__', 'constructor', 'prototype']);
const MAX_TEXT = 20_000;
const MAX_DIMENSIONS = 30;
const IN_ORDER = 1;
const OUT_OF_ORDER = 0;
const DEFER = -1;

/**
 * Whether the keys of `record` (for…in: own and inherited enumerable ones) are exactly the
 * fields in `present` (those whose value is not `undefined`): {@link IN_ORDER} when they come in
 * schema order, {@link OUT_OF_ORDER} in another order, {@link DEFER} when any other key, or a
 * field whose value is `undefined`, is there.
 */
function keyOrder(record: Record<string, unknown>, present: number): number {
  // The common case first: keys in schema order, each matched against the field expected next
  // (keys from JSON.parse are internalized, so each comparison is a pointer compare).
  let rest = present;
  let matched = true;
  for (const key in record) {
    if (rest === 0 || key !== FIELDS[31 - Math.clz32(rest & -rest)]) {
      matched = false;
      break;
    }
    rest &= rest - 1;
  }
  if (matched && rest === 0) return IN_ORDER;
  let seen = 0;
  let last = -1;
  let ordered = true;
  for (const key in record) {
    const rank = rankOf(key);
    if (rank < 0 || record[key] === undefined) return DEFER;
    if (rank < last) ordered = false;
    last = rank;
    seen |= 1 << rank;
  }
  // A field read by name that for…in does not list (not enumerable) is left to zod as well.
  return seen !== present ? DEFER : ordered ? IN_ORDER : OUT_OF_ORDER;
}

/** How a value of an indicator is checked (see `ObservationFastPath.indicatorRules`). */
const BY_CHECK_VALUE = 0;
const NUMBER = 1;
const WHOLE_NUMBER = 2;

/** {@link checkValue}'s rules for the numeric measures as a range: kind, least and greatest value. */
function valueRule(indicator: Indicator): [number, number, number] {
  let min = -Infinity;
  let max = Infinity;
  switch (indicator.measure) {
    case 'count':
    case 'currency':
      min = 0;
      break;
    case 'percent':
      min = 0;
      max = 100;
      break;
    case 'ratio':
    case 'rate':
      break;
    default:
      return [BY_CHECK_VALUE, min, max];
  }
  // NaN limits make every comparison false: such values are left to the zod path.
  if (indicator.limits?.min !== undefined) min = Math.max(min, indicator.limits.min);
  if (indicator.limits?.max !== undefined) max = Math.min(max, indicator.limits.max);
  return [indicator.measure === 'count' ? WHOLE_NUMBER : NUMBER, min, max];
}

/**
 * The integer codes of one accepted observation that the cross-item checks compare: indicator,
 * period, disaggregation (a mixed-radix number over the strategy's dimensions, 0 for the total),
 * reporter (0 for none) and the set of dimensions present (a bit mask).
 */
export interface ObservationCodes {
  indicator: number;
  period: number;
  disaggregation: number;
  reporter: number;
  dimensions: number;
}

/**
 * The fast path of {@link parseObservations}: accepts an item only when it is certainly valid —
 * exactly the fields of the schema with the right types, a known, reported (not computed)
 * indicator, a valid period inside the plan, a value that fits the measure, known dimensions and
 * codes, a known reporter, a real date — and returns what zod would return for it. Anything else
 * (every invalid item, and valid ones with warnings or unusual shapes) is left to the zod path, so
 * zod stays the specification: the fast path can only ever accept a subset of what zod accepts,
 * and the property test `test/model/parseObservations.prop.test.ts` checks that both paths give
 * identical results.
 *
 * An accepted item whose fields are already in the schema's order with every default present is
 * returned as given (zod would return an equal copy): no second object per observation.
 *
 * Each distinct indicator id, period id, date string and actor id is looked up in a null-prototype
 * dictionary and checked once. What an item needs of its indicator sits in typed arrays indexed by
 * the indicator: with 10^4 indicators and shuffled items, an object (and its own dictionary of
 * dimensions) per indicator cost a cache miss each per item.
 */
export class ObservationFastPath {
  /** Whether the strategy allows the fast path at all (ids that cannot collide with object internals). */
  readonly enabled: boolean;
  /** Indicator id → its index, −1 for a computed indicator (never reported). */
  private readonly indicatorIndex: Record<string, number> = Object.create(null) as Record<string, number>;
  private readonly indicators: readonly Indicator[];
  /**
   * Per indicator i, at 4i … 4i + 3 (one cache line for all an item needs of its indicator): least
   * and greatest value of a number, how values are checked ({@link BY_CHECK_VALUE}, {@link NUMBER}
   * or {@link WHOLE_NUMBER}) and the set of dimensions it is disaggregated by (bit d for dimension d).
   */
  private readonly indicatorRules: Float64Array;
  /** Dimension id → its index in the strategy. */
  private readonly dimensionIndex: Record<string, number> = Object.create(null) as Record<string, number>;
  /** Per dimension: code → its index in the dimension's codes. */
  private readonly dimensionCodes: Readonly<Record<string, number>>[] = [];
  /** Per dimension: its place value in the mixed-radix disaggregation code. */
  private readonly strides: number[] = [];
  private readonly actors: Record<string, number> = Object.create(null) as Record<string, number>;
  /** Period id → 2 × its code, + 1 when it is valid and inside the plan (no problem, no warning). */
  private readonly periods: Record<string, number> = Object.create(null) as Record<string, number>;
  private readonly dates: Record<string, boolean> = Object.create(null) as Record<string, boolean>;
  /** Distinct period ids seen so far (codes are 0 … periodCount − 1). */
  periodCount = 0;
  private readonly earliest: string;
  private readonly latest: string;

  constructor(strategy: Strategy) {
    this.earliest = `${Math.min(strategy.baselineYear, strategy.period.start)}-01-01`;
    this.latest = `${strategy.period.end}-12-31`;
    let enabled = strategy.dimensions.length <= MAX_DIMENSIONS;
    let stride = 1;
    strategy.dimensions.forEach((dimension, index) => {
      if (RESERVED.has(dimension.id) || dimension.id in this.dimensionIndex) enabled = false;
      else this.dimensionIndex[dimension.id] = index;
      const codes = Object.create(null) as Record<string, number>;
      dimension.codes.forEach((code, codeIndex) => {
        if (RESERVED.has(code.code) || code.code in codes) enabled = false;
        codes[code.code] = codeIndex;
      });
      this.dimensionCodes.push(codes);
      this.strides.push(stride);
      stride *= dimension.codes.length + 1;
    });
    if (!Number.isSafeInteger(stride)) enabled = false;
    const count = strategy.indicators.length;
    this.indicators = strategy.indicators;
    this.indicatorRules = new Float64Array(4 * count);
    strategy.indicators.forEach((indicator, index) => {
      const [kind, min, max] = valueRule(indicator);
      let set = 0;
      for (const dimension of indicator.disaggregations) {
        const known = this.dimensionIndex[dimension];
        if (known !== undefined) set |= 1 << known;
      }
      this.indicatorRules[4 * index] = min;
      this.indicatorRules[4 * index + 1] = max;
      this.indicatorRules[4 * index + 2] = kind;
      this.indicatorRules[4 * index + 3] = set;
      // Duplicate ids are refused by parseStrategy; should one get here, zod decides.
      if (indicator.id in this.indicatorIndex) enabled = false;
      this.indicatorIndex[indicator.id] = indicator.formula !== undefined || indicator.ratio !== undefined ? -1 : index;
    });
    strategy.actors.forEach((actor, index) => {
      if (!(actor.id in this.actors)) this.actors[actor.id] = index + 1;
    });
    this.enabled = enabled;
  }

  /**
   * The observation for a certainly valid item (the item itself when it is in canonical form), with
   * its codes written to `codes`; `undefined` to leave the item to the zod path.
   */
  accept(item: unknown, codes: ObservationCodes): Observation | undefined {
    if (typeof item !== 'object' || item === null || Array.isArray(item) || Object.getPrototypeOf(item) !== Object.prototype) return undefined;
    const record = item as Record<string, unknown>;
    // Each field read once, by name: a handful of hidden classes at each site instead of a keyed
    // load per key.
    const indicatorId = record['indicator'];
    const periodId = record['period'];
    const value = record['value'];
    const given = record['disaggregation'];
    const reportedBy = record['reportedBy'];
    const reportedOn = record['reportedOn'];
    const status = record['status'];
    const source = record['source'];
    const note = record['note'];
    if (record['external'] !== undefined) return undefined;
    const present = (indicatorId === undefined ? 0 : INDICATOR) | (periodId === undefined ? 0 : PERIOD) | (value === undefined ? 0 : VALUE) | (given === undefined ? 0 : DISAGGREGATION)
      | (reportedBy === undefined ? 0 : REPORTED_BY) | (reportedOn === undefined ? 0 : REPORTED_ON) | (status === undefined ? 0 : STATUS) | (source === undefined ? 0 : SOURCE) | (note === undefined ? 0 : NOTE);
    if ((present & REQUIRED) !== REQUIRED) return undefined;
    const order = keyOrder(record, present);
    if (order === DEFER) return undefined;

    if (typeof indicatorId !== 'string') return undefined;
    const indicator = this.indicatorIndex[indicatorId];
    if (indicator === undefined || indicator < 0) return undefined;
    codes.indicator = indicator;

    if (typeof periodId !== 'string') return undefined;
    const period = this.periods[periodId] ?? this.addPeriod(periodId);
    if ((period & 1) === 0) return undefined;
    codes.period = period >> 1;

    const rules = this.indicatorRules;
    const at = 4 * indicator;
    if (value !== null) {
      const kind = rules[at + 2];
      if (typeof value === 'number') {
        // zod turns −0 into 0; leave that (and non-finite numbers) to zod.
        if (!Number.isFinite(value) || (value === 0 && 1 / value < 0)) return undefined;
        if (kind === BY_CHECK_VALUE) {
          if (checkValue(this.indicators[indicator] as Indicator, value) !== null) return undefined;
        } else if (!(value >= (rules[at] as number) && value <= (rules[at + 1] as number)) || (kind === WHOLE_NUMBER && !Number.isInteger(value))) return undefined;
      } else if (typeof value === 'string') {
        if (value.length > MAX_TEXT || checkValue(this.indicators[indicator] as Indicator, value) !== null) return undefined;
      } else if (typeof value !== 'boolean' || checkValue(this.indicators[indicator] as Indicator, value) !== null) return undefined;
    }

    let disaggregation = 0;
    let dimensions = 0;
    if (given !== undefined) {
      if (typeof given !== 'object' || given === null || Array.isArray(given) || Object.getPrototypeOf(given) !== Object.prototype) return undefined;
      const cells = given as Record<string, unknown>;
      const allowed = rules[at + 3] as number;
      for (const dimension in cells) {
        const known = this.dimensionIndex[dimension];
        const code = cells[dimension];
        if (known === undefined || (allowed & (1 << known)) === 0 || typeof code !== 'string') return undefined;
        const codeIndex = (this.dimensionCodes[known] as Readonly<Record<string, number>>)[code];
        if (codeIndex === undefined) return undefined;
        disaggregation += (codeIndex + 1) * (this.strides[known] as number);
        dimensions |= 1 << known;
      }
    }
    codes.disaggregation = disaggregation;
    codes.dimensions = dimensions;

    let reporter = 0;
    if (reportedBy !== undefined) {
      if (typeof reportedBy !== 'string') return undefined;
      const actor = this.actors[reportedBy];
      if (actor === undefined) return undefined;
      reporter = actor;
    }
    codes.reporter = reporter;

    if (reportedOn !== undefined) {
      if (typeof reportedOn !== 'string') return undefined;
      let valid = this.dates[reportedOn];
      if (valid === undefined) {
        valid = isIsoDate(reportedOn);
        this.dates[reportedOn] = valid;
      }
      if (!valid) return undefined;
    }
    if (status !== undefined && status !== 'approved' && status !== 'submitted' && status !== 'draft') return undefined;
    if (source !== undefined && (typeof source !== 'string' || source.length > MAX_TEXT)) return undefined;
    if (note !== undefined && (typeof note !== 'string' || note.length > MAX_TEXT)) return undefined;

    if (order === IN_ORDER && (present & (DISAGGREGATION | STATUS)) === (DISAGGREGATION | STATUS)) return record as Observation;
    // The same object zod builds: fields in schema order, defaults filled in, records copied. Absent
    // optional fields stay absent (zod leaves them out), so one fixed shape cannot be used; the
    // fields are always added in this order, which keeps one hidden class per set of fields.
    const copy: Record<string, unknown> = { indicator: indicatorId, period: periodId, value, disaggregation: { ...(given as Record<string, string> | undefined) } };
    if (reportedBy !== undefined) copy['reportedBy'] = reportedBy;
    if (reportedOn !== undefined) copy['reportedOn'] = reportedOn;
    copy['status'] = status ?? 'submitted';
    if (source !== undefined) copy['source'] = source;
    if (note !== undefined) copy['note'] = note;
    return copy as Observation;
  }

  /**
   * The codes of an observation the zod path accepted (its indicator, period, dimensions, codes and
   * reporter were all checked there); `false` when one cannot be coded, which turns the fast
   * cross-item checks off.
   */
  codesOf(observation: Observation, codes: ObservationCodes): boolean {
    const indicator = this.indicatorIndex[observation.indicator];
    if (indicator === undefined || indicator < 0) return false;
    codes.indicator = indicator;
    const period = this.periods[observation.period] ?? this.addPeriod(observation.period);
    codes.period = period >> 1;
    let disaggregation = 0;
    let dimensions = 0;
    const allowed = this.indicatorRules[4 * indicator + 3] as number;
    for (const [dimension, code] of Object.entries(observation.disaggregation)) {
      const known = this.dimensionIndex[dimension];
      if (known === undefined || (allowed & (1 << known)) === 0) return false;
      const codeIndex = (this.dimensionCodes[known] as Readonly<Record<string, number>>)[code];
      if (codeIndex === undefined) return false;
      disaggregation += (codeIndex + 1) * (this.strides[known] as number);
      dimensions |= 1 << known;
    }
    codes.disaggregation = disaggregation;
    codes.dimensions = dimensions;
    if (observation.reportedBy === undefined) codes.reporter = 0;
    else {
      const actor = this.actors[observation.reportedBy];
      if (actor === undefined) return false;
      codes.reporter = actor;
    }
    return true;
  }

  /** Codes a new period id: see `periods`. */
  private addPeriod(id: string): number {
    const parsed = id.length <= 20 ? safeParsePeriod(id) : null;
    const clean = parsed !== null && parsed.ok && !(parsed.value.end < this.earliest || parsed.value.start > this.latest);
    const entry = 2 * this.periodCount++ + (clean ? 1 : 0);
    this.periods[id] = entry;
    return entry;
  }
}
