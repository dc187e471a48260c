import { findReservedKeys, parseObservations, safeParseStrategy } from '../../model/index.js';
import type { ObservationInput, ParsedObservations, RejectedItem, Strategy } from '../../model/index.js';
import { LogframeError } from '../../problems/index.js';
import type { PathSegment, Problem } from '../../problems/index.js';
import { collectText, isAsyncIterable, textOf, wrongInput } from '../shared/input.js';
import type { DataInput } from '../shared/input.js';
import { LEVEL_OF_TYPE, LOGFRAME_NAMESPACE } from './codes.js';
import { readNarratives } from './narratives.js';
import { readIndicator } from './readIndicator.js';
import type { ReadActual, ReadContext } from './readIndicator.js';
import { childOf, childrenOf, parseXml } from './xml.js';
import type { XmlElement } from './xml.js';

/**
 * Options of {@link fromIatiXml}.
 *
 * @category Import and export
 */
export interface FromIatiXmlOptions {
  /** Strategy fields (id, title, period, baselineYear, levels, actors, dimensions …) that override what the file gives or implies. */
  readonly frame?: Record<string, unknown> | undefined;
  /** The `iati-identifier` of the activity to read when the file holds several (default: the first). */
  readonly identifier?: string | undefined;
}

/**
 * What {@link fromIatiXml} returns: the strategy rebuilt from the IATI results, and the actuals as
 * validated observations (rejected ones with their reasons; `index` counts `actual` elements in
 * document order).
 *
 * @category Import and export
 */
export interface IatiImport extends ParsedObservations {
  /** The strategy: results, indicators with baselines and targets, and the frame. */
  readonly strategy: Strategy;
}

const TYPE_ORDER = ['3', '2', '1', '9'];
const ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;

/**
 * Reads IATI 2.03 `result` elements back into a strategy (results, indicators with baselines and
 * targets) and observations (the actuals). A file written by {@link toIatiXml} comes back whole,
 * through logframe's extension elements. A file from elsewhere is mapped as documented in
 * docs/data-formats.md: result types become levels (`impact`, `outcome`, `output`, `other`), the
 * first vocabulary-99 reference of an indicator is its id, dimensions become disaggregations,
 * `@ascending` gives the direction, and the measure follows the IATI code and the values. The
 * `frame` option supplies or overrides strategy fields (plan period, actors, dimension labels).
 *
 * @param input - The XML as text, UTF-8 bytes or an async iterable of chunks.
 * @param options - A frame and which activity to read.
 * @returns The strategy and the observations (a Promise for an async iterable).
 * @throws {LogframeError} When the XML is malformed, holds no activity, or the strategy it gives is invalid.
 *
 * @example
 * ```ts
 * const strategy = parseStrategy({
 *   id: 'demo', title: 'Demo', period: { start: 2024, end: 2028 }, baselineYear: 2023,
 *   levels: [{ id: 'pillar', title: 'Pillar' }], results: [{ id: 'P', title: 'Prosecution', level: 'pillar' }],
 *   indicators: [{ id: 'cases', title: 'Cases', result: 'P', measure: 'count', baseline: { period: '2023', value: 164 }, targets: { '2028': 235 } }],
 * });
 * const { observations } = parseObservations([{ indicator: 'cases', period: '2024Q1', value: 41, reportedOn: '2024-04-20' }], strategy);
 * const back = fromIatiXml(toIatiXml(strategy, observations, { reportingOrg: { ref: 'KH-GOV-1' } }));
 * back.strategy.indicators[0]?.targets; // { '2028': 235 }
 * back.observations[0]?.reportedOn; // '2024-04-20'
 * ```
 *
 * @category Import and export
 */
export function fromIatiXml(input: string | Uint8Array, options?: FromIatiXmlOptions): IatiImport;
export function fromIatiXml(input: AsyncIterable<Uint8Array>, options?: FromIatiXmlOptions): Promise<IatiImport>;
export function fromIatiXml(input: DataInput, options: FromIatiXmlOptions = {}): IatiImport | Promise<IatiImport> {
  if (isAsyncIterable(input)) return collectText(input).then(({ text }) => readActivity(text, options));
  if (typeof input !== 'string' && !(input instanceof Uint8Array)) throw wrongInput('the IATI XML');
  return readActivity(textOf(input).text, options);
}

