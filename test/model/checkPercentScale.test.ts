import { describe, expect, it } from 'vitest';
import { parseObservations, parseStrategy, safeParseStrategy } from '../../src/index.js';
import { checkPercentScale } from '../../src/model/checkPercentScale.js';
import { tinyStrategy } from './helpers.js';

const strategy = parseStrategy(tinyStrategy());
const share = (period: string, value: number | null) => ({ indicator: 'share', period, value });
const charged = { indicator: 'charged', period: '2024', value: 320, disaggregation: { sex: 'female' } };

describe('percentage series that look like fractions (checklist 23)', () => {
  it('warns once when 3 or more accepted values of a 0–100 percentage all lie within 0–1, at its first value', () => {
    const input = [charged, share('2024', 0.41), share('2025', 0.45), share('2026', 0.5), share('2027', 0)];
    const { observations, rejected, warnings } = parseObservations(input, strategy);
    expect(observations).toHaveLength(input.length);
    expect(rejected).toEqual([]);
    expect(warnings).toEqual([{
      path: [1, 'value'],
      code: 'PERCENT_SCALE_SUSPECT',
      severity: 'warning',
      message: 'All 4 values of percentage indicator "share" lie between 0 and 1, so they look like fractions (0.45) written where percentages (45) are meant. If so, multiply them by 100; if the indicator is a share from 0 to 1, declare it with measure "ratio" instead of "percent".',
    }]);
  });

  it.each([
    ['two values', [share('2024', 0.4), share('2025', 0.5)]],
    ['only zeros', [share('2024', 0), share('2025', 0), share('2026', 0)]],
    ['one value above 1', [share('2024', 0.4), share('2025', 0.5), share('2026', 1.5)]],
    ['values on the 0–100 scale', [share('2024', 41), share('2025', 45), share('2026', 50)]],
    ['nulls counted as values', [share('2024', 0.4), share('2025', null), share('2026', null)]],
  ])('does not warn for %s', (_, input) => {
    const result = parseObservations(input, strategy);
    expect(result.rejected).toEqual([]);
    expect(result.warnings.filter((warning) => warning.code === 'PERCENT_SCALE_SUSPECT')).toEqual([]);
  });

  it('does not warn for a ratio, or for a percentage whose declared limits end at 1', () => {
    const json = tinyStrategy();
    const [count, percent] = json['indicators'] as Record<string, unknown>[];
    const asRatio = parseStrategy({ ...json, indicators: [count, { ...percent, measure: 'ratio', baseline: { period: '2023', value: 0.38 }, targets: { '2028': 0.85 } }] });
    const limited = parseStrategy({ ...json, indicators: [count, { ...percent, limits: { min: 0, max: 1 }, baseline: { period: '2023', value: 0.38 }, targets: { '2028': 0.85 } }] });
    const input = [share('2024', 0.4), share('2025', 0.5), share('2026', 0.6)];
    for (const declared of [asRatio, limited]) {
      const result = parseObservations(input, declared);
      expect(result.observations).toHaveLength(3);
      expect(result.warnings).toEqual([]);
    }
  });

  it('counts only accepted values: a rejected item neither makes nor breaks the series', () => {
    const tooFew = [share('2024', 0.4), share('2025', 0.5), share('2026', 150), { ...share('2027', 0.6), reportedBy: 'NOBODY' }];
    const result = parseObservations(tooFew, strategy);
    expect(result.rejected.map((item) => item.index)).toEqual([2, 3]);
    expect(result.observations.length + result.rejected.length).toBe(tooFew.length);
    expect(result.warnings).toEqual([]);

    const enough = [share('2024', 0.4), share('2024', 0.4), share('2025', 0.5), share('2026', 150), share('2027', 0.6)];
    const warned = parseObservations(enough, strategy);
    expect(warned.rejected.map((item) => [item.index, item.problems[0]?.code])).toEqual([[1, 'DUPLICATE_OBSERVATION'], [3, 'VALUE_OUT_OF_RANGE']]);
    expect(warned.observations.length + warned.rejected.length).toBe(enough.length);
    expect(warned.warnings).toEqual([expect.objectContaining({ code: 'PERCENT_SCALE_SUSPECT', path: [0, 'value'], message: expect.stringMatching(/^All 3 values/) as unknown })]);
  });

  it('gives the same warnings through the fast path and through zod, sorted by item with the other warnings', () => {
    const input = [share('2024', 0.4), share('2030', 0.5), { ...share('2025', 0.5), reportedOn: '2025-02-01' }, { ...share('2025', 0.55), reportedOn: '2025-03-01' }];
    const fast = parseObservations(input, strategy);
    const zod = parseObservations(input, strategy, { validate: 'zod' });
    expect(zod).toEqual(fast);
    expect(fast.warnings.map((warning) => [warning.code, warning.path])).toEqual([
      ['PERCENT_SCALE_SUSPECT', [0, 'value']],
      ['PERIOD_OUTSIDE_PLAN', [1, 'period']],
      ['OBSERVATION_REVISED', [2]],
    ]);
  });

  it('checkPercentScale leaves out items marked rejected and returns nothing when no indicator is a percentage', () => {
    const observations = parseObservations([share('2024', 0.4), share('2025', 0.5), share('2026', 0.6)], strategy).observations;
    expect(checkPercentScale(strategy.indicators, observations, new Map())).toHaveLength(1);
    expect(checkPercentScale(strategy.indicators, observations, new Map([[1, []]]))).toEqual([]);
    expect(checkPercentScale(strategy.indicators.filter((indicator) => indicator.measure !== 'percent'), observations, new Map())).toEqual([]);
  });
});

