// Lists of strings given as indices into a table (the sources or disaggregation keys of an index),
// made once per distinct content and then shared: most cells of a plan repeat a few source sets and,
// in real data, the same disaggregations period after period, so sharing saves an array per cell
// (fewer objects for the garbage collector to copy). The lists are read-only by contract
// (`readonly string[]` in PeriodCell and PeriodValues), which is what makes sharing safe.

/** The empty list, frozen: shared by everyone, changed by no one. */
const NONE: readonly string[] = Object.freeze([]);

/** The shared lists of one table, for one call (never kept between calls). */
export interface ListInterner {
  /** The table the indices point into. */
  readonly table: readonly string[];
  /** The list first made for each hash (a later list with the same hash but other content is not shared). */
  readonly byHash: Map<number, readonly string[]>;
  /** The empty list. */
  readonly empty: readonly string[];
}

/**
 * A new interner for lists of strings of `table`.
 *
 * @param table - The strings the indices point into.
 * @returns An interner with no lists yet.
 */
export function listInterner(table: readonly string[]): ListInterner {
  return { table, byHash: new Map(), empty: NONE };
}

/**
 * The list `table[ids[0]], …, table[ids[length − 1]]`, shared with an earlier equal list when there
 * is one (made new otherwise, at its exact length).
 *
 * @param interner - The interner of the table.
 * @param ids - Indices into the table, in the list's order.
 * @param length - How many of `ids` make the list.
 * @returns The list.
 */
export function internList(interner: ListInterner, ids: Int32Array, length: number): readonly string[] {
  if (length === 0) return interner.empty;
  const { table, byHash } = interner;
  let hash = length;
  for (let i = 0; i < length; i++) {
    hash = Math.imul(hash ^ (ids[i] as number), 0x9e3779b1);
    hash ^= hash >>> 15;
  }
  const known = byHash.get(hash);
  if (known !== undefined && sameList(known, table, ids, length)) return known;
  const list = newList(table, ids, length);
  if (known === undefined) byHash.set(hash, list);
  return list;
}

/**
 * Whether a list is `table[ids[0]], …, table[ids[length − 1]]`.
 *
 * @param list - The list.
 * @param table - The strings the indices point into.
 * @param ids - Indices into the table.
 * @param length - How many of `ids` to compare.
 * @returns Whether they are equal.
 */
export function sameList(list: readonly string[], table: readonly string[], ids: Int32Array, length: number): boolean {
  if (list.length !== length) return false;
  for (let i = 0; i < length; i++) if (list[i] !== table[ids[i] as number]) return false;
  return true;
}

/**
 * A new list `table[ids[0]], …, table[ids[length − 1]]`, at its exact length (a list grown by push
 * keeps spare room, and leaves garbage as it grows).
 *
 * @param table - The strings the indices point into.
 * @param ids - Indices into the table.
 * @param length - How many of `ids` make the list.
 * @returns The list.
 */
export function newList(table: readonly string[], ids: Int32Array, length: number): string[] {
  const list = new Array<string>(length);
  for (let i = 0; i < length; i++) list[i] = table[ids[i] as number] as string;
  return list;
}
