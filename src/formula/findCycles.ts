/** Listing stops here: the number of distinct cycles can grow exponentially with the graph. */
export const MAX_CYCLES = 100;

/**
 * Lists the elementary cycles of a reference graph with Johnson's algorithm, each starting at its
 * smallest id and closed by repeating it: `['A', 'B', 'A']`. Starts and successors are taken in id
 * order, so the list is the same for the same graph. Every round finds at least one cycle, so with
 * the cap the work stays linear in the size of the graph. Iterative throughout: a long chain of
 * formulas must not overflow the call stack.
 *
 * @param edges - Id → the ids it refers to, restricted to ids that are themselves in `edges`,
 *   each list sorted and without duplicates.
 * @returns At most {@link MAX_CYCLES} cycles.
 */
export function findCycles(edges: ReadonlyMap<string, readonly string[]>): string[][] {
  const cycles: string[][] = [];
  let floor: string | undefined;
  while (cycles.length < MAX_CYCLES) {
    const found = leastCyclicComponent(edges, floor);
    if (found === undefined) break;
    circuitsFrom(found.start, edges, found.component, cycles);
    floor = found.start;
  }
  return cycles;
}

/**
 * Among the strongly connected components of the graph on ids above `floor`, the one that holds a
 * cycle and has the smallest id; Tarjan's algorithm with an explicit stack.
 */
function leastCyclicComponent(
  edges: ReadonlyMap<string, readonly string[]>,
  floor: string | undefined,
): { start: string; component: ReadonlySet<string> } | undefined {
  const inGraph = (id: string): boolean => floor === undefined || id > floor;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  let best: { start: string; component: ReadonlySet<string> } | undefined;
  for (const root of edges.keys()) {
    if (!inGraph(root) || index.has(root)) continue;
    const frames: { id: string; next: number }[] = [{ id: root, next: 0 }];
    index.set(root, index.size);
    low.set(root, index.get(root) as number);
    stack.push(root);
    onStack.add(root);
    while (frames.length > 0) {
      const frame = frames[frames.length - 1] as { id: string; next: number };
      const successors = edges.get(frame.id) ?? [];
      const to = successors[frame.next];
      if (to !== undefined) {
        frame.next += 1;
        if (!inGraph(to)) continue;
        if (!index.has(to)) {
          index.set(to, index.size);
          low.set(to, index.get(to) as number);
          stack.push(to);
          onStack.add(to);
          frames.push({ id: to, next: 0 });
        } else if (onStack.has(to)) {
          low.set(frame.id, Math.min(low.get(frame.id) as number, index.get(to) as number));
        }
        continue;
      }
      frames.pop();
      const parent = frames[frames.length - 1];
      if (parent !== undefined) low.set(parent.id, Math.min(low.get(parent.id) as number, low.get(frame.id) as number));
      if (low.get(frame.id) !== index.get(frame.id)) continue;
      const component = new Set<string>();
      let member: string | undefined;
      do {
        member = stack.pop() as string;
        onStack.delete(member);
        component.add(member);
      } while (member !== frame.id);
      let start = frame.id;
      for (const id of component) if (id < start) start = id;
      const cyclic = component.size > 1 || (edges.get(start) ?? []).includes(start);
      if (cyclic && (best === undefined || start < best.start)) best = { start, component };
    }
  }
  return best;
}

interface Frame {
  readonly id: string;
  readonly successors: readonly string[];
  next: number;
  found: boolean;
}

/** Johnson's CIRCUIT procedure with an explicit stack; `blocked` keeps it linear per cycle found. */
function circuitsFrom(
  start: string,
  edges: ReadonlyMap<string, readonly string[]>,
  component: ReadonlySet<string>,
  cycles: string[][],
): void {
  const successorsOf = (id: string): readonly string[] => (edges.get(id) ?? []).filter((to) => component.has(to));
  const blocked = new Set<string>([start]);
  const blockedBy = new Map<string, Set<string>>();
  const path = [start];
  const frames: Frame[] = [{ id: start, successors: successorsOf(start), next: 0, found: false }];
  while (frames.length > 0 && cycles.length < MAX_CYCLES) {
    const frame = frames[frames.length - 1] as Frame;
    const to = frame.successors[frame.next];
    if (to !== undefined) {
      frame.next += 1;
      if (to === start) {
        cycles.push([...path, start]);
        frame.found = true;
      } else if (!blocked.has(to)) {
        blocked.add(to);
        path.push(to);
        frames.push({ id: to, successors: successorsOf(to), next: 0, found: false });
      }
      continue;
    }
    frames.pop();
    path.pop();
    if (frame.found) {
      unblock(frame.id, blocked, blockedBy);
    } else {
      for (const successor of frame.successors) {
        (blockedBy.get(successor) ?? blockedBy.set(successor, new Set()).get(successor) as Set<string>).add(frame.id);
      }
    }
    const parent = frames[frames.length - 1];
    if (parent !== undefined && frame.found) parent.found = true;
  }
}

function unblock(id: string, blocked: Set<string>, blockedBy: Map<string, Set<string>>): void {
  const stack = [id];
  for (let current = stack.pop(); current !== undefined; current = stack.pop()) {
    if (!blocked.delete(current)) continue;
    const waiting = blockedBy.get(current);
    if (waiting === undefined) continue;
    blockedBy.delete(current);
    stack.push(...waiting);
  }
}
