import type { Observation, Strategy, Text } from '../../model/index.js';
import { LogframeError } from '../../problems/index.js';
import { LOGFRAME_NAMESPACE, resultTypes } from './codes.js';
import { narratives, textElement } from './narratives.js';
import { extension, indicatorElement } from './writeIndicator.js';
import type { IndicatorContext } from './writeIndicator.js';
import { buildXml, XmlText } from './xml.js';
import type { XmlNode } from './xml.js';

/**
 * An organisation in IATI terms: its IATI organisation identifier, type code and name.
 *
 * @category Import and export
 */
export interface IatiOrganisation {
  /** The IATI organisation identifier, e.g. `KH-GOV-1` (required for the reporting organisation). */
  readonly ref?: string | undefined;
  /** The OrganisationType code (default `10`, government). */
  readonly type?: string | undefined;
  /** The name (default: the strategy owner's name, else the ref). */
  readonly name?: Text | undefined;
}

/**
 * Options of {@link toIatiXml}: the activity's identity and the elements the IATI schema requires.
 *
 * @category Import and export
 */
export interface ToIatiXmlOptions {
  /** The reporting organisation; its `ref` is required. */
  readonly reportingOrg?: IatiOrganisation | undefined;
  /** The activity's `iati-identifier` (default: `<reportingOrg.ref>-<strategy id>`, or the strategy id when it already starts with the ref). */
  readonly identifier?: string | undefined;
  /** The participating organisation and its role (default: the reporting organisation, role 4 implementing). */
  readonly participatingOrg?: (IatiOrganisation & {
    /** The OrganisationRole code (default `4`, implementing). */
    readonly role?: string | undefined;
  }) | undefined;
  /** The activity's default language (default: the strategy's). */
  readonly language?: string | undefined;
  /** The ActivityStatus code (default `2`, implementation). */
  readonly activityStatus?: string | undefined;
  /** The recipient country code, e.g. `KH` (IATI's rules expect a country or a region). */
  readonly recipientCountry?: string | undefined;
  /** The recipient region code. */
  readonly recipientRegion?: string | undefined;
  /** The sector, e.g. `{ code: '15190' }` (DAC 5-digit; IATI's rules expect one). */
  readonly sector?: {
    /** The sector code, e.g. `15190`. */
    readonly code: string;
    /** The SectorVocabulary code; omitted when absent, which IATI reads as `1` (DAC 5-digit). */
    readonly vocabulary?: string | undefined;
  } | undefined;
  /** The ResultType code per level id (`1` output, `2` outcome, `3` impact, `9` other); see docs/data-formats.md for the default. */
  readonly resultTypes?: Readonly<Record<string, '1' | '2' | '3' | '9'>> | undefined;
  /** `generated-datetime` of the file (omitted unless given, so that output depends only on input). */
  readonly generatedDatetime?: string | undefined;
  /** Write logframe's extension elements, which let {@link fromIatiXml} restore everything (default `true`). */
  readonly extension?: boolean | undefined;
}

/**
 * Writes a strategy's results, indicators, baselines, targets and reported values as an IATI 2.03
 * activity (`iati-activities/iati-activity/result` …) that validates against the official schema.
 * Results become `result` elements (type from the level), indicators `indicator` elements with
 * `@measure` and `@ascending`, baselines, periods with targets and actuals, disaggregations
 * `dimension` elements, notes `comment`s and web-address sources `document-link`s. What IATI has
 * no place for (the results tree, reporters, dates reported, status, measure details, target
 * revisions …) goes into extension elements of logframe's own namespace, which IATI allows and
 * other tools ignore; see docs/data-formats.md for the mapping table.
 *
 * @param strategy - The validated strategy.
 * @param observations - Its observations (actuals); every one must belong to one of its indicators.
 * @param options - The activity's identity; `reportingOrg.ref` is required.
 * @returns The XML text.
 * @throws {LogframeError} Without `reportingOrg.ref`, for an observation of an unknown indicator, or
 *   for text holding characters XML cannot represent.
 *
 * @example
 * ```ts
 * const strategy = parseStrategy({
 *   id: 'demo', title: 'Demo', period: { start: 2024, end: 2028 }, baselineYear: 2023,
 *   levels: [{ id: 'pillar', title: 'Pillar' }], results: [{ id: 'P', title: 'Prosecution', level: 'pillar' }],
 *   indicators: [{ id: 'cases', title: 'Cases', result: 'P', measure: 'count', baseline: { period: '2023', value: 164 }, targets: { '2028': 235 } }],
 * });
 * const { observations } = parseObservations([{ indicator: 'cases', period: '2024', value: 197 }], strategy);
 * const xml = toIatiXml(strategy, observations, { reportingOrg: { ref: 'KH-GOV-1' }, recipientCountry: 'KH' });
 * xml.includes('<indicator measure="1" ascending="true">'); // true
 * xml.includes('<actual value="197"'); // true
 * ```
 *
 * @category Import and export
 */
