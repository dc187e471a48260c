// Internal: one IATI `indicator` element back into an indicator (with baseline and targets) and
// observation inputs (its actuals). Values are read per measure; a file without logframe's
// extension gets a measure inferred from the IATI code and the values.
import type { Measure, ObservationInput } from '../../model/index.js';
import type { PathSegment, Problem } from '../../problems/index.js';
import { readNumber } from '../csv/numbers.js';
import type { AnyText } from '../shared/text.js';
import { periodOfRange } from './codes.js';
import { readNarratives } from './narratives.js';
import { childOf, childrenOf } from './xml.js';
import type { XmlElement } from './xml.js';

export interface ReadContext {
  readonly language: string;
  /** Reads the JSON of a logframe extension element (`undefined` when absent). */
  readonly extension: (element: XmlElement, name: string, path: readonly PathSegment[]) => Record<string, unknown> | undefined;
  /** Dimension and code ids for an IATI dimension name and value. */
  readonly dimension: (name: string, value: string) => readonly [string, string];
  readonly problems: Problem[];
  readonly warnings: Problem[];
}

export interface ReadActual {
  readonly record: ObservationInput | Record<string, unknown>;
  readonly problems: readonly Problem[];
}

interface RawValue {
  readonly value: string | undefined;
  /** The comment as one text (for qualitative values). */
  readonly comment: string | undefined;
  /** The comment as written, maybe per language (for notes). */
  readonly note: AnyText | undefined;
}

const problem = (path: readonly PathSegment[], code: string, message: string, severity: 'error' | 'warning' = 'error'): Problem => ({ path: [...path], code, severity, message });

function defined(record: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined));
}

function rawOf(element: XmlElement, language: string): RawValue {
  const note = readNarratives(childOf(element, 'comment'), language);
  return { value: element.attributes['value'], comment: typeof note === 'string' ? note : note === undefined ? undefined : Object.values(note)[0], note };
}

function linkOf(element: XmlElement): string | undefined {
  return childOf(element, 'document-link')?.attributes['url'];
}

/** The measure of an indicator from a file without logframe's extension, from its IATI code and values. */
function inferMeasure(code: string | undefined, values: readonly string[], path: readonly PathSegment[], context: ReadContext): { measure: Measure; levels?: { code: string; label: string }[] } {
  const numbers = values.map((value) => readNumber(value)).map((read) => ('value' in read ? read.value : undefined));
  const numeric = numbers.every((value) => value !== undefined);
  switch (code) {
    case '1':
      return { measure: numeric && numbers.every((value) => value !== undefined && value >= 0 && Number.isInteger(value)) ? 'count' : 'ratio' };
    case '2':
      if (numeric && numbers.every((value) => value !== undefined && value >= 0 && value <= 100)) return { measure: 'percent' };
      context.warnings.push(problem(path, 'IATI_MEASURE_CHANGED', 'A percentage indicator has values outside 0–100; it is read as a ratio.', 'warning'));
      return { measure: 'ratio' };
    case '3':
      if (values.every((value) => ['0', '1', 'true', 'false'].includes(value))) return { measure: 'boolean' };
      break;
    case '4': {
      const distinct = [...new Set(values)];
      if (numeric) distinct.sort((a, b) => Number(a) - Number(b));
      if (distinct.length >= 2) return { measure: 'ordinal', levels: distinct.map((value) => ({ code: value, label: value })) };
      break;
    }
    case '5':
      return { measure: 'qualitative' };
    default:
      break;
  }
  context.warnings.push(problem(path, 'IATI_MEASURE_CHANGED', `The indicator's measure ${JSON.stringify(code ?? '')} with these values has no exact logframe measure; it is read as qualitative.`, 'warning'));
  return { measure: 'qualitative' };
}

