// Checklist items 15, 16, 17, 18 and 23: keys and values that have broken JavaScript libraries.
// Reserved keys are refused with a path wherever a user key is accepted (and the prototype stays
// clean); unknown fields are errors, never dropped; a duplicate key cannot survive JSON.parse, so
// the place duplicates can appear is a CSV header, where a duplicate dimension column is refused;
// error reports stay readable for keys named like Object.prototype members; ids are ASCII, so
// NFC/NFD twins and bidi controls cannot be ids; values are checked against their declared unit.
import { describe, expect, it } from 'vitest';
import {
  formatPath, LogframeError, parseObservations, parseStrategy, readObservationsCsvSync, safeParseStrategy,
} from '../../src/index.js';
import type { Problem } from '../../src/index.js';
import { cambodiaStrategyJson, pollutedNames, problemShapeErrors, sharedState } from './helpers.js';

const strategy = parseStrategy(cambodiaStrategyJson());
const LAW01 = { indicator: 'LAW-01', period: '2024', value: 197 };
const LAW01_INDEX = strategy.indicators.findIndex((indicator) => indicator.id === 'LAW-01');

function strategyProblems(input: unknown): Problem[] {
  const result = safeParseStrategy(input);
  return result.ok ? [] : [...result.problems];
}

/** The Cambodia plan as JSON text with one substitution, parsed the way a file would be. */
function cambodiaWith(find: string, replace: string): unknown {
  const text = JSON.stringify(cambodiaStrategyJson());
  expect(text.includes(find), find).toBe(true);
  return JSON.parse(text.replace(find, replace)) as unknown;
}

describe('reserved keys in JSON (checklist 16)', () => {
  const before = sharedState();

  it.each(['__proto__', 'constructor', 'prototype'])('"%s" as a disaggregation key is refused with its path, the prototype untouched', (key) => {
    const input = JSON.parse(`[{"indicator":"LAW-01","period":"2024","value":1,"disaggregation":{"${key}":{"polluted":"yes"}}}]`) as unknown;
    const { observations, rejected } = parseObservations(input, strategy);
    expect(observations).toEqual([]);
    expect(rejected[0]?.problems.map((problem) => [problem.code, problem.path])).toContainEqual(['RESERVED_KEY', ['disaggregation', key]]);
    expect(pollutedNames()).toEqual([]);
  });

  it.each([
    ['targets', '"targets":{"2024":175', '"targets":{"__proto__":{"polluted":"yes"},"2024":175', ['indicators', LAW01_INDEX, 'targets', '__proto__']],
    ['a multilingual title', '"title":{"en":"Policy, legal', '"title":{"constructor":"x","en":"Policy, legal', ['results', 0, 'title', 'constructor']],
    ['an indicator', '{"id":"POL-01",', '{"prototype":1,"id":"POL-01",', ['indicators', 0, 'prototype']],
    ['the plan', '{"schemaVersion":1,', '{"__proto__":{"polluted":"yes"},"schemaVersion":1,', ['__proto__']],
  ])('a reserved key in %s is refused with its path', (_, find, replace, path) => {
    const problems = strategyProblems(cambodiaWith(find, replace));
    expect(problems.filter((problem) => problem.code === 'RESERVED_KEY').map((problem) => problem.path)).toContainEqual(path);
    expect(pollutedNames()).toEqual([]);
  });

  it('a reserved key in external fields of an observation is refused', () => {
    const input = JSON.parse('[{"indicator":"LAW-01","period":"2024","value":1,"external":{"__proto__":"x"}}]') as unknown;
    expect(parseObservations(input, strategy).rejected[0]?.problems.map((problem) => problem.path)).toContainEqual(['external', '__proto__']);
  });

  it('nothing above changed a built-in prototype or a global', () => {
    expect(sharedState()).toEqual(before);
  });
});

