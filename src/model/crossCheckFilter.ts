// Internal: parseObservations' filter in front of the cross-item checks (crossCheck in
// crossCheckObservations.ts). Those checks key maps by strings, too slow for 10^6 items, and almost
// every item is alone in its group; this filter finds the few that are not.
//
// Memory decides its speed at 10^6 items. Unless the items come sorted by key, a table touched once
// per item while the items are read is a cache miss per item (100–200 ns on a structure of a few MB
// on the benchmark machine: a hash table of all items cost more than the rest of parsing). So while
// the items are read it only writes 9 bytes per item, in order; the tables are built afterwards in
// tight loops, where the processor overlaps the misses of consecutive items.
import type { ObservationCodes } from './observationFastPath.js';

const MIXED = -1;

/**
 * Collects the accepted items the cross-item checks can concern, from their integer codes:
 *
 * - duplicates, conflicts and revisions need the same indicator, period, disaggregation and
 *   reporter. Each item's key is hashed to 32 bits; a Bloom filter (four bits of one 32-bit word,
 *   16 bits per item: a smaller one made more suspects, which cost more than it saved) finds the
 *   hashes seen twice, then an exact set of those hashes the items that share one. Equal keys have
 *   equal hashes and the filter has no false negatives, so every item of a group of two or more is
 *   a candidate; a hash shared by different keys makes a few candidates too many, which the exact
 *   checks then clear;
 * - mixed sets of dimensions: a table keyed by the hash of indicator × period holds the set of
 *   dimensions of its disaggregated items; the items of the cells where two sets meet are then coded
 *   again (`recode`) and compared exactly, so that a hash shared by two cells costs time, never a
 *   wrong result.
 *
 * The result is a superset of the items the exact checks would flag, and contains every item of
 * each group and mixed cell it touches, so running them on it alone gives their result on all items.
 */
export class CrossCheckFilter {
  private readonly itemCount: number;
  /** Per item: the hash of its key (never 0), 0 for an item that was not added. */
  private readonly keyHashes: Int32Array;
  /** Per item: the hash of its indicator × period (never 0). */
  private readonly cellHashes: Int32Array;
  /** Per item: its set of dimensions (bit d for dimension d), 0 for a total or an item not added. */
  private readonly dimensionSets: Uint8Array | Uint16Array | Int32Array;

  /**
   * @param itemCount - The number of input items (indices are 0 … itemCount − 1).
   * @param dimensionCount - The number of dimensions of the strategy (at most 30).
   */
  constructor(itemCount: number, dimensionCount: number) {
    this.itemCount = itemCount;
    this.keyHashes = new Int32Array(itemCount);
    this.cellHashes = new Int32Array(itemCount);
    // The narrowest array that holds every set: fewer fresh pages at 10^6 items.
    this.dimensionSets = dimensionCount <= 8 ? new Uint8Array(itemCount) : dimensionCount <= 16 ? new Uint16Array(itemCount) : new Int32Array(itemCount);
  }

