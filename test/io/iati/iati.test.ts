import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { fromIatiXml, toIatiXml } from '../../../src/io/index.js';
import { parseObservations } from '../../../src/model/index.js';
import { LogframeError } from '../../../src/problems/index.js';
import { cambodia, demo, demoObservations, fixture, readFixture, root, sorted } from '../helpers.js';

// The official schema lives beside the project (CI lays ../shared next to the clone); it is never copied in.
const XSD = join(root, '..', 'shared', 'standards', 'iati-2.03', 'iati-activities-schema.xsd');
const xmllint = (() => {
  try {
    execFileSync('xmllint', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();
if (process.env['CI'] && (!xmllint || !existsSync(XSD))) throw new Error('CI must have xmllint (libxml2-utils) and ../shared/standards/iati-2.03');

function validate(xml: string): string {
  return execFileSync('xmllint', ['--noout', '--nonet', '--schema', XSD, '-'], { input: xml, encoding: 'utf8', stdio: ['pipe', 'pipe', 'pipe'] });
}

const options = { reportingOrg: { ref: 'KH-GOV-1', name: { en: 'Royal Government of Cambodia', km: 'រាជរដ្ឋាភិបាលកម្ពុជា' } }, recipientCountry: 'KH', sector: { code: '15190' } };

describe.skipIf(!xmllint || !existsSync(XSD))('validation against the official IATI 2.03 schema', () => {
  it('the Cambodia example validates, with and without logframe\'s extension', () => {
    const { strategy, observations } = cambodia();
    expect(() => validate(toIatiXml(strategy, observations, options))).not.toThrow();
    expect(() => validate(toIatiXml(strategy, observations, { ...options, extension: false, generatedDatetime: '2025-03-27T00:00:00Z' }))).not.toThrow();
  });

  it('the demo strategy (every measure, texts per language, references at result level) validates', () => {
    expect(() => validate(toIatiXml(demo, demoObservations, { ...options, resultTypes: { pillar: '3' } }))).not.toThrow();
  });

  it('a minimal activity validates without recipient country or sector', () => {
    expect(() => validate(toIatiXml(demo, [], { reportingOrg: { ref: 'KH-GOV-1' } }))).not.toThrow();
  });

  it('xmllint does reject an invalid file (the check is real)', () => {
    expect(() => validate(toIatiXml(demo, [], options).replace('<activity-status code="2"/>', ''))).toThrow();
  });
});

describe('toIatiXml', () => {
  const xml = toIatiXml(demo, demoObservations, options);

  it('maps levels to result types, measures, directions and references', () => {
    expect(xml).toContain('<result type="2">\n      <title>\n        <narrative>Law enforcement</narrative>');
    expect(xml).toContain('<result type="1">');
    expect(xml).toContain('<indicator measure="1" ascending="true">');
    expect(xml).toContain('<indicator measure="2" ascending="true">');
    expect(xml).toContain('<indicator measure="3" ascending="true">');
    expect(xml).toContain('<indicator measure="4">');
    expect(xml).toContain('<indicator measure="5">');
    expect(xml).toContain('<reference vocabulary="99" code="cases"/>\n        <reference vocabulary="9" code="16.2.2"/>');
    // PRT has a result-level reference, so (IATI rule 8.11.1) its indicators carry none.
    expect(xml).toContain('<reference vocabulary="9" code="16.2.2"/>\n      <indicator measure="1">');
  });

  it('writes baselines, periods, targets, actuals, dimensions, comments and document links', () => {
    expect(xml).toContain('<baseline year="2023" iso-date="2023-12-31" value="164">\n          <document-link url="https://example.org/report-2023" format="text/html">');
    expect(xml).toContain('<period-start iso-date="2024-01-01"/>\n          <period-end iso-date="2024-03-31"/>');
    expect(xml).toContain('<actual value="41">\n            <dimension name="province" value="KH-12"/>\n            <comment>\n              <narrative>ករណីនៅភ្នំពេញ</narrative>');
    expect(xml).toContain('<target value="175"/>');
    expect(xml).toContain('<actual value="0">');
    expect(xml).toContain('<actual value="-5">');
    expect(xml).toContain('<actual value="1000000000000000000000">');
    expect(xml).toContain('<narrative>Line one&#13;\nline two, with "quotes"; and a semicolon</narrative>');
    expect(xml).toContain('<narrative>=HYPERLINK("http://evil")</narrative>');
  });

  it('is deterministic and needs the reporting organisation', () => {
    expect(toIatiXml(demo, demoObservations, options)).toBe(xml);
    expect(() => toIatiXml(demo, demoObservations)).toThrow(/reportingOrg/);
  });

  it('refuses text that XML cannot hold and observations of unknown indicators', () => {
    const { observations } = parseObservations([{ indicator: 'balance', period: '2024', value: 1, note: 'bell \u0007' }], demo);
    expect(() => toIatiXml(demo, observations, options)).toThrow(expect.objectContaining({ problems: [expect.objectContaining({ code: 'XML_INVALID_CHARACTER', path: ['observations', 0, 'note'] })] }) as unknown as Error);
    expect(() => toIatiXml(demo, [{ ...observations[0], indicator: 'nope' } as (typeof observations)[number]], options)).toThrow(/UNKNOWN_INDICATOR/);
  });
});

describe('round trips', () => {
  it('ours → IATI → ours: the Cambodia strategy and every observation come back unchanged', () => {
    const { strategy, observations } = cambodia();
    const back = fromIatiXml(toIatiXml(strategy, observations, options));
    expect(back.rejected).toEqual([]);
    expect(back.strategy).toEqual(strategy);
    // IATI groups actuals by indicator and period, so the order differs; the values do not.
    expect(sorted(back.observations)).toEqual(sorted(observations));
  });

  it('ours → IATI → ours: the demo strategy (every measure, YTD and monthly periods, revisions, URLs, -5, 1e21)', async () => {
    const xml = toIatiXml(demo, demoObservations, options);
    const bytes = new TextEncoder().encode(xml);
    async function* chunks(): AsyncGenerator<Uint8Array> {
      for (let at = 0; at < bytes.length; at += 777) yield bytes.subarray(at, at + 777);
    }
    for (const back of [fromIatiXml(xml), fromIatiXml(bytes), await fromIatiXml(chunks())]) {
      expect(back.rejected).toEqual([]);
      expect(back.strategy).toEqual(demo);
      expect(sorted(back.observations)).toEqual(sorted(demoObservations));
    }
  });

  it('IATI → ours → IATI: every value of a file from another publisher is kept', () => {
    const original = readFileSync(fixture('iati-foreign.xml'), 'utf8');
    const read = fromIatiXml(readFixture('iati-foreign.xml'));
    expect(read.rejected).toEqual([]);
    expect(read.warnings).toEqual([]);
    expect(read.strategy.levels.map((level) => level.id)).toEqual(['impact', 'output']);
    expect(read.strategy.indicators.map((indicator) => [indicator.id, indicator.measure, indicator.direction])).toEqual([
      ['IMPACT-1-1', 'percent', 'increase'],
      ['LAW-01', 'count', 'increase'],
      ['R2-2', 'boolean', 'none'],
      ['R2-3', 'qualitative', 'none'],
    ]);
    const written = toIatiXml(read.strategy, read.observations, { reportingOrg: { ref: 'XM-DAC-41114' }, extension: false });
    const before = resultValues(original);
    const after = resultValues(written);
    // Every value of the original is in the rewrite; the only additions are indicator codes
    // (vocabulary 99) for indicators that had none, and a baseline date (the end of the baseline year).
    // Periods come back in time order, so the values are compared as multisets.
    const kept = (values: string[]) => values.filter((value) => !/reference vocabulary=99 code=R2-|baseline\/@iso-date/.test(value)).sort();
    expect(kept(after)).toEqual(kept(before));
    expect(after).toEqual(expect.arrayContaining(before));
  });
});

describe('fromIatiXml on bad input', () => {
  it.each([
    ['<iati-activities><iati-activity>', 'XML_INVALID'],
    ['not xml at all', 'XML_INVALID'],
    ['<iati-activities version="2.03"><__proto__/></iati-activities>', 'XML_INVALID'],
    ['<iati-activities version="2.03"/>', 'IATI_NO_ACTIVITY'],
    ['<other/>', 'IATI_NO_ACTIVITY'],
  ])('%j → %s', (xml, code) => {
    try {
      fromIatiXml(xml);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(LogframeError);
      expect((error as LogframeError).problems[0]?.code).toBe(code);
    }
  });

  it('reports broken extension data and unknown periods', () => {
    const xml = toIatiXml(demo, demoObservations, options).replace('<logframe:result>{', '<logframe:result>{,');
    expect(() => fromIatiXml(xml)).toThrow(/IATI_EXTENSION_INVALID/);
    const odd = readFileSync(fixture('iati-foreign.xml'), 'utf8').replace('<period-start iso-date="2024-04-01"/>', '<period-start iso-date="2024-04-02"/>');
    expect(fromIatiXml(odd).rejected).toEqual([expect.objectContaining({ index: 3, problems: [expect.objectContaining({ code: 'IATI_PERIOD_UNKNOWN' })] })]);
  });

  it('reads values with the CSV number grammar: an actual written with leading zeros is rejected with its reason', () => {
    const zeros = readFileSync(fixture('iati-foreign.xml'), 'utf8').replace('<actual value="63"/>', '<actual value="063"/>');
    const read = fromIatiXml(zeros);
    expect(read.rejected).toEqual([expect.objectContaining({ index: 3, problems: [expect.objectContaining({ code: 'NUMBER_INVALID', message: expect.stringMatching(/^"063" has leading zeros; write the number without them \(63\)/) as unknown })] })]);
    expect(read.observations.some((observation) => observation.value === 63)).toBe(false);
  });

  it('reads the chosen activity of several, and warns when it had to choose', () => {
    const activity = readFileSync(fixture('iati-foreign.xml'), 'utf8').match(/<iati-activity [\s\S]*<\/iati-activity>/)?.[0] ?? '';
    const second = activity.replace('XM-DAC-41114-KH-CTIP-2024', 'XM-DAC-41114-OTHER').replace('Fewer people trafficked', 'Other impact');
    const two = `<iati-activities version="2.03">${activity}${second}</iati-activities>`;
    expect(fromIatiXml(two).warnings.map((warning) => warning.code)).toEqual(['IATI_ACTIVITY_CHOSEN']);
    expect(fromIatiXml(two, { identifier: 'XM-DAC-41114-OTHER' }).strategy.results[0]?.title).toBe('Other impact');
    expect(fromIatiXml(two, { frame: { id: 'framed', actors: [{ id: 'MOI', name: 'Ministry of Interior' }] } }).strategy).toMatchObject({ id: 'framed', actors: [{ id: 'MOI' }] });
  });
});

/** Every value inside the results of an IATI file, as `path=value` lines in document order (narrative languages made explicit). */
function resultValues(xml: string): string[] {
  const tree = new XMLParser({ preserveOrder: true, ignoreAttributes: false, attributeNamePrefix: '', trimValues: true, parseTagValue: false, parseAttributeValue: false, htmlEntities: true }).parse(xml) as Record<string, unknown>[];
  const values: string[] = [];
  const walk = (nodes: readonly Record<string, unknown>[], path: string, language: string) => {
    for (const node of nodes) {
      const tag = Object.keys(node).find((key) => key !== ':@' && key !== '#text');
      if (tag === undefined) {
        if (typeof node['#text'] === 'string' && node['#text'] !== '') values.push(`${path}=${node['#text']}`);
        continue;
      }
      const attributes = (node[':@'] ?? {}) as Record<string, string>;
      const lang = tag === 'narrative' ? attributes['xml:lang'] ?? language : language;
      const here = `${path}/${tag}${tag === 'narrative' ? `[${lang}]` : ''}`;
      if (tag === 'reference' || tag === 'dimension') values.push(`${here} ${Object.entries(attributes).map(([name, value]) => `${name}=${value}`).join(' ')}`);
      else if (tag !== 'document-link') for (const [name, value] of Object.entries(attributes)) if (name !== 'xml:lang') values.push(`${here}/@${name}=${value}`);
      if (tag === 'document-link') values.push(`${here}/@url=${attributes['url'] ?? ''}`);
      else walk(node[tag] as Record<string, unknown>[], here, lang);
    }
  };
  const activity = ((tree.find((node) => 'iati-activities' in node)?.['iati-activities'] ?? []) as Record<string, unknown>[]).find((node) => 'iati-activity' in node);
  const language = ((activity?.[':@'] ?? {}) as Record<string, string>)['xml:lang'] ?? 'en';
  walk(((activity?.['iati-activity'] ?? []) as Record<string, unknown>[]).filter((node) => 'result' in node), '', language);
  return values;
}