describe('unknown and duplicate fields (checklist 17)', () => {
  it.each([
    ['the plan', '{"schemaVersion":1,', '{"colour":"red","schemaVersion":1,', ['colour']],
    ['the period', '"period":{"start":2024,', '"period":{"middle":2026,"start":2024,', ['period', 'middle']],
    ['a level', '"levels":[{"id":"pillar",', '"levels":[{"rank":1,"id":"pillar",', ['levels', 0, 'rank']],
    ['an actor', '{"id":"NCCT",', '{"email":"x@example.org","id":"NCCT",', ['actors', 0, 'email']],
    ['a result', '"results":[{"id":"POL",', '"results":[{"owner":"x","id":"POL",', ['results', 0, 'owner']],
    ['an indicator', '{"id":"POL-01",', '{"colour":"red","id":"POL-01",', ['indicators', 0, 'colour']],
    ['a baseline', '"baseline":{"period":"2023",', '"baseline":{"year":2023,"period":"2023",', ['indicators', 0, 'baseline', 'year']],
  ])('an unknown field in %s is an error naming it, not silently dropped', (_, find, replace, path) => {
    const problem = strategyProblems(cambodiaWith(find, replace)).find((candidate) => candidate.code === 'UNKNOWN_KEY');
    expect(problem?.path).toEqual(path);
    expect(problem?.message).toContain(`"${String(path.at(-1))}"`);
  });

  it('an unknown field in an observation rejects that observation, naming the field', () => {
    const { rejected } = parseObservations([{ ...LAW01, colour: 'red' }], strategy);
    expect(rejected[0]?.problems.map((problem) => [problem.code, problem.path])).toEqual([['UNKNOWN_KEY', ['colour']]]);
  });

  it('JSON.parse keeps only the last of duplicate keys, so a disaggregation is a record with one code per dimension (documented in docs/security.md)', () => {
    const parsed = JSON.parse('{"indicator":"PRT-01","period":"2024","value":5,"disaggregation":{"sex":"female","sex":"male"}}') as { disaggregation: Record<string, string> };
    expect(parsed.disaggregation).toEqual({ sex: 'male' });
    expect(Object.keys(parsed.disaggregation)).toEqual(['sex']);
  });

  it('a duplicate dimension column in a CSV is refused as a whole, naming the column and its position', () => {
    let thrown: unknown;
    try {
      readObservationsCsvSync('indicator,period,value,sex,province,sex\r\nPRT-01,2024,5,female,KH-12,male\r\n', strategy);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(LogframeError);
    const problems = (thrown as LogframeError).problems;
    expect(problems.map((problem) => [problem.code, problem.path])).toEqual([['CSV_HEADER_DUPLICATE', ['header', 5]]]);
    expect(problems[0]?.message).toContain('sex');
  });

  it('a duplicate dimension column that differs only in case or spacing is refused too, never renamed', () => {
    for (const header of ['indicator,period,value,sex,Sex', 'indicator,period,value,sex, sex', 'indicator,period,value,value']) {
      let thrown: unknown;
      try {
        readObservationsCsvSync(`${header}\r\nPRT-01,2024,5,female,male\r\n`, strategy);
      } catch (error) {
        thrown = error;
      }
      expect(thrown, header).toBeInstanceOf(LogframeError);
      expect(problemShapeErrors(thrown as LogframeError)).toEqual([]);
    }
  });

  it('the same indicator, period and disaggregation twice the same day is a duplicate; with different values both are rejected', () => {
    const row = { indicator: 'PRT-01', period: '2024', value: 5, disaggregation: { sex: 'female' }, reportedOn: '2025-01-10' };
    expect(parseObservations([row, row], strategy).rejected.map((item) => item.problems[0]?.code)).toEqual(['DUPLICATE_OBSERVATION']);
    expect(parseObservations([row, { ...row, value: 6 }], strategy).rejected.map((item) => item.problems[0]?.code)).toEqual(['CONFLICTING_OBSERVATIONS', 'CONFLICTING_OBSERVATIONS']);
  });
});

describe('error reports for keys named like Object.prototype members (checklist 18)', () => {
  it.each(['constructor', 'toString', 'hasOwnProperty', 'valueOf', '__defineGetter__', 'isPrototypeOf'])('invalid values under "%s" give a readable LogframeError, not a TypeError', (key) => {
    const inputs = [
      cambodiaWith('"targets":{"2024":175', `"targets":{"${key}":"abc","2024":175`),
      cambodiaWith('"title":{"en":"Policy, legal', `"title":{"${key}":5,"en":"Policy, legal`),
      cambodiaWith('{"id":"POL-01",', `{"${key}":{"deep":[1,{"${key}":2}]},"id":"POL-01",`),
    ];
    for (const input of inputs) {
      let thrown: unknown;
      try {
        parseStrategy(input);
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(LogframeError);
      const error = thrown as LogframeError;
      expect(problemShapeErrors(error)).toEqual([]);
      expect(error.problems.some((problem) => problem.path.includes(key))).toBe(true);
      expect(error.message).toContain(key);
      for (const problem of error.problems) expect(typeof formatPath(problem.path)).toBe('string');
    }
    const observations = parseObservations(JSON.parse(`[{"indicator":"PRT-01","period":"2024","value":1,"disaggregation":{"${key}":5},"external":{"${key}":[]}}]`), strategy);
    expect(observations.rejected[0]?.problems.length).toBeGreaterThan(0);
    expect(pollutedNames()).toEqual([]);
  });
});

describe('Unicode in ids (checklist 15)', () => {
  it.each([
    ['a right-to-left override', 'MOJ\u202E'],
    ['a first-strong isolate', '\u2068MOJ'],
    ['a zero-width space', 'MO\u200BJ'],
    ['an NFC accent', 'Minist\u00E8re'],
    ['an NFD accent', 'Ministe\u0300re'],
    ['a full-width letter', 'ＭOJ'],
  ])('an actor id with %s is refused, so two spellings cannot name two things', (_, id) => {
    const problems = strategyProblems(cambodiaWith('{"id":"NCCT",', `{"id":${JSON.stringify(id)},`));
    expect(problems.map((problem) => [problem.code, problem.path])).toContainEqual(['INVALID_FORMAT', ['actors', 0, 'id']]);
  });

  it('NFC and NFD spellings of a display name are kept as written (names are not ids), and the ids stay distinct', () => {
    const input = cambodiaStrategyJson();
    const actors = input['actors'] as Record<string, unknown>[];
    actors[0]!['name'] = 'Minist\u00E8re';
    actors[1]!['name'] = 'Ministe\u0300re';
    const parsed = parseStrategy(input);
    expect(parsed.actors[0]?.name).toBe('Minist\u00E8re');
    expect(parsed.actors[1]?.name).toBe('Ministe\u0300re');
    expect(parsed.actors[0]?.id).not.toBe(parsed.actors[1]?.id);
  });
});

describe('values against their declared unit (checklist 23)', () => {
  it.each([
    ['a negative count', 'LAW-01', -1, 'VALUE_NOT_COUNT'],
    ['a fractional count', 'LAW-01', 2.5, 'VALUE_NOT_COUNT'],
    ['a percentage of 120', 'PRT-02', 120, 'VALUE_OUT_OF_RANGE'],
    ['a percentage of −5', 'PRT-02', -5, 'VALUE_OUT_OF_RANGE'],
    ['text for a count', 'LAW-01', '12', 'VALUE_WRONG_TYPE'],
    ['a boolean for a count', 'LAW-01', true, 'VALUE_WRONG_TYPE'],
  ])('%s is rejected', (_, indicator, value, code) => {
    const { rejected } = parseObservations([{ indicator, period: '2024', value }], strategy);
    expect(rejected[0]?.problems.map((problem) => problem.code)).toEqual([code]);
  });

  it.each([['NaN', Number.NaN], ['Infinity', Number.POSITIVE_INFINITY], ['-Infinity', Number.NEGATIVE_INFINITY], ['1e400 (JSON.parse gives Infinity)', JSON.parse('1e400') as number]])('%s is rejected as a value, a baseline and a target', (_, value) => {
    expect(parseObservations([{ ...LAW01, value }], strategy).rejected[0]?.problems[0]?.message).toMatch(/finite|number/);
    const withBaseline = cambodiaStrategyJson();
    (withBaseline['indicators'] as Record<string, any>[])[0]!['baseline']['value'] = value;
    expect(strategyProblems(withBaseline).length).toBeGreaterThan(0);
    const withTarget = cambodiaStrategyJson();
    (withTarget['indicators'] as Record<string, any>[])[0]!['targets']['2028'] = value;
    expect(strategyProblems(withTarget).length).toBeGreaterThan(0);
  });

  it('a 0–100 percentage series written as fractions (all ≤ 1) is accepted with one scale warning, from JSON and from CSV', () => {
    const percent = strategy.indicators.find((indicator) => indicator.measure === 'percent' && indicator.disaggregations.length === 0 && indicator.formula === undefined && indicator.ratio === undefined);
    expect(percent).toBeDefined();
    const id = percent?.id ?? '';
    const input = [LAW01, ...['2024', '2025', '2026'].map((period, index) => ({ indicator: id, period, value: [0.45, 0.5, 0.6][index] }))];
    const json = parseObservations(input, strategy);
    expect(json.rejected).toEqual([]);
    expect(json.observations).toHaveLength(input.length);
    expect(json.warnings).toEqual([expect.objectContaining({ path: [1, 'value'], code: 'PERCENT_SCALE_SUSPECT', severity: 'warning', message: expect.stringContaining(`All 3 values of percentage indicator "${id}"`) as unknown })]);
    expect(json.warnings[0]?.message).toMatch(/multiply them by 100/);

    const csv = readObservationsCsvSync(['indicator,period,value', ...input.map((item) => `${item.indicator},${item.period},${item.value}`)].join('\r\n'), strategy);
    expect(csv.observations.length + csv.rejected.length).toBe(csv.rows);
    expect(csv.rejected).toEqual([]);
    expect(csv.warnings.map((warning) => [warning.code, warning.path])).toEqual([['PERCENT_SCALE_SUSPECT', [1, 'value']]]);
    expect(csv.warnings[0]?.message).toMatch(/^Line 3: /);
  });

  it('a baseline or target that does not fit the measure is refused in the strategy too', () => {
    const input = cambodiaStrategyJson();
    const indicators = input['indicators'] as Record<string, any>[];
    const count = indicators.findIndex((indicator) => indicator['measure'] === 'count' && indicator['baseline'] !== undefined);
    const percent = indicators.findIndex((indicator) => indicator['measure'] === 'percent' && indicator['baseline'] !== undefined);
    indicators[count]!['baseline']['value'] = 3.5;
    indicators[percent]!['baseline']['value'] = 101;
    const codes = strategyProblems(input).map((problem) => [problem.code, problem.path.slice(0, 2)]);
    expect(codes).toContainEqual(['VALUE_NOT_COUNT', ['indicators', count]]);
    expect(codes).toContainEqual(['VALUE_OUT_OF_RANGE', ['indicators', percent]]);
  });
});
