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
const REQUIRED = (1 << 0) | (1 << 1) | (1 << 2);
const DISAGGREGATION = 1 << 3;
const STATUS = 1 << 6;
const EXTERNAL = 1 << 9;
const RESERVED = new Set(['__proto__', 'constructor', 'prototype']);
const MAX_TEXT = 20_000;
const MAX_DIMENSIONS = 30;
const STATUSES: Readonly<Record<string, true>> = Object.assign(Object.create(null) as Record<string, true>, { draft: true, submitted: true, approved: true });

interface DimensionEntry {
  /** Code → its index in the dimension's codes. */
  readonly codes: Readonly<Record<string, number>>;
  /** Place value of the dimension in the mixed-radix disaggregation code. */
  readonly stride: number;
  /** Bit of the dimension in the set of dimensions. */
  readonly bit: number;
}

interface IndicatorEntry {
  readonly index: number;
  readonly indicator: Indicator;
  /** The dimensions the indicator is disaggregated by, by id. */
  readonly codes: Readonly<Record<string, DimensionEntry>>;
}

interface PeriodEntry {
  readonly index: number;
  /** Valid and inside the plan: no problem and no warning. */
  readonly clean: boolean;
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
 * dictionary and checked once.
 */
export class ObservationFastPath {
  /** Whether the strategy allows the fast path at all (ids that cannot collide with object internals). */
  readonly enabled: boolean;
  private readonly indicators: Record<string, IndicatorEntry | null> = Object.create(null) as Record<string, IndicatorEntry | null>;
  private readonly actors: Record<string, number> = Object.create(null) as Record<string, number>;
  private readonly periods: Record<string, PeriodEntry> = Object.create(null) as Record<string, PeriodEntry>;
  private readonly dates: Record<string, boolean> = Object.create(null) as Record<string, boolean>;
  /** Distinct period ids seen so far (codes are 0 … periodCount − 1). */
  periodCount = 0;
  private readonly earliest: string;
  private readonly latest: string;

