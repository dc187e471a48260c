/**
 * One value of a DHIS2 `dataValueSets` payload. DHIS2 sends every value as a string.
 *
 * @example
 * ```ts
 * const value: Dhis2DataValue = { dataElement: 'fbfJHSPpUQD', period: '2024Q1', orgUnit: 'DiszpKrYNg8', value: '12' };
 * value.period; // '2024Q1'
 * ```
 *
 * @category Import and export
 */
export interface Dhis2DataValue {
  /** The data element uid. */
  readonly dataElement: string;
  /** The DHIS2 period id (`2024`, `2024Q1`, `202401` …), passed through unchanged. */
  readonly period: string;
  /** The organisation unit uid. */
  readonly orgUnit: string;
  /** The category option combo uid (the disaggregation); the default combo means the total. */
  readonly categoryOptionCombo?: string;
  /** The attribute option combo uid (e.g. a funding mechanism). */
  readonly attributeOptionCombo?: string;
  /** The value, as text. */
  readonly value?: string;
  /** Who stored the value in DHIS2. */
  readonly storedBy?: string;
  /** When the value was first stored (ISO date-time). */
  readonly created?: string;
  /** When the value was last changed (ISO date-time). */
  readonly lastUpdated?: string;
  /** A comment on the value. */
  readonly comment?: string;
  /** Whether the value is marked for follow-up. */
  readonly followup?: boolean;
}

/**
 * A DHIS2 `dataValueSets` payload: values, with optional defaults for all of them.
 *
 * @example
 * ```ts
 * const set: Dhis2DataValueSet = { period: '2024', dataValues: [] };
 * set.dataValues.length; // 0
 * ```
 *
 * @category Import and export
 */
export interface Dhis2DataValueSet {
  /** The data set uid, if the values belong to one. */
  readonly dataSet?: string;
  /** The period of every value that gives none. */
  readonly period?: string;
  /** The organisation unit of every value that gives none. */
  readonly orgUnit?: string;
  /** The attribute option combo of every value that gives none. */
  readonly attributeOptionCombo?: string;
  /** The values. */
  readonly dataValues: readonly Dhis2DataValue[];
}