describe('a plan whose percentage baseline and targets look like fractions', () => {
  const withShare = (share: Record<string, unknown>) => {
    const raw = tinyStrategy();
    raw['indicators'][1] = { ...raw['indicators'][1], ...share };
    return safeParseStrategy(raw);
  };

  it('warns once, at the baseline, and the plan stays usable', () => {
    const result = withShare({ baseline: { period: '2023', value: 0.38 }, targets: { '2026': { value: 0.6 }, '2028': 0.85 } });
    expect(result.ok).toBe(true);
    expect(result.ok && result.warnings).toEqual([{
      path: ['indicators', 1, 'baseline', 'value'],
      code: 'PERCENT_SCALE_SUSPECT',
      severity: 'warning',
      message: 'The baseline and targets of percentage indicator "share" (0.38, 0.6, 0.85) all lie between 0 and 1, so they look like fractions (0.45) written where percentages (45) are meant. If so, multiply them by 100; if the indicator is a share from 0 to 1, declare it with measure "ratio" instead of "percent"; if it is a percentage that stays below 1 %, declare limits: { "max": 1 }.',
    }]);
  });

  it('points at the first target when there is no baseline', () => {
    const result = withShare({ direction: 'none', baseline: undefined, targets: { '2026': { value: 0.6 }, '2028': 0.85 } });
    expect(result.ok && result.warnings.map((warning) => warning.path)).toEqual([['indicators', 1, 'targets', '2026', 'value']]);
  });

  it.each([
    ['one figure', { targets: {}, baseline: { period: '2023', value: 0.4 } }],
    ['only zeros', { direction: 'none', baseline: { period: '2023', value: 0 }, targets: { '2028': 0 } }],
    ['a figure above 1', { baseline: { period: '2023', value: 0.4 }, targets: { '2028': 12 } }],
    ['limits that end at 1', { limits: { min: 0, max: 1 }, baseline: { period: '2023', value: 0.4 }, targets: { '2028': 0.9 } }],
    ['a ratio', { measure: 'ratio', baseline: { period: '2023', value: 0.4 }, targets: { '2028': 0.9 } }],
  ])('does not warn for %s', (_, share) => {
    const result = withShare(share);
    expect(result.ok).toBe(true);
    expect(result.ok && result.warnings).toEqual([]);
  });
});
