/** A finite number, with −0 made 0; anything else (NaN, ±Infinity, null, undefined) becomes null. */
export function finite(value: number | null | undefined): number | null {
  if (value === null || value === undefined || !Number.isFinite(value)) return null;
  return value === 0 ? 0 : value;
}

/** {@link finite}, then held within [min, max] so that a value a hair outside its range cannot break the contract. */
export function bounded(value: number | null | undefined, min: number, max: number): number | null {
  const clean = finite(value);
  return clean === null ? null : Math.min(max, Math.max(min, clean));
}

/** A published value: numbers cleaned by {@link finite}, booleans and strings as they are. */
export function cleanValue(value: number | boolean | string | null | undefined): number | boolean | string | null {
  if (typeof value === 'number') return finite(value);
  return value ?? null;
}

/** Plain comparison of ids: locale-independent, so sorting is the same on every machine. */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
