import type { ResultRollup } from '../rollup/types.js';
import type { SummaryContext } from './context.js';
import { bounded, finite } from './numbers.js';
import type { ResultSummary } from './schema.js';
import type { SummaryStatusCounts } from './schemaParts.js';
import type { StatusCounts } from '../rollup/types.js';

/** Copies status counts in status order. */
export function summarizeCounts(counts: StatusCounts): SummaryStatusCounts {
  return {
    achieved: counts.achieved,
    'on-track': counts['on-track'],
    'at-risk': counts['at-risk'],
    'off-track': counts['off-track'],
    'not-started': counts['not-started'],
    'no-data': counts['no-data'],
    'not-scored': counts['not-scored'],
  };
}

/**
 * Whether a roll-up score rests on a single indicator whose score is withheld: it would then equal
 * that score and give it back. With two or more scored indicators the roll-up is kept (see the
 * methodology: no complementary suppression).
 */
export function restsOnWithheld(scored: ReadonlySet<string>, hiddenScores: ReadonlySet<string>): boolean {
  if (scored.size !== 1) return false;
  const [only] = scored;
  return only !== undefined && hiddenScores.has(only);
}

/**
 * The results tree as a flat list, depth-first: each top-level result followed by its descendants,
 * siblings in strategy order. A result whose parent is unknown counts as top-level; one caught in a
 * cycle (which validation rejects) is still listed, at the end, so nothing is dropped.
 */
export function summarizeResults(results: readonly ResultRollup[], context: SummaryContext, hiddenScores: ReadonlySet<string>): ResultSummary[] {
  const nodes = results.filter((result): result is ResultRollup & { readonly id: string } => result.id !== null);
  const known = new Set(nodes.map((node) => node.id));
  const children = new Map<string | null, (ResultRollup & { readonly id: string })[]>();
  for (const node of nodes) {
    const parent = node.parent !== null && known.has(node.parent) ? node.parent : null;
    const list = children.get(parent) ?? [];
    list.push(node);
    children.set(parent, list);
  }
  const ordered: { node: ResultRollup & { readonly id: string }; depth: number }[] = [];
  const seen = new Set<string>();
  const visit = (parent: string | null, depth: number): void => {
    for (const node of children.get(parent) ?? []) {
      if (seen.has(node.id)) continue;
      seen.add(node.id);
      ordered.push({ node, depth });
      visit(node.id, depth + 1);
    }
  };
  visit(null, 0);
  for (const node of nodes) if (!seen.has(node.id)) ordered.push({ node, depth: 0 });

  const byId = new Map(nodes.map((node) => [node.id, node]));
  const scoredBelow = new Map<string, Set<string>>();
  const collect = (node: ResultRollup & { readonly id: string }, path: Set<string>): Set<string> => {
    const cached = scoredBelow.get(node.id);
    if (cached) return cached;
    const found = new Set<string>();
    for (const child of node.children) {
      if (child.kind === 'indicator') {
        if (child.score !== null) found.add(child.id);
      } else {
        const next = byId.get(child.id);
        if (next && !path.has(next.id)) for (const id of collect(next, new Set([...path, next.id]))) found.add(id);
      }
    }
    scoredBelow.set(node.id, found);
    return found;
  };

  return ordered.map(({ node, depth }) => ({
    id: node.id,
    parent: node.parent,
    level: node.level,
    levelTitle: context.levelTitle(node.level),
    depth,
    title: context.resultTitle(node.id),
    score: restsOnWithheld(collect(node, new Set([node.id])), hiddenScores) ? null : bounded(node.score, 0, 100),
    status: node.status,
    coverage: bounded(node.coverage, 0, 1) ?? 0,
    counts: summarizeCounts(node.counts),
    worst: node.worst === null ? null : {
      kind: node.worst.kind,
      id: node.worst.id,
      title: node.worst.kind === 'indicator' ? context.indicatorTitle(node.worst.id) : context.resultTitle(node.worst.id),
      score: node.worst.kind === 'indicator' && hiddenScores.has(node.worst.id) ? null : finite(node.worst.score),
    },
    indicators: node.children.filter((child) => child.kind === 'indicator').map((child) => child.id),
  }));
}
