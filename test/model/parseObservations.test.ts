import { describe, expect, it } from 'vitest';
import { LogframeError, parseObservations, parseStrategy } from '../../src/index.js';
import { cambodiaObservationsJson, cambodiaStrategyJson, tinyStrategy } from './helpers.js';

const strategy = parseStrategy(tinyStrategy());
const base = { indicator: 'charged', period: '2024', value: 320 };

describe('parseObservations', () => {
  it('accepts the Cambodia example observations and never loses an item', () => {
    const cambodia = parseStrategy(cambodiaStrategyJson());
    for (const file of ['observations-2024.json', 'observations-2025-2026.json']) {
      const input = cambodiaObservationsJson(file);
      const { observations, rejected } = parseObservations(input, cambodia);
      expect(observations.length + rejected.length).toBe(input.length);
      expect(rejected).toEqual([]);
    }
  });

  it('throws a LogframeError when the input is not a list', () => {
    expect(() => parseObservations({ indicator: 'x' }, strategy)).toThrow(LogframeError);
  });

  it('rejects bad items with their index, line and reasons, keeping the rest', () => {
    const input = [
      base,
      { ...base, indicator: 'nope' },
      { ...base, period: '2024Q5' },
      { ...base, value: -1 },
      { ...base, disaggregation: { sex: 'unknown' } },
      { ...base, disaggregation: { province: 'KH-12' } },
      { ...base, reportedBy: 'MOX' },
      { ...base, extra: 1 },
      'not an object',
    ];
    const { observations, rejected } = parseObservations(input, strategy, { lines: input.map((_, index) => index + 2) });
    expect(observations).toHaveLength(1);
    expect(rejected.map((item) => [item.index, item.line, item.problems[0]?.code])).toEqual([
      [1, 3, 'UNKNOWN_INDICATOR'],
      [2, 4, 'PERIOD_INVALID'],
      [3, 5, 'VALUE_NOT_COUNT'],
      [4, 6, 'UNKNOWN_CODE'],
      [5, 7, 'UNKNOWN_DIMENSION'],
      [6, 8, 'UNKNOWN_REFERENCE'],
      [7, 9, 'UNKNOWN_KEY'],
      [8, 10, 'WRONG_TYPE'],
    ]);
    expect(rejected[6]?.record).toEqual({ ...base, extra: 1 });
  });

  it('keeps null values as missing, never zero', () => {
    const { observations } = parseObservations([{ ...base, value: null }], strategy);
    expect(observations[0]?.value).toBeNull();
  });

  it('keeps revisions and flags the earlier ones', () => {
    const { observations, warnings } = parseObservations([
      { ...base, reportedOn: '2025-01-10' },
      { ...base, value: 330, reportedOn: '2025-02-10' },
    ], strategy);
    expect(observations).toHaveLength(2);
    expect(warnings.map((w) => [w.path, w.code])).toEqual([[[0], 'OBSERVATION_REVISED']]);
  });

  it('rejects a copy reported the same day and both of two conflicting values', () => {
    const copy = parseObservations([{ ...base, reportedOn: '2025-01-10' }, { ...base, reportedOn: '2025-01-10' }], strategy);
    expect(copy.observations).toHaveLength(1);
    expect(copy.rejected.map((item) => [item.index, item.problems[0]?.code])).toEqual([[1, 'DUPLICATE_OBSERVATION']]);
    const conflict = parseObservations([{ ...base, reportedOn: '2025-01-10' }, { ...base, value: 999, reportedOn: '2025-01-10' }], strategy);
    expect(conflict.observations).toHaveLength(0);
    expect(conflict.rejected.map((item) => item.problems[0]?.code)).toEqual(['CONFLICTING_OBSERVATIONS', 'CONFLICTING_OBSERVATIONS']);
  });

  it('rejects rows mixing sets of dimensions for one indicator and period, whatever their order', () => {
    const twoDimensions = parseStrategy(tinyStrategy({
      dimensions: [
        { id: 'sex', title: 'Sex', codes: [{ code: 'female', label: 'F' }, { code: 'male', label: 'M' }] },
        { id: 'age', title: 'Age', codes: [{ code: 'child', label: 'Child' }, { code: 'adult', label: 'Adult' }] },
      ],
      indicators: [{ ...tinyStrategy().indicators[0], disaggregations: ['sex', 'age'] }],
    }));
    const input = [
      { ...base },
      { ...base, value: 100, disaggregation: { sex: 'female' } },
      { ...base, value: 50, disaggregation: { sex: 'female', age: 'child' } },
    ];
    const forward = parseObservations(input, twoDimensions);
    const backward = parseObservations([...input].reverse(), twoDimensions);
    expect(forward.observations).toHaveLength(1);
    expect(backward.observations).toHaveLength(1);
    expect(forward.rejected.every((item) => item.problems.some((p) => p.code === 'MIXED_DISAGGREGATIONS'))).toBe(true);
  });

  it('rejects values for computed indicators', () => {
    const computed = parseStrategy(tinyStrategy({
      indicators: [...tinyStrategy().indicators, { id: 'rate', title: 'Rate', result: 'O1', measure: 'ratio', direction: 'none', formula: 'charged / 2' }],
    }));
    const { rejected } = parseObservations([{ indicator: 'rate', period: '2024', value: 3 }], computed);
    expect(rejected[0]?.problems[0]?.code).toBe('INDICATOR_COMPUTED');
  });

  it('rejects reserved keys in disaggregations without polluting prototypes', () => {
    const input = JSON.parse('[{"indicator":"charged","period":"2024","value":1,"disaggregation":{"__proto__":{"polluted":true}}}]') as unknown;
    const { rejected } = parseObservations(input, strategy);
    expect(rejected[0]?.problems.map((p) => p.code)).toContain('RESERVED_KEY');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('does not mutate its input', () => {
    const input = [{ ...base }];
    const before = JSON.stringify(input);
    parseObservations(input, strategy);
    expect(JSON.stringify(input)).toBe(before);
  });
});
