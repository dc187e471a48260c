/** Listing stops here: the number of distinct cycles can grow exponentially with the graph. */
export const MAX_CYCLES = 100;

/**
 * Lists the elementary cycles of a reference graph (Johnson's algorithm), each starting at its
 * smallest id and closed by repeating it: `['A', 'B', 'A']`. Starts are taken in id order and
 * successors in id order, so the list is the same for the same graph. Iterative throughout: a long
 * chain of formulas must not overflow the call stack.
 *
 * @param edges - Id → the ids it refers to, restricted to ids that are themselves in `edges`,
 *   each list sorted and without duplicates.
 * @returns At most {@link MAX_CYCLES} cycles.
 */
export function findCycles(edges: ReadonlyMap<string, readonly string[]>): string[][] {
  const cycles: string[][] = [];
  const ids = [...edges.keys()].sort();
  for (const start of ids) {
    if (cycles.length >= MAX_CYCLES) break;
    const component = componentOf(start, edges);
    if (component !== undefined) circuitsFrom(start, edges, component, cycles);
  }
  return cycles;
}

/** The ids ≥ `start` that lie on a cycle through `start` using only ids ≥ `start`. */
function componentOf(start: string, edges: ReadonlyMap<string, readonly string[]>): ReadonlySet<string> | undefined {
  const forward = reach(start, (id) => edges.get(id) ?? [], start);
  const reverse = new Map<string, string[]>();
  for (const [from, targets] of edges) {
    if (from < start) continue;
    for (const to of targets) if (to >= start) (reverse.get(to) ?? reverse.set(to, []).get(to) as string[]).push(from);
  }
  const backward = reach(start, (id) => reverse.get(id) ?? [], start);
  const component = new Set([...forward].filter((id) => backward.has(id)));
  const selfLoop = edges.get(start)?.includes(start) === true;
  return component.size > 1 || selfLoop ? component : undefined;
}

function reach(start: string, next: (id: string) => readonly string[], floor: string): Set<string> {
  const seen = new Set([start]);
  const stack = [start];
  for (let id = stack.pop(); id !== undefined; id = stack.pop()) {
    for (const to of next(id)) {
      if (to >= floor && !seen.has(to)) {
        seen.add(to);
        stack.push(to);
      }
    }
  }
  return seen;
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