  /** Adds an accepted item with its codes. */
  add(index: number, codes: ObservationCodes): void {
    let cell = Math.imul(codes.indicator + 1, 0x9e3779b1) ^ Math.imul(codes.period + 1, 0x85ebca77);
    cell = Math.imul(cell ^ (cell >>> 15), 0x2c1b3c6d);
    cell ^= cell >>> 12;
    this.cellHashes[index] = cell === 0 ? 1 : cell;
    // Mixed-radix disaggregation codes go up to 2^53: both halves are hashed.
    const cells = codes.disaggregation;
    let h = Math.imul(cell ^ (cells >>> 0), 0xc2b2ae35);
    h = Math.imul(h ^ (h >>> 13) ^ ((cells / 4294967296) | 0), 0x27d4eb2f);
    h = Math.imul(h ^ (h >>> 16) ^ codes.reporter, 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    h ^= h >>> 16;
    this.keyHashes[index] = h === 0 ? 1 : h;
    this.dimensionSets[index] = codes.dimensions;
  }

  /**
   * The candidates in increasing order, without repeats.
   *
   * @param recode - Writes the codes of an added item; called only on the disaggregated items of
   *   cells whose hash met two sets of dimensions.
   * @returns The candidates for the exact cross-item checks.
   */
  candidates(recode: (index: number, codes: ObservationCodes) => void): number[] {
    const found = this.sharedKeys();
    const mixed = this.mixedCells(recode);
    if (mixed.length === 0) return found;
    if (found.length === 0) return mixed;
    const sorted = Int32Array.from([...found, ...mixed]).sort();
    const unique: number[] = [];
    let previous = -1;
    for (const index of sorted) {
      if (index !== previous) unique.push(index);
      previous = index;
    }
    return unique;
  }

  /** The items whose key hash is shared with another item, in increasing order. */
  private sharedKeys(): number[] {
    const itemCount = this.itemCount;
    const hashes = this.keyHashes;
    const bloom = new Int32Array(Math.max(16, Math.ceil(itemCount / 2)));
    const words = bloom.length;
    const suspects: number[] = [];
    for (let index = 0; index < itemCount; index++) {
      const h = hashes[index] as number;
      if (h === 0) continue;
      // The word from the high bits (multiply-shift, any length), the four bits from the low ones.
      const at = Math.floor(((h >>> 0) * words) / 4294967296);
      const bits = (1 << (h & 31)) | (1 << ((h >>> 5) & 31)) | (1 << ((h >>> 10) & 31)) | (1 << ((h >>> 15) & 31));
      const word = bloom[at] as number;
      if ((word & bits) === bits) suspects.push(h);
      else bloom[at] = word | bits;
    }
    if (suspects.length === 0) return [];
    // An exact set of the suspects (open addressing, 0 is empty) with a count of items per hash,
    // behind a bitmap that fits in the L1 cache: most items are not suspects.
    let size = 16;
    while (size < 2 * suspects.length) size *= 2;
    const mask = size - 1;
    const keys = new Int32Array(size);
    const counts = new Int32Array(size);
    const near = new Int32Array(8192);
    for (const h of suspects) {
      let at = (Math.imul(h, 0x9e3779b1) >>> 0) & mask;
      while (keys[at] !== 0 && keys[at] !== h) at = (at + 1) & mask;
      keys[at] = h;
      near[(h >>> 5) & 8191] = (near[(h >>> 5) & 8191] as number) | (1 << (h & 31));
    }
    const hits: number[] = [];
    const slots: number[] = [];
    for (let index = 0; index < itemCount; index++) {
      const h = hashes[index] as number;
      if (h === 0 || ((near[(h >>> 5) & 8191] as number) & (1 << (h & 31))) === 0) continue;
      let at = (Math.imul(h, 0x9e3779b1) >>> 0) & mask;
      while (keys[at] !== 0 && keys[at] !== h) at = (at + 1) & mask;
      if (keys[at] !== h) continue;
      counts[at] = (counts[at] as number) + 1;
      hits.push(index);
      slots.push(at);
    }
    const shared: number[] = [];
    for (let hit = 0; hit < hits.length; hit++) if ((counts[slots[hit] as number] as number) > 1) shared.push(hits[hit] as number);
    return shared;
  }

  /** The disaggregated items of the cells that mix sets of dimensions, in increasing order. */
  private mixedCells(recode: (index: number, codes: ObservationCodes) => void): number[] {
    const itemCount = this.itemCount;
    const cellHashes = this.cellHashes;
    const sets = this.dimensionSets;
    // Cell hash → set of dimensions, or MIXED, side by side (one cache line per probe); grown by
    // doubling, since the number of cells is not known.
    let mask = 4095;
    let table = new Int32Array(2 * (mask + 1));
    let used = 0;
    let anyMixed = false;
    for (let index = 0; index < itemCount; index++) {
      const set = sets[index] as number;
      if (set === 0) continue;
      const cell = cellHashes[index] as number;
      let at = 2 * ((Math.imul(cell, 0x9e3779b1) >>> 0) & mask);
      for (;;) {
        const key = table[at] as number;
        if (key === 0) {
          table[at] = cell;
          table[at + 1] = set;
          used += 1;
          break;
        }
        if (key === cell) {
          const known = table[at + 1] as number;
          if (known !== set && known !== MIXED) {
            table[at + 1] = MIXED;
            anyMixed = true;
          }
          break;
        }
        at = (at + 2) & (2 * mask + 1);
      }
      if (2 * used > mask) {
        const grown = 2 * mask + 1;
        const next = new Int32Array(2 * (grown + 1));
        for (let slot = 0; slot < table.length; slot += 2) {
          const key = table[slot] as number;
          if (key === 0) continue;
          let to = 2 * ((Math.imul(key, 0x9e3779b1) >>> 0) & grown);
          while (next[to] !== 0) to = (to + 2) & (2 * grown + 1);
          next[to] = key;
          next[to + 1] = table[slot + 1] as number;
        }
        table = next;
        mask = grown;
      }
    }
    if (!anyMixed) return [];

    // Compare exactly: group the suspected items by indicator × period, from their codes.
    const byCell = new Map<string, { sets: Set<number>; items: number[] }>();
    const codes: ObservationCodes = { indicator: 0, period: 0, disaggregation: 0, reporter: 0, dimensions: 0 };
    for (let index = 0; index < itemCount; index++) {
      if (sets[index] === 0) continue;
      const cell = cellHashes[index] as number;
      let at = 2 * ((Math.imul(cell, 0x9e3779b1) >>> 0) & mask);
      while (table[at] !== cell) at = (at + 2) & (2 * mask + 1);
      if (table[at + 1] !== MIXED) continue;
      recode(index, codes);
      const key = `${String(codes.indicator)}:${String(codes.period)}`;
      const group = byCell.get(key) ?? { sets: new Set<number>(), items: [] };
      group.sets.add(codes.dimensions);
      group.items.push(index);
      byCell.set(key, group);
    }
    const mixed: number[] = [];
    for (const group of byCell.values()) if (group.sets.size > 1) for (const index of group.items) mixed.push(index);
    return mixed.sort((a, b) => a - b);
  }
}
