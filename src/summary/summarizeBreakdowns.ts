import type { Breakdown } from '../rollup/types.js';
import type { SummaryContext } from './context.js';
import { bounded, cleanValue, finite } from './numbers.js';
import { resolveText } from './resolveText.js';
import type { BreakdownSummary } from './schema.js';
import { withheldFor } from './summarizeIndicator.js';
import { restsOnWithheld } from './summarizeResults.js';

/**
 * Scores per code of each dimension, with the same small-cell protection as the indicators; a
 * code's plan score that rests on one withheld indicator score alone is withheld too.
 */
export function summarizeBreakdowns(breakdowns: readonly Breakdown[], context: SummaryContext): BreakdownSummary[] {
  return breakdowns.map((breakdown) => {
    const rows = breakdown.indicators.map((result) => {
      const withheld = withheldFor(result, context.threshold);
      const current = result.current;
      return {
        row: {
          indicator: result.indicator,
          status: result.status,
          score: withheld.score ? null : bounded(result.score, 0, 100),
          value: current === null || withheld.current ? null : cleanValue(current.value),
          display: current === null ? null : withheld.current ? context.smallCellDisplay : context.display(current.value, result.decimals, result.indicator),
          // Only what this row publishes: its current value and its score.
          suppressed: withheld.current || (withheld.score && finite(result.score) !== null),
        },
        hidden: withheld.score,
        scored: result.score !== null,
      };
    });
    const hidden = new Set(rows.filter((entry) => entry.hidden).map((entry) => entry.row.indicator));
    const scored = new Set(rows.filter((entry) => entry.scored).map((entry) => entry.row.indicator));
    return {
      dimension: breakdown.dimension,
      code: breakdown.code,
      label: resolveText(breakdown.label, context.lang),
      score: restsOnWithheld(scored, hidden) ? null : bounded(breakdown.plan.score, 0, 100),
      status: breakdown.plan.status,
      coverage: bounded(breakdown.plan.coverage, 0, 1) ?? 0,
      indicators: rows.map((entry) => entry.row),
    };
  });
}
