import { fillTemplate } from '../locale/labels/index.js';
import type { Evaluation } from '../rollup/types.js';
import type { SummaryContext } from './context.js';
import type { IndicatorSummary } from './indicatorSummarySchema.js';
import { compareIds, finite } from './numbers.js';
import type { ReportingSummary, ResultSummary } from './schema.js';
import type { FindingCode, FindingSeverity, SummaryFinding, SummaryParams } from './schemaParts.js';
import { whereOf } from './summarizeDataQuality.js';
import { isSmallCell } from './smallCell.js';

/** Timeliness below this is worth a finding (DHIS2 dashboards commonly flag below 80 %). */
export const TIMELINESS_FLOOR = 0.8;

const SEVERITY_ORDER: Readonly<Record<FindingSeverity, number>> = { high: 0, medium: 1, low: 2, info: 3 };

interface Candidate {
  readonly code: FindingCode;
  readonly params: SummaryParams;
  readonly ids: readonly string[];
  readonly severity: FindingSeverity;
  /** How far from where it should be, 0–1; larger first within a severity. */
  readonly gap: number;
  /** Breaks the last ties (e.g. the period of a reporting finding). */
  readonly tie: string;
}

/** What the findings are built from: the evaluation, and the parts of the summary already published. */
export interface FindingInputs {
  readonly evaluation: Evaluation;
  readonly results: readonly ResultSummary[];
  readonly indicators: readonly IndicatorSummary[];
  readonly reporting: readonly ReportingSummary[];
}

/**
 * The findings, from fixed templates, ranked by severity, then by the size of the gap (largest
 * first), then by the first id, code and period; at most `max`. Parameters hold what the summary
 * publishes (display strings of withheld figures are `<5`), never a withheld number.
 */
export function buildFindings(inputs: FindingInputs, context: SummaryContext, max: number): SummaryFinding[] {
  const candidates = [
    ...pillarFindings(inputs.results),
    ...reportingFindings(inputs.reporting),
    ...indicatorFindings(inputs),
    ...dataQualityFindings(inputs, context),
  ];
  candidates.sort((a, b) =>
    SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
    b.gap - a.gap ||
    compareIds(a.ids[0] ?? '', b.ids[0] ?? '') ||
    compareIds(a.code, b.code) ||
    compareIds(a.tie, b.tie));
  return candidates.slice(0, max).map((candidate) => ({
    code: candidate.code,
    params: candidate.params,
    ids: [...candidate.ids],
    severity: candidate.severity,
    text: fillTemplate(context.english.findings[candidate.code] ?? candidate.code, candidate.params, context.english),
  }));
}

function gapOfScore(score: number | null): number {
  return score === null ? 1 : Math.min(1, Math.max(0, (100 - score) / 100));
}

function pillarFindings(results: readonly ResultSummary[]): Candidate[] {
  return results
    .filter((result) => result.depth === 0 && (result.status === 'off-track' || result.status === 'at-risk'))
    .map((result) => ({
      code: result.status === 'off-track' ? 'PILLAR_OFF_TRACK' : 'PILLAR_AT_RISK',
      params: { id: result.id, title: result.title, level: result.level, levelTitle: result.levelTitle, score: result.score, coverage: result.coverage },
      ids: [result.id],
      severity: result.status === 'off-track' ? 'high' : 'medium',
      gap: gapOfScore(result.score),
      tie: '',
    }));
}

function reportingFindings(rows: readonly ReportingSummary[]): Candidate[] {
  const found: Candidate[] = [];
  for (const row of rows) {
    const base = { actor: row.actor, actorName: row.actorName, period: row.period, expected: row.expected };
    if (row.completeness !== null && row.completeness < 1) {
      found.push({
        code: 'REPORTS_MISSING',
        params: { ...base, received: row.received, missing: row.missing.length, completeness: row.completeness },
        ids: [row.actor],
        severity: row.completeness < 0.5 ? 'high' : 'medium',
        gap: 1 - row.completeness,
        tie: row.period,
      });
    }
    // Lateness only: reports never received are the finding above.
    const late = row.received - row.onTime;
    if (row.timeliness !== null && row.timeliness < TIMELINESS_FLOOR && late > 0) {
      found.push({
        code: 'REPORTS_LATE',
        params: { ...base, onTime: row.onTime, late, timeliness: row.timeliness },
        ids: [row.actor],
        severity: row.timeliness < 0.5 ? 'medium' : 'low',
        gap: Math.min(1, 1 - row.timeliness),
        tie: row.period,
      });
    }
  }
  return found;
}

