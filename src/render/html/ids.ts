import { idSlug } from '../escape/html.js';

/** The kinds of things that get an anchor, each with its own prefix after `lf-`. */
export type AnchorKind = 'res' | 'ind' | 'act' | 'sec';

/**
 * Gives each user id an HTML id of the form `lf-<kind>-<slug>`, restricted to `[a-z0-9-]` (so that
 * no name can clobber a DOM property or a host page's own ids), unique within the render: ids that
 * map to the same slug get `-2`, `-3` … in the order they are first asked for. The renderer asks
 * for every id in summary order before writing anything, so the numbering is deterministic.
 */
export class Anchors {
  private readonly byKey = new Map<string, string>();
  private readonly taken = new Set<string>();
  private readonly prefix: string;

  /** @param prefix - Put before every id (`lf` by default). */
  constructor(prefix = 'lf') {
    this.prefix = prefix;
  }

  /** The id of a user id of a kind; the same answer every time it is asked. */
  id(kind: AnchorKind, userId: string): string {
    const key = `${kind}\u0000${userId}`;
    const known = this.byKey.get(key);
    if (known !== undefined) return known;
    const base = `${this.prefix}-${kind}-${idSlug(userId) || 'x'}`;
    let candidate = base;
    for (let n = 2; this.taken.has(candidate); n += 1) candidate = `${base}-${n}`;
    this.taken.add(candidate);
    this.byKey.set(key, candidate);
    return candidate;
  }
}
