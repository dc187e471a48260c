import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readStrategyCsv, safeReadStrategyCsv } from '../../../src/io/index.js';
import { LogframeError } from '../../../src/problems/index.js';
import { fixture, readFixture } from '../helpers.js';

const frame = JSON.parse(readFileSync(fixture('frame.json'), 'utf8')) as Record<string, unknown>;

describe('readStrategyCsv', () => {
  it('builds a valid strategy from an indicators spreadsheet and a frame', () => {
    const strategy = readStrategyCsv(readFixture('indicators.csv'), frame);
    expect(strategy.indicators.map((indicator) => indicator.id)).toEqual(['LAW-01', 'PRT-02', 'POL-02', 'CTX-01', 'POL-08', 'PRV-05']);
    const [cases, referred, treaty, tier, budget, rate] = strategy.indicators;
    expect(cases).toMatchObject({
      title: { en: 'Cases investigated', km: 'ករណីដែលបានស៊ើបអង្កេត' },
      result: 'LAW.1',
      unit: 'cases',
      lead: 'MOI',
      supporting: ['MOJ', 'MOSVY'],
      baseline: { period: '2023', value: 164, source: 'NCCT annual report 2023' },
      targets: { '2024': 175, '2025': 190, '2026': 205, '2027': 220, '2028': 235 },
      disaggregations: ['province'],
      frequency: 'Quarterly',
      cumulative: false,
      definition: 'Cases opened by the police, "counted" at opening.',
      references: [{ vocabulary: '9', code: '16.2.2' }],
    });
    expect(referred).toMatchObject({ baseline: { period: '2023', value: 38 }, sensitive: true, disaggregations: ['sex'] });
    expect(treaty?.targets).toEqual({ '2024': false, '2025': true, '2026': true, '2027': true, '2028': true });
    expect(tier).toMatchObject({ measure: 'ordinal', targets: {}, levels: [{ code: 'tier3', label: 'Tier 3' }, { code: 'tier2wl', label: 'Tier 2 Watch List' }, { code: 'tier2', label: 'Tier 2' }, { code: 'tier1', label: 'Tier 1' }] });
    expect(budget).toMatchObject({ currency: 'USD', targets: { '2028': 3000000.5 } });
    expect(rate).toMatchObject({ measure: 'rate', ratePer: 1000, direction: 'decrease' });
  });

  it('lists every problem with row- and column-aware paths', () => {
    const csv = [
      'id,title,result,measure,direction,baselineValue,2024,2028,cumulative,lead',
      'A,Cases,LAW,count,increase,164,1.5,abc,maybe,MOI',
      '',
      'B,Share,NOPE,percent,decrease,50,40,60,no,MOX',
      'C,Too,LAW,count,increase,1,2',
    ].join('\n');
    const result = safeReadStrategyCsv(csv, frame);
    expect(result.ok).toBe(false);
    const problems = result.ok ? [] : result.problems;
    expect(problems.map((problem) => [problem.code, problem.path])).toEqual([
      ['NUMBER_INVALID', ['indicators', 0, '2028']],
      ['BOOLEAN_INVALID', ['indicators', 0, 'cumulative']],
      ['CSV_TOO_FEW_FIELDS', ['indicators', 2]],
    ]);
    expect(problems[0]?.message).toMatch(/^Line 2, column "2028": /);
    expect(problems[2]?.message).toMatch(/^Line 5: /);

    const model = safeReadStrategyCsv(csv.split('\n').slice(0, 4).join('\n').replace('abc', '235').replace('maybe', 'no'), frame);
    const modelProblems = model.ok ? [] : model.problems;
    expect(modelProblems.map((problem) => [problem.code, problem.path])).toEqual([
      ['VALUE_NOT_COUNT', ['indicators', 0, '2024']],
      ['UNKNOWN_REFERENCE', ['indicators', 1, 'lead']],
      ['UNKNOWN_REFERENCE', ['indicators', 1, 'result']],
      ['TARGET_CONTRADICTS_DIRECTION', ['indicators', 1, '2028']],
    ]);
    expect(modelProblems[1]?.message).toMatch(/^Line 4, column "lead": /);
  });

  it('reports header and frame problems', () => {
    const header = safeReadStrategyCsv('title,title,Notes,__proto__\n', frame);
    expect(header.ok ? [] : header.problems.map((problem) => [problem.code, problem.path])).toEqual([
      ['CSV_HEADER_DUPLICATE', ['header', 1]],
      ['CSV_HEADER_RESERVED', ['header', 3]],
      ['CSV_HEADER_UNKNOWN', ['header', 2]],
      ['CSV_HEADER_MISSING', ['header']],
    ]);
    expect(safeReadStrategyCsv('id,title,Notes\n', frame, { ignoreColumns: ['Notes'] }).ok).toBe(true);
    const withIndicators = safeReadStrategyCsv('id\n', { ...frame, indicators: [] });
    expect(withIndicators.ok ? [] : withIndicators.problems.map((problem) => problem.code)).toEqual(['FRAME_HAS_INDICATORS']);
    expect(safeReadStrategyCsv('id\n', 'frame').ok).toBe(false);
    expect(() => readStrategyCsv('', frame)).toThrow(LogframeError);
  });

  it("refuses an undeclared ';'-separated indicators file with one problem, and reads it with delimiter ';' or 'auto'", () => {
    const csv = 'id;title;result;measure;baselineValue;2028\r\ncases;Cases;LAW;count;164;235\r\n';
    const undeclared = safeReadStrategyCsv(csv, frame);
    expect(undeclared.ok ? [] : undeclared.problems).toEqual([expect.objectContaining({ path: ['line', 1], code: 'CSV_DELIMITER_UNDECLARED', message: expect.stringMatching(/looks ';'-separated; declare delimiter ';'/) as unknown })]);
    expect(() => readStrategyCsv(csv, frame)).toThrow(LogframeError);
    for (const delimiter of [';', 'auto'] as const) expect(readStrategyCsv(csv, frame, { delimiter }).indicators[0]?.targets).toEqual({ '2028': 235 });
  });

  it('refuses a baseline or target written with leading zeros, naming the cell', () => {
    const result = safeReadStrategyCsv('id,title,result,measure,baselineValue,2028\ncases,Cases,LAW,count,0164,235\n', frame);
    expect(result.ok ? [] : result.problems.map((problem) => [problem.code, problem.path, problem.message])).toEqual([
      ['NUMBER_INVALID', ['indicators', 0, 'baselineValue'], expect.stringMatching(/^Line 2, column "baselineValue": "0164" has leading zeros; write the number without them \(164\)/)],
    ]);
  });

  it('refuses reserved keys hidden in the frame', () => {
    const result = safeReadStrategyCsv('id\n', JSON.parse(`{ ${JSON.stringify(frame).slice(1, -1)}, "__proto__": { "polluted": true } }`) as unknown);
    expect(result.ok ? [] : result.problems.map((problem) => problem.code)).toContain('RESERVED_KEY');
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});
