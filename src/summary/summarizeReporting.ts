import type { ReportingCompliance } from '../rollup/types.js';
import type { SummaryContext } from './context.js';
import { bounded } from './numbers.js';
import type { ReportingSummary } from './schema.js';

/** Reporting compliance rows, in the evaluation's order, with the actor's name resolved. */
export function summarizeReporting(rows: readonly ReportingCompliance[], context: SummaryContext): ReportingSummary[] {
  return rows.map((row) => ({
    actor: row.actor,
    actorName: context.actorName(row.actor),
    period: row.period,
    expected: row.expected,
    received: row.received,
    onTime: row.onTime,
    completeness: bounded(row.completeness, 0, Number.MAX_VALUE),
    timeliness: bounded(row.timeliness, 0, Number.MAX_VALUE),
    missing: row.missing.map((entry) => ({ indicator: entry.indicator, period: entry.period })),
  }));
}
