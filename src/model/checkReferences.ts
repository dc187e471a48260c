import type { PathSegment, Problem } from '../problems/index.js';
import type { Strategy } from './strategy.js';

/**
 * Finds duplicate ids and references to ids that do not exist (results, levels, actors,
 * dimensions, indicators).
 *
 * @param strategy - A strategy whose shape is already valid.
 * @returns Problems with codes `DUPLICATE_ID` and `UNKNOWN_REFERENCE`.
 *
 * @example
 * ```ts
 * const base = { id: 's', title: 'S', period: { start: 2024, end: 2028 }, baselineYear: 2023, levels: [{ id: 'pillar', title: 'Pillar' }] };
 * const strategy = StrategySchema.parse({ ...base, results: [{ id: 'A', title: 'A', level: 'pillar', parent: 'Z' }] });
 * checkReferences(strategy)[0]?.code; // 'UNKNOWN_REFERENCE'
 * ```
 *
 * @category Validation
 */
export function checkReferences(strategy: Strategy): Problem[] {
  const problems: Problem[] = [];
  const levels = uniqueIds(strategy.levels, ['levels'], 'level', problems);
  const actors = uniqueIds(strategy.actors, ['actors'], 'actor', problems);
  const dimensions = uniqueIds(strategy.dimensions, ['dimensions'], 'dimension', problems);
  const results = uniqueIds(strategy.results, ['results'], 'result', problems);
  const indicators = uniqueIds(strategy.indicators, ['indicators'], 'indicator', problems);
  strategy.dimensions.forEach((dimension, index) => {
    uniqueIds(dimension.codes.map((code) => ({ id: code.code })), ['dimensions', index, 'codes'], `code of dimension "${dimension.id}"`, problems, 'code');
  });

  const expect = (set: ReadonlySet<string>, id: string | undefined, path: PathSegment[], kind: string, list: string) => {
    if (id !== undefined && !set.has(id)) {
      problems.push({ path, code: 'UNKNOWN_REFERENCE', severity: 'error', message: `No ${kind} has the id "${id}"; use the id of one listed in \`${list}\`, or add it there.` });
    }
  };

  expect(actors, strategy.owner, ['owner'], 'actor', 'actors');
  strategy.actors.forEach((actor, index) => expect(actors, actor.parent, ['actors', index, 'parent'], 'actor', 'actors'));
  strategy.results.forEach((result, index) => {
    expect(levels, result.level, ['results', index, 'level'], 'level', 'levels');
    expect(results, result.parent, ['results', index, 'parent'], 'result', 'results');
    expect(actors, result.lead, ['results', index, 'lead'], 'actor', 'actors');
  });
  strategy.indicators.forEach((indicator, index) => {
    const at = (...rest: PathSegment[]): PathSegment[] => ['indicators', index, ...rest];
    expect(results, indicator.result, at('result'), 'result', 'results');
    expect(actors, indicator.lead, at('lead'), 'actor', 'actors');
    expect(actors, indicator.reporter, at('reporter'), 'actor', 'actors');
    indicator.supporting.forEach((actor, position) => expect(actors, actor, at('supporting', position), 'actor', 'actors'));
    indicator.disaggregations.forEach((dimension, position) => expect(dimensions, dimension, at('disaggregations', position), 'dimension', 'dimensions'));
    for (const actor of Object.keys(indicator.shares ?? {})) {
      if (actor !== indicator.lead && !indicator.supporting.includes(actor)) {
        problems.push({ path: at('shares', actor), code: 'UNKNOWN_REFERENCE', severity: 'error', message: `"${actor}" is neither the lead nor a supporting actor of this indicator; shares are given only to them.` });
      }
    }
    if (indicator.ratio) {
      expect(indicators, indicator.ratio.numerator, at('ratio', 'numerator'), 'indicator', 'indicators');
      expect(indicators, indicator.ratio.denominator, at('ratio', 'denominator'), 'indicator', 'indicators');
    }
  });
  return problems;
}

function uniqueIds(
  items: readonly { readonly id: string }[],
  path: readonly PathSegment[],
  kind: string,
  problems: Problem[],
  field = 'id',
): Set<string> {
  const seen = new Map<string, number>();
  items.forEach((item, index) => {
    const first = seen.get(item.id);
    if (first === undefined) seen.set(item.id, index);
    else {
      problems.push({
        path: [...path, index, field],
        code: 'DUPLICATE_ID',
        severity: 'error',
        message: `The ${kind} id "${item.id}" is already used at ${path.join('.')}[${first}]; give each ${kind} its own id.`,
      });
    }
  });
  return new Set(seen.keys());
}
