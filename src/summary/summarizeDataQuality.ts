import { fillTemplate } from '../locale/labels/index.js';
import type { DataQualityFinding } from '../rollup/types.js';
import type { IndicatorResult } from '../score/types.js';
import type { SummaryContext } from './context.js';
import { compareIds, finite } from './numbers.js';
import type { DataQualitySummary } from './schema.js';
import { isSmallCell, mentionsSmallNumber } from './smallCell.js';

/** A finding's period and disaggregation as one phrase, e.g. `2024 (sex: female)`. */
export function whereOf(finding: DataQualityFinding, allPeriods: string): string {
  const cell = sortedEntries(finding.disaggregation).map(([dimension, code]) => `${dimension}: ${code}`).join(', ');
  const period = finding.period ?? allPeriods;
  return cell === '' ? period : `${period} (${cell})`;
}

function sortedEntries(record: Readonly<Record<string, string>>): [string, string][] {
  return Object.entries(record).sort(([a], [b]) => compareIds(a, b));
}

/**
 * Data-quality findings as published. For a sensitive indicator, a value that is a small cell is
 * withheld, and the message (which scoring writes with figures in it) is replaced by a neutral
 * sentence whenever the value is withheld or the message quotes a small number.
 */
export function summarizeDataQuality(findings: readonly DataQualityFinding[], indicators: ReadonlyMap<string, IndicatorResult>, context: SummaryContext): DataQualitySummary[] {
  return findings.map((finding) => {
    const indicator = indicators.get(finding.indicator);
    const sensitive = indicator?.sensitive ?? false;
    const hide = isSmallCell(finding.value, sensitive, context.threshold);
    const value = finite(finding.value);
    const title = context.indicatorTitle(finding.indicator);
    const neutral = sensitive && (hide || mentionsSmallNumber(finding.message, context.threshold));
    const english = context.english;
    return {
      kind: finding.kind,
      kindLabel: (Object.hasOwn(context.labels.dataQualityKinds, finding.kind) ? context.labels.dataQualityKinds[finding.kind] : undefined) ?? finding.kind,
      severity: finding.severity,
      indicator: finding.indicator,
      indicatorTitle: title,
      period: finding.period,
      disaggregation: Object.fromEntries(sortedEntries(finding.disaggregation)),
      value: hide ? null : value,
      display: hide ? context.smallCellDisplay : value === null ? null : context.display(value, indicator?.decimals ?? 0, finding.indicator),
      suppressed: hide,
      message: neutral
        ? fillTemplate(english.common['dataQualityMessage'] ?? '{kind:dqKind}: {indicator}.', { kind: finding.kind, title, indicator: finding.indicator, period: whereOf(finding, english.common['allPeriods'] ?? 'all periods') }, english)
        : finding.message,
    };
  });
}
