// Apart from the schemas so that code needing only this helper does not pull them into a bundle.

/**
 * Reads −0 as 0. `JSON.parse('-0')` gives −0, which `JSON.stringify` writes as `0`, so a model
 * holding it would not survive a round trip; no output of this library holds −0. Number fields
 * that accept 0 pass their value through this (zod's `overwrite`, which keeps the JSON Schema).
 *
 * @param value - A number.
 * @returns The same number, with −0 replaced by 0.
 *
 * @example
 * ```ts
 * Object.is(ValueSchema.parse(-0), -0); // false
 * ```
 *
 * @category Model
 */
export function withoutNegativeZero(value: number): number {
  return value === 0 ? 0 : value;
}
