/**
 * A min-heap of ids, ordered by UTF-16 code units (never by locale, so the order is the same on
 * every machine). It lets a topological sort always take the smallest ready id in O(log n).
 */
export class IdHeap {
  private readonly items: string[] = [];

  get size(): number {
    return this.items.length;
  }

  push(id: string): void {
    const items = this.items;
    let index = items.push(id) - 1;
    while (index > 0) {
      const parent = (index - 1) >> 1;
      if ((items[parent] as string) <= id) break;
      items[index] = items[parent] as string;
      index = parent;
    }
    items[index] = id;
  }

  /** Removes and returns the smallest id; `undefined` when empty. */
  pop(): string | undefined {
    const items = this.items;
    const smallest = items[0];
    const last = items.pop();
    if (items.length === 0 || last === undefined) return smallest;
    let index = 0;
    for (;;) {
      const left = 2 * index + 1;
      if (left >= items.length) break;
      const right = left + 1;
      const child = right < items.length && (items[right] as string) < (items[left] as string) ? right : left;
      if (last <= (items[child] as string)) break;
      items[index] = items[child] as string;
      index = child;
    }
    items[index] = last;
    return smallest;
  }
}
