// Internal: one indicator as an IATI `indicator` element: baseline, periods with targets and
// actuals, and logframe's extension elements holding what IATI has no place for.
import type { Indicator, Observation, Target } from '../../model/index.js';
import { comparePeriods, parsePeriod, yearOfPeriod } from '../../periods/index.js';
import type { PathSegment } from '../../problems/index.js';
import { ascendingOf, IATI_MEASURE, periodOfRange } from './codes.js';
import { sourceLink, textElement, valueAttribute } from './narratives.js';
import type { XmlNode, XmlText } from './xml.js';

export interface IndicatorContext {
  readonly xml: XmlText;
  readonly prefix: string | undefined;
  readonly standardReferences: boolean;
}

/** An extension element holding JSON, or nothing when extensions are off or there is nothing to say. */
export function extension(context: IndicatorContext, name: string, data: Record<string, unknown> | undefined, path: readonly PathSegment[]): XmlNode[] {
  if (context.prefix === undefined || data === undefined) return [];
  return [context.xml.element(`${context.prefix}:${name}`, {}, [context.xml.text(JSON.stringify(data), path)], path)];
}

function defined(record: Record<string, unknown>): Record<string, unknown> | undefined {
  const entries = Object.entries(record).filter(([, value]) => value !== undefined);
  return entries.length === 0 ? undefined : Object.fromEntries(entries);
}

export function indicatorElement(context: IndicatorContext, indicator: Indicator, observations: readonly { observation: Observation; index: number }[], path: readonly PathSegment[]): XmlNode {
  const { xml } = context;
  const { title, definition, baseline, targets, references, ...rest } = indicator;
  const qualitative = indicator.measure === 'qualitative';
  const children: XmlNode[] = [
    ...textElement(xml, 'title', title, [...path, 'title']),
    ...textElement(xml, 'description', definition, [...path, 'definition']),
  ];
  if (context.standardReferences) {
    children.push(xml.element('reference', { vocabulary: '99', code: indicator.id }, [], path));
    for (const reference of references ?? []) children.push(xml.element('reference', { vocabulary: reference.vocabulary, code: reference.code, 'indicator-uri': reference.uri }, [], [...path, 'references']));
  }
  if (baseline) {
    const at = [...path, 'baseline'];
    children.push(xml.element('baseline', { year: String(yearOfPeriod(baseline.period)), 'iso-date': parsePeriod(baseline.period).end, value: valueAttribute(baseline.value, indicator.measure) }, [
      ...sourceLink(xml, baseline.source, at),
      ...textElement(xml, 'comment', qualitative ? String(baseline.value) : baseline.note, at),
      ...extension(context, 'baseline', defined({ period: baseline.period, source: baseline.source, note: baseline.note }), at),
    ], at));
  }

  const periods = new Set<string>([...Object.keys(targets), ...observations.map(({ observation }) => observation.period)]);
  for (const id of [...periods].sort(comparePeriods)) {
    const period = parsePeriod(id);
    const at = [...path, 'periods', id];
    const target = targets[id];
    const kids: XmlNode[] = [
      xml.element('period-start', { 'iso-date': period.start }, [], at),
      xml.element('period-end', { 'iso-date': period.end }, [], at),
    ];
    if (target !== undefined) kids.push(targetElement(context, target, indicator, [...path, 'targets', id]));
    for (const { observation, index } of observations) if (observation.period === id) kids.push(actualElement(context, observation, indicator, ['observations', index]));
    const exact = periodOfRange(period.start, period.end) === id;
    kids.push(...extension(context, 'period', exact ? undefined : { id }, at));
    children.push(xml.element('period', {}, kids, at));
  }
  children.push(...extension(context, 'indicator', { ...rest, ...(context.standardReferences || references === undefined ? {} : { references }) }, path));
  return xml.element('indicator', { measure: IATI_MEASURE[indicator.measure], ascending: ascendingOf(indicator.direction) }, children, path);
}

function targetElement(context: IndicatorContext, target: Target, indicator: Indicator, path: readonly PathSegment[]): XmlNode {
  const { xml } = context;
  const detail = typeof target === 'object' ? target : undefined;
  const value = detail ? detail.value : (target as Exclude<Target, object>);
  const qualitative = indicator.measure === 'qualitative';
  return xml.element('target', { value: valueAttribute(value, indicator.measure) }, [
    ...textElement(xml, 'comment', qualitative ? String(value) : detail?.note, path),
    ...sourceLink(xml, detail?.source, path),
    ...extension(context, 'target', detail ? { source: detail.source, note: detail.note, revisions: detail.revisions } : undefined, path),
  ], path);
}

function actualElement(context: IndicatorContext, observation: Observation, indicator: Indicator, path: readonly PathSegment[]): XmlNode {
  const { xml } = context;
  const qualitative = indicator.measure === 'qualitative';
  const dimensions = Object.entries(observation.disaggregation).map(([name, value]) => xml.element('dimension', { name, value }, [], [...path, 'disaggregation', name]));
  const comment = qualitative ? (typeof observation.value === 'string' ? observation.value : undefined) : observation.note;
  const carried = defined({
    reportedBy: observation.reportedBy,
    reportedOn: observation.reportedOn,
    status: observation.status === 'submitted' ? undefined : observation.status,
    source: observation.source,
    note: qualitative ? observation.note : undefined,
    external: observation.external,
  });
  return xml.element('actual', { value: valueAttribute(observation.value, indicator.measure) }, [
    ...dimensions,
    ...textElement(xml, 'comment', comment, [...path, qualitative ? 'value' : 'note']),
    ...sourceLink(xml, observation.source, path),
    ...extension(context, 'observation', carried, path),
  ], path);
}