function readActivity(text: string, options: FromIatiXmlOptions): IatiImport {
  const roots = parseXml(text);
  const root = roots.find((element) => element.tag === 'iati-activities' || element.tag === 'iati-activity');
  const activities = root === undefined ? [] : root.tag === 'iati-activity' ? [root] : childrenOf(root, 'iati-activity');
  const identifierOf = (activity: XmlElement) => childOf(activity, 'iati-identifier')?.text.trim() ?? '';
  const activity = options.identifier === undefined ? activities[0] : activities.find((candidate) => identifierOf(candidate) === options.identifier);
  if (root === undefined || activity === undefined) {
    throw new LogframeError([{ path: [], code: 'IATI_NO_ACTIVITY', severity: 'error', message: options.identifier === undefined ? 'The XML holds no iati-activity; give an IATI activity file (iati-activities/iati-activity).' : `No iati-activity has the identifier "${options.identifier}".` }], 'Invalid IATI XML');
  }
  const problems: Problem[] = [];
  const warnings: Problem[] = [];
  if (activities.length > 1 && options.identifier === undefined) {
    warnings.push({ path: [], code: 'IATI_ACTIVITY_CHOSEN', severity: 'warning', message: `The file holds ${activities.length} activities; the first (${identifierOf(activity)}) was read. Pass identifier to choose another.` });
  }
  const prefix = Object.entries(root.attributes).find(([name, value]) => name.startsWith('xmlns:') && value === LOGFRAME_NAMESPACE)?.[0].slice(6);
  const extension = (element: XmlElement, name: string, path: readonly PathSegment[]): Record<string, unknown> | undefined => {
    const holder = prefix === undefined ? undefined : childOf(element, `${prefix}:${name}`);
    if (holder === undefined) return undefined;
    let data: unknown;
    try {
      data = JSON.parse(holder.text) as unknown;
    } catch {
      problems.push({ path: [...path, name], code: 'IATI_EXTENSION_INVALID', severity: 'error', message: `The logframe:${name} element does not hold valid JSON; remove it or write the file again with toIatiXml.` });
      return undefined;
    }
    const reserved = findReservedKeys(data, [...path, name]);
    if (typeof data !== 'object' || data === null || Array.isArray(data) || reserved.length > 0) {
      problems.push(...(reserved.length > 0 ? reserved : [{ path: [...path, name], code: 'IATI_EXTENSION_INVALID', severity: 'error' as const, message: `The logframe:${name} element must hold a JSON object.` }]));
      return undefined;
    }
    return data as Record<string, unknown>;
  };

  const language = activity.attributes['xml:lang'] ?? (typeof options.frame?.['language'] === 'string' ? options.frame['language'] : 'en');
  const header = extension(activity, 'strategy', []);
  const dimensions = new Map<string, { id: string; title: string; codes: Map<string, string> }>();
  const known = Array.isArray(header?.['dimensions']) ? (header['dimensions'] as { id: string; codes?: { code: string }[] }[]) : Array.isArray(options.frame?.['dimensions']) ? (options.frame['dimensions'] as { id: string; codes?: { code: string }[] }[]) : [];
  const context: ReadContext = {
    language,
    extension,
    problems,
    warnings,
    dimension: (name, value) => {
      if (known.length > 0 || header !== undefined) return [name, value];
      const id = toId(name, 'dimension');
      const entry = dimensions.get(id) ?? { id, title: name, codes: new Map<string, string>() };
      dimensions.set(id, entry);
      const code = toId(value, 'code');
      entry.codes.set(code, value);
      return [id, code];
    },
  };

  const results: Record<string, unknown>[] = [];
  const indicators: Record<string, unknown>[] = [];
  const actuals: ReadActual[] = [];
  const types = new Set<string>();
  childrenOf(activity, 'result').forEach((element, r) => {
    const path = ['result', r];
    const extra = extension(element, 'result', path);
    const references = childrenOf(element, 'reference').map((reference) => withoutUndefined({ vocabulary: reference.attributes['vocabulary'] ?? '', code: reference.attributes['code'] ?? '', uri: reference.attributes['vocabulary-uri'] }));
    const own = references.find((reference) => reference['vocabulary'] === '99')?.['code'];
    const type = element.attributes['type'] ?? '9';
    types.add(type);
    const id = typeof extra?.['id'] === 'string' ? extra['id'] : typeof own === 'string' && ID.test(own) ? own : `R${r + 1}`;
    const result: Record<string, unknown> = { ...(extra ?? { level: LEVEL_OF_TYPE[type] ?? 'other' }), id, title: readNarratives(childOf(element, 'title'), language) ?? id };
    const description = readNarratives(childOf(element, 'description'), language);
    if (description !== undefined) result['description'] = description;
    if (references.length > 0) result['references'] = references;
    results.push(result);
    childrenOf(element, 'indicator').forEach((indicatorElement, i) => {
      const read = readIndicator(indicatorElement, id, `${id}-${i + 1}`, [...path, 'indicator', i], context);
      indicators.push(read.indicator);
      actuals.push(...read.actuals);
    });
  });

  const strategyInput = { ...(header === undefined ? derivedHeader(activity, language, types, indicators, actuals, dimensions) : header), ...(options.frame ?? {}) };
  const otherResults = Array.isArray(strategyInput['otherResults']) ? (strategyInput['otherResults'] as Record<string, unknown>[]) : [];
  const resultOrder = strategyInput['resultOrder'];
  const indicatorOrder = strategyInput['indicatorOrder'];
  delete strategyInput['otherResults'];
  delete strategyInput['resultOrder'];
  delete strategyInput['indicatorOrder'];
  const parsed = safeParseStrategy({
    ...strategyInput,
    results: ordered([...results, ...otherResults], resultOrder),
    indicators: ordered(indicators, indicatorOrder),
  });
  if (!parsed.ok || problems.length > 0) throw new LogframeError([...problems, ...(parsed.ok ? [] : parsed.problems)], 'Invalid strategy in IATI XML');
  const strategy = parsed.value;

  const items: ObservationInput[] = [];
  const positions: number[] = [];
  const rejected: RejectedItem[] = [];
  actuals.forEach((actual, index) => {
    if (actual.problems.length > 0) rejected.push({ index, record: actual.record, problems: actual.problems });
    else {
      items.push(actual.record as ObservationInput);
      positions.push(index);
    }
  });
  const observations = parseObservations(items, strategy);
  const at = (item: number) => positions[item] ?? item;
  return {
    strategy,
    observations: observations.observations,
    rejected: [...rejected, ...observations.rejected.map((item) => ({ ...item, index: at(item.index) }))].sort((a, b) => a.index - b.index),
    warnings: [...warnings, ...parsed.warnings, ...observations.warnings.map((warning) => ({ ...warning, path: ['actual', at(Number(warning.path[0])), ...warning.path.slice(1)] }))],
  };
}