export function toIatiXml(strategy: Strategy, observations: readonly Observation[], options: ToIatiXmlOptions = {}): string {
  const reporting = options.reportingOrg;
  if (reporting?.ref === undefined || reporting.ref === '') {
    throw new LogframeError([{ path: ['reportingOrg', 'ref'], code: 'IATI_REPORTING_ORG_MISSING', severity: 'error', message: 'IATI needs the reporting organisation\'s identifier; pass reportingOrg: { ref: "…" } (an IATI organisation identifier such as KH-GOV-1).' }], 'Cannot write IATI XML');
  }
  const xml = new XmlText();
  const prefix = options.extension === false ? undefined : 'logframe';
  const language = options.language ?? strategy.language;
  const owner = strategy.actors.find((actor) => actor.id === strategy.owner);
  const organisation = (org: IatiOrganisation, tag: string, extra: Record<string, string | undefined>) =>
    xml.element(tag, { ref: org.ref, type: org.type ?? '10', ...extra }, narratives(xml, org.name ?? owner?.name ?? org.ref ?? '', [tag]), [tag]);

  const byIndicator = new Map<string, { observation: Observation; index: number }[]>();
  const known = new Set(strategy.indicators.map((indicator) => indicator.id));
  const unknown: number[] = [];
  observations.forEach((observation, index) => {
    if (!known.has(observation.indicator)) unknown.push(index);
    byIndicator.set(observation.indicator, [...(byIndicator.get(observation.indicator) ?? []), { observation, index }]);
  });
  if (unknown.length > 0) {
    throw new LogframeError(unknown.map((index) => ({ path: ['observations', index, 'indicator'], code: 'UNKNOWN_INDICATOR', severity: 'error' as const, message: `The observation's indicator is not in strategy ${strategy.id}; validate observations with parseObservations first.` })), 'Cannot write IATI XML');
  }

  const types = resultTypes(strategy, options.resultTypes);
  const results: XmlNode[] = [];
  const withoutIndicators: Strategy['results'] = [];
  strategy.results.forEach((result, resultIndex) => {
    const indicators = strategy.indicators.map((indicator, index) => ({ indicator, index })).filter(({ indicator }) => indicator.result === result.id);
    if (indicators.length === 0) {
      withoutIndicators.push(result);
      return;
    }
    const path = ['results', resultIndex];
    const { title, description, references, ...rest } = result;
    const context: IndicatorContext = { xml, prefix, standardReferences: references === undefined || references.length === 0 };
    results.push(xml.element('result', { type: types.get(result.level) ?? '2' }, [
      ...textElement(xml, 'title', title, [...path, 'title']),
      ...textElement(xml, 'description', description, [...path, 'description']),
      ...(references ?? []).map((reference) => xml.element('reference', { vocabulary: reference.vocabulary, code: reference.code, 'vocabulary-uri': reference.uri }, [], [...path, 'references'])),
      ...indicators.map(({ indicator, index }) => indicatorElement(context, indicator, byIndicator.get(indicator.id) ?? [], ['indicators', index])),
      ...extension(context, 'result', rest, path),
    ], path));
  });

  const { results: _results, indicators: _indicators, ...header } = strategy;
  const headerData = { ...header, otherResults: withoutIndicators, resultOrder: strategy.results.map((result) => result.id), indicatorOrder: strategy.indicators.map((indicator) => indicator.id) };
  const participating = options.participatingOrg ?? reporting;
  const activity = xml.element('iati-activity', { 'xml:lang': language }, [
    xml.element('iati-identifier', {}, [xml.text(options.identifier ?? (strategy.id.startsWith(`${reporting.ref}-`) ? strategy.id : `${reporting.ref}-${strategy.id}`), ['identifier'])], ['identifier']),
    organisation(reporting, 'reporting-org', {}),
    ...textElement(xml, 'title', strategy.title, ['title']),
    ...textElement(xml, 'description', strategy.description ?? strategy.title, ['description']),
    organisation(participating, 'participating-org', { role: options.participatingOrg?.role ?? '4' }),
    xml.element('activity-status', { code: options.activityStatus ?? '2' }, [], ['activityStatus']),
    xml.element('activity-date', { type: '1', 'iso-date': `${strategy.period.start}-01-01` }, [], ['period']),
    xml.element('activity-date', { type: '3', 'iso-date': `${strategy.period.end}-12-31` }, [], ['period']),
    ...(options.recipientCountry === undefined ? [] : [xml.element('recipient-country', { code: options.recipientCountry }, [], ['recipientCountry'])]),
    ...(options.recipientRegion === undefined ? [] : [xml.element('recipient-region', { code: options.recipientRegion }, [], ['recipientRegion'])]),
    ...(options.sector === undefined ? [] : [xml.element('sector', { code: options.sector.code, vocabulary: options.sector.vocabulary }, [], ['sector'])]),
    ...results,
    ...extension({ xml, prefix, standardReferences: true }, 'strategy', headerData, []),
  ], []);
  const root = xml.element('iati-activities', { version: '2.03', 'generated-datetime': options.generatedDatetime, ...(prefix === undefined ? {} : { [`xmlns:${prefix}`]: LOGFRAME_NAMESPACE }) }, [activity], []);
  xml.throwIfInvalid();
  return buildXml(root);
}
