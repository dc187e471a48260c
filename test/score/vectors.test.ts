// The acceptance vectors of methods.md §8 (T1–T8, T10; T9 belongs to the roll-up), computed end
// to end: from a strategy and observations through evaluateIndicator, and through the primitives.
import { describe, expect, it } from 'vitest';
import {
  cagr,
  classify,
  currentStatusIndex,
  evaluateIndicator,
  growthRatio,
  projectValue,
  requiredCagr,
} from '../../src/score/index.js';
import { observe, sdgStrategy, strategyWith } from './helpers.js';
import type { IndicatorSpec } from './helpers.js';

/** Scores an SDG-style indicator with one observation (reported the March after its year). */
function sdg(indicator: IndicatorSpec, latest: { year: number; value: number }, method: string) {
  const strategy = sdgStrategy({ measure: 'ratio', ...indicator });
  const observations = observe(strategy, [{ period: String(latest.year), value: latest.value, reportedOn: `${latest.year + 1}-03-01` }]);
  return evaluateIndicator(strategy, observations, 'I1', { asOf: `${latest.year + 1}-06-30`, method: method as 'default' });
}

const T1 = { baseline: { period: '2015', value: 20 }, targets: { '2030': 5 }, direction: 'decrease' } as const;
const T2 = { baseline: { period: '2015', value: 50 }, targets: { '2030': 80 }, direction: 'increase' } as const;
const T3 = T2;
const T4 = { baseline: { period: '2015', value: 100 }, direction: 'increase' } as const;
const T5 = { baseline: { period: '2015', value: 95 }, direction: 'increase', limits: { max: 100 } } as const;
const T6 = { baseline: { period: '2015', value: 100 }, direction: 'increase', limits: { max: 100 } } as const;

describe('T1: 2015 = 20, 2022 = 15, target 2030 = 5, decrease', () => {
  it('gives the growth rates and growth ratio', () => {
    const result = sdg(T1, { year: 2022, value: 15 }, 'eurostat');
    expect(result.trend.cagr).toBeCloseTo(-0.0402644, 6);
    expect(result.trend.requiredCagr).toBeCloseTo(-0.0882775, 6);
    expect(result.trend.growthRatio).toBeCloseTo(0.456112, 6);
    expect(result.methodResult.category).toBe('insufficient progress towards the target');
    expect(result.status).toBe('off-track');
  });
  it('is limited progress for Open SDG with score −0.599520', () => {
    const result = sdg(T1, { year: 2022, value: 15 }, 'opensdg');
    expect(result.methodResult.category).toBe('limited progress');
    expect(result.methodResult.nativeScore).toBeCloseTo(-0.59952, 6);
  });
  it('projects 10.79703 and r = 0.613532 (category 2) for UNSD 2023', () => {
    const result = sdg(T1, { year: 2022, value: 15 }, 'unsd2023');
    expect(result.trend.projected.cagr).toBeCloseTo(10.79703, 5);
    expect(result.trend.projectedShare).toBeCloseTo(0.613532, 6);
    expect(result.methodResult.nativeScore).toBe(2);
    expect(result.status).toBe('at-risk');
  });
});

