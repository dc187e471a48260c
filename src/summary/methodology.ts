import { fillTemplate } from '../locale/labels/index.js';
import { STATUSES } from '../score/types.js';
import type { Evaluation } from '../rollup/types.js';
import type { SummaryContext } from './context.js';
import { finite } from './numbers.js';
import type { MethodologyCode, SummaryMethodologyItem, SummaryParams } from './schemaParts.js';

/** The notes needed to read a summary: method, thresholds, scores, statuses, coverage, small cells, rounding. */
export function buildMethodology(evaluation: Evaluation, context: SummaryContext): SummaryMethodologyItem[] {
  const item = (code: MethodologyCode, params: SummaryParams): SummaryMethodologyItem => ({
    code,
    params,
    text: fillTemplate(context.english.methodology[code] ?? code, params, context.english),
  });
  return [
    item('METHOD_PRESET', { preset: evaluation.method.preset }),
    ...Object.entries(evaluation.method.thresholds).map(([name, value]) => item('THRESHOLD', { name, value: finite(value) })),
    item('SCORE', { aggregation: evaluation.options.aggregation }),
    ...STATUSES.map((status) => item('STATUS_MEANING', { status })),
    item('COVERAGE', {}),
    context.threshold > 0 ? item('SMALL_CELL', { threshold: context.threshold }) : item('SMALL_CELL_OFF', { threshold: 0 }),
    item('ROUNDING', {}),
  ];
}