  constructor(strategy: Strategy) {
    this.earliest = `${Math.min(strategy.baselineYear, strategy.period.start)}-01-01`;
    this.latest = `${strategy.period.end}-12-31`;
    let enabled = strategy.dimensions.length <= MAX_DIMENSIONS;
    const strides: number[] = [];
    const seen = new Set<string>();
    let stride = 1;
    for (const dimension of strategy.dimensions) {
      if (RESERVED.has(dimension.id) || seen.has(dimension.id)) enabled = false;
      seen.add(dimension.id);
      strides.push(stride);
      stride *= dimension.codes.length + 1;
    }
    if (!Number.isSafeInteger(stride)) enabled = false;
    const codesOf = new Map(strategy.dimensions.map((dimension, index) => {
      const codes = Object.create(null) as Record<string, number>;
      dimension.codes.forEach((code, codeIndex) => {
        if (RESERVED.has(code.code) || code.code in codes) enabled = false;
        codes[code.code] = codeIndex;
      });
      return [dimension.id, { codes, stride: strides[index] as number, bit: 1 << index }] as const;
    }));
    strategy.indicators.forEach((indicator, index) => {
      const computed = indicator.formula !== undefined || indicator.ratio !== undefined;
      const codes = Object.create(null) as Record<string, DimensionEntry>;
      for (const dimension of indicator.disaggregations) {
        const known = codesOf.get(dimension);
        if (known !== undefined) codes[dimension] = known;
      }
      // Duplicate ids are refused by parseStrategy; should one get here, zod decides.
      if (indicator.id in this.indicators) enabled = false;
      this.indicators[indicator.id] = computed ? null : { index, indicator, codes };
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
    let present = 0;
    let last = -1;
    let ordered = true;
    // for…in also walks inherited enumerable keys; any key that is not a field defers to zod.
    for (const key in record) {
      const rank = rankOf(key);
      if (rank < 0 || record[key] === undefined) return undefined;
      if (rank < last) ordered = false;
      last = rank;
      present |= 1 << rank;
    }
    if ((present & REQUIRED) !== REQUIRED || (present & EXTERNAL) !== 0) return undefined;

    const indicatorId = record['indicator'];
    if (typeof indicatorId !== 'string') return undefined;
    const entry = this.indicators[indicatorId];
    if (entry === undefined || entry === null) return undefined;
    codes.indicator = entry.index;

    const periodId = record['period'];
    if (typeof periodId !== 'string') return undefined;
    const period = this.periods[periodId] ?? this.addPeriod(periodId);
    if (!period.clean) return undefined;
    codes.period = period.index;

    const value = record['value'];
    if (value !== null) {
      if (typeof value === 'number') {
        // zod turns −0 into 0; leave that (and non-finite numbers) to zod.
        if (!Number.isFinite(value) || (value === 0 && 1 / value < 0)) return undefined;
      } else if (typeof value === 'string') {
        if (value.length > MAX_TEXT) return undefined;
      } else if (typeof value !== 'boolean') return undefined;
      if (checkValue(entry.indicator, value) !== null) return undefined;
    }

    let disaggregation = 0;
    let dimensions = 0;
    if ((present & DISAGGREGATION) !== 0) {
      const given = record['disaggregation'];
      if (typeof given !== 'object' || given === null || Array.isArray(given) || Object.getPrototypeOf(given) !== Object.prototype) return undefined;
      const cells = given as Record<string, unknown>;
      for (const dimension in cells) {
        const known = entry.codes[dimension];
        const code = cells[dimension];
        if (known === undefined || typeof code !== 'string') return undefined;
        const codeIndex = known.codes[code];
        if (codeIndex === undefined) return undefined;
        disaggregation += (codeIndex + 1) * known.stride;
        dimensions |= known.bit;
      }
    }
    codes.disaggregation = disaggregation;
    codes.dimensions = dimensions;

    let reporter = 0;
    const reportedBy = record['reportedBy'];
    if (reportedBy !== undefined) {
      if (typeof reportedBy !== 'string') return undefined;
      const actor = this.actors[reportedBy];
      if (actor === undefined) return undefined;
      reporter = actor;
    }
    codes.reporter = reporter;

    const reportedOn = record['reportedOn'];
    if (reportedOn !== undefined) {
      if (typeof reportedOn !== 'string') return undefined;
      let valid = this.dates[reportedOn];
      if (valid === undefined) {
        valid = isIsoDate(reportedOn);
        this.dates[reportedOn] = valid;
      }
      if (!valid) return undefined;
    }
    const status = record['status'];
    if (status !== undefined && (typeof status !== 'string' || STATUSES[status] !== true)) return undefined;
    const source = record['source'];
    if (source !== undefined && (typeof source !== 'string' || source.length > MAX_TEXT)) return undefined;
    const note = record['note'];
    if (note !== undefined && (typeof note !== 'string' || note.length > MAX_TEXT)) return undefined;

    if (ordered && (present & (DISAGGREGATION | STATUS)) === (DISAGGREGATION | STATUS)) return record as Observation;
    // The same object zod builds: fields in schema order, defaults filled in, records copied.
    const copy: Record<string, unknown> = { indicator: indicatorId, period: periodId, value, disaggregation: { ...(record['disaggregation'] as Record<string, string> | undefined) } };
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
    const entry = this.indicators[observation.indicator];
    if (entry === undefined || entry === null) return false;
    codes.indicator = entry.index;
    const period = this.periods[observation.period] ?? this.addPeriod(observation.period);
    codes.period = period.index;
    let disaggregation = 0;
    let dimensions = 0;
    for (const [dimension, code] of Object.entries(observation.disaggregation)) {
      const known = entry.codes[dimension];
      const codeIndex = known?.codes[code];
      if (known === undefined || codeIndex === undefined) return false;
      disaggregation += (codeIndex + 1) * known.stride;
      dimensions |= known.bit;
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

  private addPeriod(id: string): PeriodEntry {
    const parsed = id.length <= 20 ? safeParsePeriod(id) : null;
    const clean = parsed !== null && parsed.ok && !(parsed.value.end < this.earliest || parsed.value.start > this.latest);
    const entry = { index: this.periodCount++, clean };
    this.periods[id] = entry;
    return entry;
  }
}
