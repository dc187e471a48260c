import type { Strategy } from '../model/index.js';
import type { IndicatorResult, Status } from '../score/types.js';
import { cleanNumber } from './cleanNumber.js';
import { resultsByPosition } from './resultsByPosition.js';
import { countStatuses } from './statusCounts.js';
import type { ActorScorecard } from './types.js';

const MOST_BEHIND = 5;
const BEHIND: ReadonlySet<Status> = new Set(['at-risk', 'off-track']);
const ASSESSED: ReadonlySet<Status> = new Set(['achieved', 'on-track', 'at-risk', 'off-track']);

/**
 * One scorecard per actor: the indicators it leads and supports, its share-weighted score, status
 * counts, share on track, the indicators most behind, and its rank.
 *
 * An indicator counts for an actor with the actor's share from the indicator's `shares`; without
 * shares the lead counts fully and supporters are listed but not scored. Scorecards are direct:
 * a ministry's card does not include what its sub-units lead. Ranks use standard competition
 * ranking (1, 2, 2, 4): equal scores share a rank.
 *
 * @param strategy - The strategy.
 * @param indicators - The indicator results.
 * @returns One scorecard per actor of the strategy, in strategy order.
 *
 * @example
 * ```ts
 * const strategy = parseStrategy({
 *   id: 's', title: 'S', period: { start: 2024, end: 2028 }, baselineYear: 2023,
 *   levels: [{ id: 'pillar', title: 'Pillar' }], results: [{ id: 'P', title: 'P', level: 'pillar' }],
 *   actors: [{ id: 'MOJ', name: 'Ministry of Justice' }],
 * });
 * scoreActors(strategy, [])[0]?.rank; // null
 * ```
 *
 * @category Roll-up
 */
export function scoreActors(strategy: Strategy, indicators: readonly IndicatorResult[]): ActorScorecard[] {
  const scoredAt = resultsByPosition(strategy, indicators);
  const tallies: Tally[] = strategy.actors.map((actor) => ({ actor: actor.id, leads: [], supports: [], weighted: 0, weights: 0, statuses: [], behind: [] }));
  const byActor = new Map<string, Tally[]>();
  for (const tally of tallies) {
    const same = byActor.get(tally.actor);
    if (same) same.push(tally);
    else byActor.set(tally.actor, [tally]);
  }
  // One pass over the indicators, visiting only their own lead and supporters (not every actor for
  // every indicator); each actor still meets its indicators in strategy order.
  strategy.indicators.forEach((indicator, at) => {
    const result = scoredAt[at];
    if (indicator.lead !== undefined) for (const tally of byActor.get(indicator.lead) ?? []) count(tally, indicator, true, result);
    indicator.supporting.forEach((id, position) => {
      // An actor that leads, or is listed twice, counts once.
      if (id === indicator.lead || indicator.supporting.indexOf(id) < position) return;
      for (const tally of byActor.get(id) ?? []) count(tally, indicator, false, result);
    });
  });
  const cards = strategy.actors.map((actor, index) => {
    const { leads, supports, weighted, weights, statuses, behind } = tallies[index] as Tally;
    const assessed = statuses.filter((status) => ASSESSED.has(status));
    const good = assessed.filter((status) => status === 'achieved' || status === 'on-track').length;
    behind.sort((a, b) => a.score - b.score || (a.indicator < b.indicator ? -1 : 1));
    return {
      actor: actor.id,
      name: actor.name,
      leads,
      supports,
      score: weights > 0 ? cleanNumber(weighted / weights) : null,
      counts: countStatuses(statuses),
      shareOnTrack: assessed.length > 0 ? cleanNumber(good / assessed.length) : null,
      mostBehind: behind.slice(0, MOST_BEHIND),
      rank: null as number | null,
    };
  });
  const scores = cards.map((card) => card.score).filter((score): score is number => score !== null);
  for (const card of cards) {
    if (card.score !== null) {
      const score = card.score;
      card.rank = 1 + scores.filter((other) => other > score).length;
    }
  }
  return cards;
}

/** What one actor's scorecard adds up, indicator by indicator. */
interface Tally {
  readonly actor: string;
  readonly leads: string[];
  readonly supports: string[];
  weighted: number;
  weights: number;
  readonly statuses: Status[];
  readonly behind: { indicator: string; score: number; status: Status }[];
}

/** Counts an indicator for an actor that leads or supports it, with the actor's share. */
function count(tally: Tally, indicator: Strategy['indicators'][number], isLead: boolean, result: IndicatorResult | undefined): void {
  (isLead ? tally.leads : tally.supports).push(indicator.id);
  const share = indicator.shares?.[tally.actor] ?? (isLead ? 1 : 0);
  if (share <= 0 || !result) return;
  tally.statuses.push(result.status);
  if (result.score !== null) {
    const weight = share * (indicator.weight ?? 1);
    tally.weighted += weight * result.score;
    tally.weights += weight;
  }
  if (BEHIND.has(result.status) && result.score !== null) tally.behind.push({ indicator: indicator.id, score: result.score, status: result.status });
}