describe('T2: 2015 = 50, 2020 = 60, target 2030 = 80, increase', () => {
  it('gives CAGR 0.0371373, required 0.0318296 and growth ratio 1.166752', () => {
    const result = sdg(T2, { year: 2020, value: 60 }, 'eurostat');
    expect(result.trend.cagr).toBeCloseTo(0.0371373, 6);
    expect(result.trend.requiredCagr).toBeCloseTo(0.0318296, 6);
    expect(result.trend.growthRatio).toBeCloseTo(1.166752, 6);
    expect(result.methodResult.category).toBe('significant progress towards the target');
    expect(result.status).toBe('on-track');
  });
  it('is substantial progress for Open SDG with score 4.048292', () => {
    const result = sdg(T2, { year: 2020, value: 60 }, 'opensdg');
    expect(result.methodResult.category).toBe('substantial progress');
    expect(result.methodResult.nativeScore).toBeCloseTo(4.048292, 6);
    expect(result.status).toBe('on-track');
  });
  it('projects 86.4 by 2030, share 1.213333, category 3 for UNSD 2023', () => {
    const result = sdg(T2, { year: 2020, value: 60 }, 'unsd2023');
    expect(result.trend.projected.cagr).toBeCloseTo(86.4, 6);
    expect(result.trend.projectedShare).toBeCloseTo(1.213333, 6);
    expect(result.methodResult.nativeScore).toBe(3);
    expect(result.status).toBe('on-track');
  });
  it('is on track by the default method: exactly on the planned line', () => {
    const result = sdg(T2, { year: 2020, value: 60 }, 'default');
    expect(result.progress).toBeCloseTo(1 / 3, 6);
    expect(result.expected.atCurrent.progress).toBeCloseTo(1 / 3, 6);
    expect(result.performance).toBeCloseTo(1, 6);
    expect(result.status).toBe('on-track');
    expect(result.score).toBeCloseTo(100, 6);
  });
  it('matches the primitives', () => {
    const baseline = { year: 2015, value: 50 };
    expect(cagr({ from: 50, to: 60, years: 5 })).toBeCloseTo(0.0371373, 6);
    expect(requiredCagr({ baseline, target: { year: 2030, value: 80 } })).toBeCloseTo(0.0318296, 6);
    expect(growthRatio({ baseline, current: { year: 2020, value: 60 }, target: { year: 2030, value: 80 }, direction: 'increase' })).toBeCloseTo(1.166752, 6);
    expect(projectValue({ points: [baseline, { year: 2020, value: 60 }], year: 2030, method: 'cagr' })).toBeCloseTo(86.4, 6);
  });
});

describe('T3: 2015 = 50, 2020 = 52, target 2030 = 80', () => {
  it('is limited progress with P 0.247411 and score −1.469114', () => {
    const result = sdg(T3, { year: 2020, value: 52 }, 'opensdg');
    expect(result.trend.cagr).toBeCloseTo(0.007875, 6);
    expect(result.trend.growthRatio).toBeCloseTo(0.247411, 6);
    expect(result.methodResult.category).toBe('limited progress');
    expect(result.methodResult.nativeScore).toBeCloseTo(-1.469114, 6);
    expect(result.status).toBe('off-track');
  });
});

describe('T4: 2015 = 100, 2020 = 110, no target', () => {
  it('has CAGR 0.0192449: Open SDG substantial with score 4.622438', () => {
    const result = sdg(T4, { year: 2020, value: 110 }, 'opensdg');
    expect(result.trend.cagr).toBeCloseTo(0.0192449, 6);
    expect(result.trend.growthRatio).toBeNull();
    expect(result.methodResult.category).toBe('substantial progress');
    expect(result.methodResult.nativeScore).toBeCloseTo(4.622438, 6);
    expect(result.status).toBe('on-track');
    expect(result.notes.map((note) => note.code)).toContain('NO_TARGET');
  });
  it('is significant progress for Eurostat', () => {
    const result = sdg(T4, { year: 2020, value: 110 }, 'eurostat');
    expect(result.methodResult.category).toBe('significant progress towards the objective');
    expect(result.status).toBe('on-track');
  });
  it('is category 2 for UNSD 2023', () => {
    const result = sdg(T4, { year: 2020, value: 110 }, 'unsd2023');
    expect(result.methodResult.nativeScore).toBe(2);
    expect(result.status).toBe('at-risk');
  });
});

describe('T5 and T6: natural limit 100', () => {
  it('T5: 95 → 97 scales thresholds by C 0.2036705 and is substantial with score 5', () => {
    const result = sdg(T5, { year: 2020, value: 97 }, 'opensdg');
    const thresholds = result.trace.method.thresholds;
    expect(thresholds['limitScale']).toBeCloseTo(0.2036705, 6);
    expect(thresholds['cagrHigh']).toBeCloseTo(0.0030551, 6);
    expect(thresholds['cagrMed']).toBeCloseTo(0.0010184, 6);
    expect(thresholds['cagrLow']).toBe(0);
    expect(result.trend.cagr).toBeCloseTo(0.0041755, 6);
    expect(result.methodResult.category).toBe('substantial progress');
    expect(result.methodResult.nativeScore).toBe(5);
  });
  it('T6: 100 → 99 has C 0, thresholds 0, and is deterioration with score −2.751006', () => {
    const result = sdg(T6, { year: 2020, value: 99 }, 'opensdg');
    expect(result.trace.method.thresholds['limitScale']).toBe(0);
    expect(result.trace.method.thresholds['cagrHigh']).toBe(0);
    expect(result.trend.cagr).toBeCloseTo(-0.002008, 6);
    expect(result.methodResult.category).toBe('deterioration');
    expect(result.methodResult.nativeScore).toBeCloseTo(-2.751006, 6);
    expect(result.status).toBe('off-track');
  });
});