/** The strategy fields a file without logframe's extension implies. */
function derivedHeader(activity: XmlElement, language: string, types: ReadonlySet<string>, indicators: readonly Record<string, unknown>[], actuals: readonly ReadActual[], dimensions: ReadonlyMap<string, { id: string; title: string; codes: Map<string, string> }>): Record<string, unknown> {
  const identifier = childOf(activity, 'iati-identifier')?.text.trim() ?? '';
  const years: number[] = [];
  for (const date of childrenOf(activity, 'activity-date')) years.push(Number((date.attributes['iso-date'] ?? '').slice(0, 4)));
  const baselineYears: number[] = [];
  for (const indicator of indicators) {
    for (const period of Object.keys((indicator['targets'] ?? {}) as Record<string, unknown>)) years.push(Number(period.slice(0, 4)));
    const baseline = indicator['baseline'] as { period?: string } | undefined;
    if (baseline?.period !== undefined) baselineYears.push(Number(baseline.period.slice(0, 4)));
  }
  for (const actual of actuals) years.push(Number(String(actual.record['period'] ?? '').slice(0, 4)));
  const valid = years.filter((year) => Number.isInteger(year) && year >= 1000 && year <= 9999);
  const start = valid.length > 0 ? Math.min(...valid) : 2000;
  const end = valid.length > 0 ? Math.max(...valid) : start;
  const levels = TYPE_ORDER.filter((type) => types.has(type)).map((type) => LEVEL_OF_TYPE[type] ?? 'other');
  const description = readNarratives(childOf(activity, 'description'), language);
  return {
    id: toId(identifier, 'activity'),
    title: readNarratives(childOf(activity, 'title'), language) ?? identifier,
    ...(description === undefined ? {} : { description }),
    period: { start, end },
    baselineYear: baselineYears.length > 0 ? Math.min(...baselineYears) : start - 1,
    levels: (levels.length > 0 ? levels : ['other']).map((id) => ({ id, title: id.charAt(0).toUpperCase() + id.slice(1) })),
    dimensions: [...dimensions.values()].map((dimension) => ({ id: dimension.id, title: dimension.title, codes: [...dimension.codes].map(([code, label]) => ({ code, label })) })),
    language,
  };
}

/** An id from free text: invalid characters become `-`; a fallback when nothing is left. */
function toId(text: string, fallback: string): string {
  const id = text.trim().replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^[^A-Za-z0-9]+/, '').slice(0, 100);
  return id === '' ? fallback : id;
}

function withoutUndefined(record: Record<string, string | undefined>): Record<string, string> {
  return Object.fromEntries(Object.entries(record).filter((entry): entry is [string, string] => entry[1] !== undefined));
}

function ordered(items: Record<string, unknown>[], order: unknown): Record<string, unknown>[] {
  if (!Array.isArray(order)) return items;
  const rank = new Map(order.map((id, index) => [id, index]));
  return [...items].sort((a, b) => (rank.get(a['id']) ?? Infinity) - (rank.get(b['id']) ?? Infinity));
}
