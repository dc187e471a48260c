/**
 * Sorts the first `count` numbers of a typed array in place, ascending. Most prefixes sorted while
 * scoring hold a handful of items (the sources of one period, the values of one sample), where an
 * insertion sort beats the typed array's own sort and its call; above `limit`, the latter.
 *
 * @param values - The array; only `values[0, count)` is sorted.
 * @param count - How many items to sort.
 * @param limit - Largest count sorted by insertion (default 16).
 */
export function sortPrefix(values: Int32Array | Float64Array, count: number, limit = 16): void {
  if (count > limit) {
    values.subarray(0, count).sort();
    return;
  }
  for (let a = 1; a < count; a++) {
    const value = values[a] as number;
    let b = a - 1;
    while (b >= 0 && (values[b] as number) > value) {
      values[b + 1] = values[b] as number;
      b--;
    }
    values[b + 1] = value;
  }
}
