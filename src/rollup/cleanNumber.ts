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
  const rounded = Math.round(value * 1e9) / 1e9;
  return rounded === 0 ? 0 : rounded;
}
