/**
 * Rounds a roll-up figure to 1e-9 and turns −0 into 0, so that weighted means carry no float noise
 * into byte-compared outputs.
 *
 * @param value - A finite number.
 * @returns The cleaned number.
 *
 * @internal
 */
export function cleanNumber(value: number): number {
  const scaled = value * 1e9;
  // Beyond about 1.8e299 the scaling overflows; such a number has no digits at 1e-9 to round.
  if (!Number.isFinite(scaled)) return value;
  const rounded = Math.round(scaled) / 1e9;
  return rounded === 0 ? 0 : rounded;
}
