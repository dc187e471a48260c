import type { ActorScorecard } from '../rollup/types.js';
import type { SummaryContext } from './context.js';
import { bounded, finite } from './numbers.js';
import type { ActorSummary } from './schema.js';
import { restsOnWithheld, summarizeCounts } from './summarizeResults.js';

/**
 * One scorecard per actor, in the evaluation's (strategy) order; withheld indicator scores stay
 * withheld, and so does an actor's score that rests on one of them alone.
 */
export function summarizeActors(actors: readonly ActorScorecard[], context: SummaryContext, hiddenScores: ReadonlySet<string>, scored: ReadonlySet<string>): ActorSummary[] {
  return actors.map((card) => {
    const rank = finite(card.rank);
    const counted = new Set([...card.leads, ...card.supports].filter((id) => scored.has(id)));
    return {
      id: card.actor,
      name: context.actorName(card.actor),
      shortName: context.actorShortName(card.actor),
      leads: [...card.leads],
      supports: [...card.supports],
      score: restsOnWithheld(counted, hiddenScores) ? null : bounded(card.score, 0, 100),
      counts: summarizeCounts(card.counts),
      shareOnTrack: bounded(card.shareOnTrack, 0, 1),
      mostBehind: card.mostBehind.map((entry) => ({
        indicator: entry.indicator,
        title: context.indicatorTitle(entry.indicator),
        score: hiddenScores.has(entry.indicator) ? null : finite(entry.score),
        status: entry.status,
      })),
      rank: rank !== null && Number.isInteger(rank) && rank >= 1 ? rank : null,
    };
  });
}