describe('T7: TolaActivity ±15 %', () => {
  function tola(direction: 'increase' | 'decrease', actual: number) {
    const strategy = strategyWith([{ direction, baseline: { period: '2023', value: direction === 'increase' ? 50 : 150 }, targets: { '2024': 100, '2028': direction === 'increase' ? 200 : 50 } }]);
    return evaluateIndicator(strategy, observe(strategy, [{ period: '2024', value: actual }]), 'I1', { asOf: '2025-06-30', method: 'tolaactivity' });
  }
  it('actual 86 of 100 is on scope (0)', () => {
    const result = tola('increase', 86);
    expect(result.achievement).toBeCloseTo(0.86, 6);
    expect(result.methodResult).toEqual({ preset: 'tolaactivity', category: 'on scope', nativeScore: 0 });
    expect(result.status).toBe('on-track');
  });
  it('actual 84 of 100 is under (−1)', () => {
    const result = tola('increase', 84);
    expect(result.methodResult.nativeScore).toBe(-1);
    expect(result.status).toBe('off-track');
  });
  it('a decrease indicator at 120 against 100 is −1', () => {
    const result = tola('decrease', 120);
    expect(result.methodResult.nativeScore).toBe(-1);
    expect(result.status).toBe('off-track');
  });
  it('agrees with classify on hand-picked numbers', () => {
    expect(classify({ metrics: { direction: 'increase', hasTarget: true, achievement: 0.86 }, method: 'tolaactivity' }).nativeScore).toBe(0);
    expect(classify({ metrics: { direction: 'increase', hasTarget: true, achievement: 0.84 }, method: 'tolaactivity' }).nativeScore).toBe(-1);
    expect(classify({ metrics: { direction: 'decrease', hasTarget: true, achievement: 100 / 120 }, method: 'tolaactivity' }).nativeScore).toBe(-1);
  });
});

describe('T8: DHIS2 indicator 45 ÷ 120 × 100', () => {
  it('is 37.5 through a ratio indicator with numerator and denominator indicators', () => {
    const strategy = strategyWith([
      { id: 'num', direction: 'none' },
      { id: 'den', direction: 'none' },
      { id: 'rate', measure: 'percent', direction: 'increase', baseline: { period: '2023', value: 30 }, targets: { '2028': 60 }, ratio: { numerator: 'num', denominator: 'den', factor: 100 } },
    ]);
    const observations = observe(strategy, [{ indicator: 'num', period: '2024', value: 45 }, { indicator: 'den', period: '2024', value: 120 }]);
    const result = evaluateIndicator(strategy, observations, 'rate', { asOf: '2025-06-30' });
    expect(result.current?.value).toBeCloseTo(37.5, 6);
    expect(result.current?.period).toBe('2024');
  });
});

describe('T10: ESCAP current status index (MENARO ×10)', () => {
  it('gives 3.3333, 3.3333 and 7.5', () => {
    expect((currentStatusIndex({ baseline: 50, current: 60, target: 80, direction: 'increase' }) ?? 0) * 10).toBeCloseTo(3.333333, 6);
    expect((currentStatusIndex({ baseline: 20, current: 15, target: 5, direction: 'decrease' }) ?? 0) * 10).toBeCloseTo(3.333333, 6);
    expect((currentStatusIndex({ baseline: 0.8, current: 0.95, target: 1, direction: 'maintain' }) ?? 0) * 10).toBeCloseTo(7.5, 6);
  });
  it('equals progress for increase and decrease indicators scored with the escap preset', () => {
    expect((sdg(T2, { year: 2020, value: 60 }, 'escap').progress ?? 0) * 10).toBeCloseTo(3.333333, 6);
    expect((sdg(T1, { year: 2020, value: 15 }, 'escap').progress ?? 0) * 10).toBeCloseTo(3.333333, 6);
  });
  it('projects T2 by time-weighted least squares onto the target (API 1: maintain progress)', () => {
    const result = sdg(T2, { year: 2020, value: 60 }, 'escap');
    expect(result.trend.projected.wls).toBeCloseTo(80, 6);
    expect(result.methodResult.nativeScore).toBeCloseTo(1, 6);
    expect(result.methodResult.category).toBe('maintain progress to achieve the target');
    expect(result.status).toBe('on-track');
  });
});