function parseValue(raw: RawValue, measure: Measure, path: readonly PathSegment[]): { value: string | number | boolean | null } | { problem: Problem } {
  if (measure === 'qualitative') return { value: raw.comment ?? raw.value ?? null };
  if (raw.value === undefined) return { value: null };
  if (measure === 'ordinal') return { value: raw.value };
  if (measure === 'boolean') {
    if (raw.value === '1' || raw.value === 'true') return { value: true };
    if (raw.value === '0' || raw.value === 'false') return { value: false };
    return { problem: problem(path, 'BOOLEAN_INVALID', `"${raw.value}" is not 1, 0, true or false.`) };
  }
  const read = readNumber(raw.value);
  return 'issue' in read ? { problem: problem(path, read.issue.code, read.issue.message) } : { value: read.value };
}

/** Reads an indicator element; `fallbackId` is used when neither the extension nor a vocabulary-99 reference gives one. */
export function readIndicator(element: XmlElement, resultId: string, fallbackId: string, path: readonly PathSegment[], context: ReadContext): { indicator: Record<string, unknown>; actuals: ReadActual[] } {
  const extra = context.extension(element, 'indicator', path);
  const references = childrenOf(element, 'reference').map((reference) => defined({ vocabulary: reference.attributes['vocabulary'] ?? '', code: reference.attributes['code'] ?? '', uri: reference.attributes['indicator-uri'] }));
  const own = references.find((reference) => reference['vocabulary'] === '99');
  const id = typeof extra?.['id'] === 'string' ? extra['id'] : typeof own?.['code'] === 'string' && /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/.test(own['code']) ? own['code'] : fallbackId;
  const ownAt = references.findIndex((reference) => reference['vocabulary'] === '99' && reference['code'] === id);
  const kept = references.filter((_, index) => index !== ownAt);

  const baselineElement = childrenOf(element, 'baseline').find((baseline) => childrenOf(baseline, 'dimension').length === 0);
  if (childrenOf(element, 'baseline').length > (baselineElement ? 1 : 0)) context.warnings.push(problem(path, 'IATI_NOT_CARRIED', 'Baselines given per dimension are not read: logframe has one baseline per indicator.', 'warning'));
  const periods = childrenOf(element, 'period').map((period, index) => {
    const at = [...path, 'period', index];
    const start = childOf(period, 'period-start')?.attributes['iso-date'] ?? '';
    const end = childOf(period, 'period-end')?.attributes['iso-date'] ?? '';
    const declared = context.extension(period, 'period', at)?.['id'];
    return { element: period, at, start, end, id: typeof declared === 'string' ? declared : periodOfRange(start, end) };
  });
  const raws: string[] = [];
  const collect = (raw: RawValue) => {
    if (raw.value !== undefined) raws.push(raw.value);
  };
  if (baselineElement) collect(rawOf(baselineElement, context.language));
  for (const period of periods) for (const item of [...childrenOf(period.element, 'target'), ...childrenOf(period.element, 'actual')]) collect(rawOf(item, context.language));

  const inferred = typeof extra?.['measure'] === 'string' ? { measure: extra['measure'] as Measure } : inferMeasure(element.attributes['measure'], raws, path, context);
  const measure = inferred.measure;
  const ascending = element.attributes['ascending'];
  const indicator: Record<string, unknown> = {
    ...(extra ?? { direction: ascending === 'true' || ascending === '1' ? 'increase' : ascending === 'false' || ascending === '0' ? 'decrease' : 'none' }),
    id,
    result: resultId,
    measure,
    ...('levels' in inferred && inferred.levels ? { levels: inferred.levels } : {}),
    title: readNarratives(childOf(element, 'title'), context.language) ?? id,
  };
  const definition = readNarratives(childOf(element, 'description'), context.language);
  if (definition !== undefined) indicator['definition'] = definition;
  if (!(extra && 'references' in extra) && kept.length > 0) indicator['references'] = kept;

  if (baselineElement) {
    const at = [...path, 'baseline'];
    const more = context.extension(baselineElement, 'baseline', at);
    const raw = rawOf(baselineElement, context.language);
    const read = parseValue(raw, measure, at);
    if ('problem' in read) context.problems.push(read.problem);
    else if (read.value === null) context.problems.push(problem(at, 'IATI_VALUE_MISSING', 'The baseline has no value; give @value.'));
    else indicator['baseline'] = more ?? defined({ period: baselineElement.attributes['year'] ?? '', source: linkOf(baselineElement), note: measure === 'qualitative' ? undefined : raw.note });
    if (indicator['baseline'] !== undefined && 'value' in read) (indicator['baseline'] as Record<string, unknown>)['value'] = read.value;
  } else if (extra === undefined && indicator['direction'] !== 'none') {
    context.warnings.push(problem(path, 'IATI_NOT_CARRIED', 'The indicator has no baseline, so it is read with direction "none" (monitored, not scored).', 'warning'));
    indicator['direction'] = 'none';
  }

  const targets: Record<string, unknown> = {};
  const actuals: ReadActual[] = [];
  const dimensions = new Set<string>();
  for (const period of periods) {
    const targetElements = childrenOf(period.element, 'target');
    const target = targetElements.find((item) => childrenOf(item, 'dimension').length === 0);
    if (targetElements.length > (target ? 1 : 0)) context.warnings.push(problem(period.at, 'IATI_NOT_CARRIED', 'Targets given per dimension are not read: logframe targets are per indicator and period.', 'warning'));
    if (target && period.id === undefined) context.problems.push(problem(period.at, 'IATI_PERIOD_UNKNOWN', `${period.start} to ${period.end} is not a period logframe knows (a year, half-year, quarter, month, week, day or financial year).`));
    else if (target && period.id !== undefined) {
      const raw = rawOf(target, context.language);
      const read = parseValue(raw, measure, [...period.at, 'target']);
      const more = context.extension(target, 'target', [...period.at, 'target']);
      if ('problem' in read) context.problems.push(read.problem);
      else if (read.value === null) context.problems.push(problem([...period.at, 'target'], 'IATI_VALUE_MISSING', 'The target has no value; give @value.'));
      else {
        const note = measure === 'qualitative' ? undefined : raw.note;
        const source = linkOf(target);
        targets[period.id] = more !== undefined ? { value: read.value, ...more } : note !== undefined || source !== undefined ? defined({ value: read.value, note, source }) : read.value;
      }
    }
    childrenOf(period.element, 'actual').forEach((actual, index) => {
      const at = [...period.at, 'actual', index];
      const raw = rawOf(actual, context.language);
      const disaggregation: Record<string, string> = {};
      for (const dimension of childrenOf(actual, 'dimension')) {
        const [name, code] = context.dimension(dimension.attributes['name'] ?? '', dimension.attributes['value'] ?? '');
        disaggregation[name] = code;
        dimensions.add(name);
      }
      const more = context.extension(actual, 'observation', at) ?? {};
      const record: Record<string, unknown> = { indicator: id, period: period.id ?? `${period.start}/${period.end}`, value: null, disaggregation, ...defined({ note: measure === 'qualitative' ? undefined : raw.note, source: linkOf(actual) }), ...more };
      if (period.id === undefined) {
        actuals.push({ record, problems: [problem(['period'], 'IATI_PERIOD_UNKNOWN', `${period.start} to ${period.end} is not a period logframe knows (a year, half-year, quarter, month, week, day or financial year).`)] });
        return;
      }
      const read = parseValue(raw, measure, ['value']);
      if ('problem' in read) actuals.push({ record: { ...record, value: raw.value }, problems: [read.problem] });
      else actuals.push({ record: { ...record, value: read.value }, problems: [] });
    });
  }
  if (Object.keys(targets).length > 0 || extra === undefined) indicator['targets'] = targets;
  if (extra === undefined && dimensions.size > 0) indicator['disaggregations'] = [...dimensions];
  return { indicator, actuals };
}