function indicatorFindings(inputs: FindingInputs): Candidate[] {
  const published = new Map(inputs.indicators.map((indicator) => [indicator.id, indicator]));
  const found: Candidate[] = [];
  for (const result of inputs.evaluation.indicators) {
    const summary = published.get(result.indicator);
    if (summary === undefined) continue;
    const about = { indicator: summary.id, title: summary.title };
    const progress = finite(result.progress);
    if (progress !== null && progress < 0 && result.status !== 'not-scored') {
      // The sign is published by the finding itself; the size only when progress is published.
      found.push({ code: 'INDICATOR_WRONG_WAY', params: { ...about, progress: summary.progress }, ids: [summary.id], severity: 'medium', gap: summary.progress === null ? 0 : Math.min(1, -summary.progress), tie: '' });
    }
    if (result.status === 'no-data') {
      found.push({ code: 'INDICATOR_NO_DATA', params: { ...about, lead: summary.lead, leadName: summary.leadName }, ids: summary.lead === null ? [summary.id] : [summary.id, summary.lead], severity: 'medium', gap: 0.5, tie: '' });
    }
    if (result.status === 'achieved') {
      found.push({
        code: 'TARGET_ACHIEVED',
        params: { ...about, target: summary.target?.display ?? null, current: summary.current?.display ?? null, period: summary.current?.period ?? null },
        ids: [summary.id],
        severity: 'info',
        gap: 0,
        tie: '',
      });
    }
    const baseline = result.baseline?.value;
    const current = result.current?.value;
    if (result.interpretation === 'effort' && typeof baseline === 'number' && typeof current === 'number' && current > baseline) {
      found.push({ code: 'EFFORT_RISE', params: { ...about, baseline: summary.baseline?.display ?? null, current: summary.current?.display ?? null }, ids: [summary.id], severity: 'info', gap: 0, tie: '' });
    }
  }
  return found;
}

function dataQualityFindings(inputs: FindingInputs, context: SummaryContext): Candidate[] {
  const published = new Map(inputs.indicators.map((indicator) => [indicator.id, indicator]));
  const found: Candidate[] = [];
  const seen = new Set<string>();
  const allPeriods = context.english.common['allPeriods'] ?? 'all periods';
  for (const finding of inputs.evaluation.dataQuality) {
    if (finding.severity !== 'warning') continue;
    const outlier = finding.kind === 'outlier-z' || finding.kind === 'outlier-modified-z';
    if (!outlier && finding.kind !== 'total-mismatch') continue;
    const where = whereOf(finding, allPeriods);
    // Both outlier tests may flag the same cell: one finding per cell and kind of problem.
    const key = `${outlier ? 'outlier' : 'mismatch'}|${finding.indicator}|${where}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const indicator = published.get(finding.indicator);
    const about = { indicator: finding.indicator, title: indicator?.title ?? finding.indicator, period: finding.period, where };
    if (outlier) {
      const hide = isSmallCell(finding.value, indicator?.sensitive ?? false, context.threshold);
      const value = finite(finding.value);
      const z = Math.abs(Number(finding.details['zScore'] ?? finding.details['modifiedZScore'] ?? 0)) || 0;
      found.push({
        code: 'DATA_OUTLIER',
        params: { ...about, kind: finding.kind, value: hide ? context.smallCellDisplay : value === null ? null : context.display(value, indicator?.decimals ?? 0, finding.indicator) },
        ids: [finding.indicator],
        severity: 'low',
        gap: Math.min(1, z / 10),
        tie: where,
      });
    } else {
      found.push({ code: 'DATA_TOTAL_MISMATCH', params: { ...about, kind: finding.kind }, ids: [finding.indicator], severity: 'medium', gap: 0, tie: where });
    }
  }
  return found;
}
