import { describe, expect, it } from 'vitest';
import { LogframeError } from '../../src/index.js';
import { evaluateIndicator } from '../../src/score/index.js';
import { codes, observe, strategyWith } from './helpers.js';
import type { IndicatorSpec } from './helpers.js';

const cases = { baseline: { period: '2023', value: 164 }, targets: { '2024': 175, '2025': 190, '2028': 235 } } as const;

function one(indicator: IndicatorSpec, items: Parameters<typeof observe>[1], asOf: string, extra: { method?: string; includeDrafts?: boolean } = {}) {
  const strategy = strategyWith([indicator]);
  return evaluateIndicator(strategy, observe(strategy, items), 'I1', { asOf, ...(extra as { method?: 'default' }) });
}

describe('evaluateIndicator: the result', () => {
  it('fills every field of the contract', () => {
    const result = one({ ...cases, lead: 'MOI', supporting: ['MOJ'], unit: 'cases', interpretation: 'effort', baseline: { period: '2023', value: 164, source: 'Annual report 2023' } },
      [{ period: '2024', value: 197, reportedOn: '2025-03-27', source: 'Annual report 2024' }], '2025-06-30');
    expect(result).toMatchObject({
      indicator: 'I1', title: 'Indicator 1', result: 'P1', measure: 'count', unit: 'cases', decimals: 0, sensitive: false, cumulative: false,
      interpretation: 'effort', lead: 'MOI', supporting: ['MOJ'], sources: ['Annual report 2023', 'Annual report 2024'], direction: 'increase',
      baseline: { period: '2023', value: 164, t: 2024 },
      target: { period: '2028', value: 235, t: 2029, revisedOn: null },
      milestone: { period: '2024', value: 175, t: 2025, revisedOn: null },
      current: { period: '2024', value: 197, t: 2025, observations: 1 },
      series: [{ period: '2024', value: 197, t: 2025, observations: 1, partial: false }],
      status: 'on-track',
      score: 100,
      methodResult: { preset: 'default', category: 'on track', nativeScore: null },
    });
    expect(result.progress).toBeCloseTo(33 / 71, 9);
    expect(result.expected.atCurrent.value).toBeCloseTo(175, 9);
    expect(result.expected.asOf.value).toBeCloseTo(175 + 15 * (181 / 365), 9);
    expect(result.performance).toBeCloseTo(33 / 11, 9);
    expect(result.achievement).toBeCloseTo(197 / 175, 9);
    expect(result.trace).toMatchObject({
      asOf: '2025-06-30',
      method: { preset: 'default', metric: 'performance', thresholds: { onTrack: 0.9, atRisk: 0.6 } },
      periods: ['2024'],
      observations: { used: 1, afterAsOf: 0, drafts: 0, superseded: 0, missing: 0 },
      substitutions: [],
    });
  });

  it('throws a LogframeError for an unknown indicator, a bad asOf or a bad method', () => {
    const strategy = strategyWith([cases]);
    expect(() => evaluateIndicator(strategy, [], 'nope', { asOf: '2025-01-01' })).toThrow(LogframeError);
    expect(() => evaluateIndicator(strategy, [], 'I1', { asOf: '2025-02-30' })).toThrow(/AS_OF_INVALID/);
    expect(() => evaluateIndicator(strategy, [], 'I1', { asOf: '2025-01-01', method: 'nope' as 'default' })).toThrow(/UNKNOWN_PRESET/);
  });
});

describe('baseline equal to the target', () => {
  const table = [
    { direction: 'increase', actual: 40, status: 'off-track', score: 0 },
    { direction: 'increase', actual: 50, status: 'achieved', score: 100 },
    { direction: 'increase', actual: 60, status: 'achieved', score: 100 },
    { direction: 'decrease', actual: 40, status: 'achieved', score: 100 },
    { direction: 'decrease', actual: 50, status: 'achieved', score: 100 },
    { direction: 'decrease', actual: 60, status: 'off-track', score: 0 },
  ] as const;
  for (const row of table) {
    it(`${row.direction}, actual ${row.actual} against 50 → ${row.status}`, () => {
      const result = one({ measure: 'percent', direction: row.direction, baseline: { period: '2023', value: 50 }, targets: { '2028': 50 } }, [{ period: '2024', value: row.actual }], '2025-06-30');
      expect(result.progress).toBeNull();
      expect(result.status).toBe(row.status);
      expect(result.score).toBe(row.score);
      expect(codes(result.notes)).toContain('BASELINE_EQUALS_TARGET');
    });
  }
});

describe('float tolerance when comparing with a target', () => {
  it('meets a target of 0.3 with 0.1 + 0.2', () => {
    const result = one({ measure: 'ratio', baseline: { period: '2023', value: 0.1 }, targets: { '2028': 0.3 } }, [{ period: '2024', value: 0.1 + 0.2 }], '2025-06-30');
    expect(result.status).toBe('achieved');
    expect(result.progress).toBe(1);
    expect(codes(result.notes)).not.toContain('OVER_ACHIEVED');
  });
  it('meets a target of 2.1 with 0.7 × 3', () => {
    const result = one({ measure: 'ratio', baseline: { period: '2023', value: 1 }, targets: { '2028': 2.1 } }, [{ period: '2024', value: 0.7 * 3 }], '2025-06-30');
    expect(0.7 * 3 >= 2.1).toBe(false);
    expect(result.status).toBe('achieved');
    expect(result.score).toBe(100);
    expect(result.progress).toBe(1);
  });
  it('meets a decrease target of 0.3 with 0.1 + 0.2', () => {
    const result = one({ measure: 'ratio', direction: 'decrease', baseline: { period: '2023', value: 1 }, targets: { '2028': 0.3 } }, [{ period: '2024', value: 0.1 + 0.2 }], '2025-06-30');
    expect(result.status).toBe('achieved');
  });
});

describe('over-achievement and regression', () => {
  it('keeps progress 1.3 raw, caps the score at 100 and notes OVER_ACHIEVED', () => {
    const result = one({ measure: 'percent', baseline: { period: '2023', value: 50 }, targets: { '2028': 60 } }, [{ period: '2024', value: 63 }], '2025-06-30');
    expect(result.progress).toBeCloseTo(1.3, 9);
    expect(result.score).toBe(100);
    expect(result.status).toBe('achieved');
    expect(codes(result.notes)).toContain('OVER_ACHIEVED');
  });
  it('keeps negative progress, scores 0 and notes BELOW_BASELINE', () => {
    const result = one({ measure: 'percent', baseline: { period: '2023', value: 50 }, targets: { '2028': 60 } }, [{ period: '2024', value: 48 }], '2025-06-30');
    expect(result.progress).toBeCloseTo(-0.2, 9);
    expect(result.score).toBe(0);
    expect(result.status).toBe('off-track');
    expect(codes(result.notes)).toContain('BELOW_BASELINE');
  });
  it('scores a decrease indicator that rose above its baseline 0', () => {
    const result = one({ measure: 'percent', direction: 'decrease', baseline: { period: '2023', value: 50 }, targets: { '2028': 30 } }, [{ period: '2024', value: 55 }], '2025-06-30', { method: 'eurostat' });
    expect(result.progress).toBeCloseTo(-0.25, 9);
    expect(result.score).toBe(0);
    expect(result.methodResult.category).toBe('movement away from the target');
  });
});

describe('asOf', () => {
  const strategy = strategyWith([cases]);
  const observations = observe(strategy, [
    { period: '2024', value: 197, reportedOn: '2025-03-27' },
    { period: '2025', value: 160, reportedOn: '2026-03-20' },
  ]);

  it('ignores values reported after asOf', () => {
    const result = evaluateIndicator(strategy, observations, 'I1', { asOf: '2025-12-31' });
    expect(result.current?.period).toBe('2024');
    expect(result.trace.observations.afterAsOf).toBe(1);
  });
  it('reproduces an earlier evaluation when run again as of that date', () => {
    const earlier = evaluateIndicator(strategy, observations.slice(0, 1), 'I1', { asOf: '2025-12-31' });
    const rerun = evaluateIndicator(strategy, observations, 'I1', { asOf: '2025-12-31' });
    expect({ ...rerun, trace: { ...rerun.trace, observations: earlier.trace.observations } }).toEqual(earlier);
    const later = evaluateIndicator(strategy, observations, 'I1', { asOf: '2026-06-30' });
    expect(later.current?.value).toBe(160);
    expect(later.status).not.toBe(rerun.status);
  });
  it('counts observations without reportedOn as reported at the end of their period', () => {
    const undated = observe(strategy, [{ period: '2025', value: 200 }]);
    expect(evaluateIndicator(strategy, undated, 'I1', { asOf: '2025-12-30' }).trace.observations.afterAsOf).toBe(1);
    const counted = evaluateIndicator(strategy, undated, 'I1', { asOf: '2025-12-31' });
    expect(counted.current?.value).toBe(200);
    expect(codes(counted.trace.notes)).toContain('REPORTED_ON_ASSUMED');
  });
  it('uses the target revision in force at asOf', () => {
    const revised = strategyWith([{ ...cases, targets: { '2024': 175, '2028': { value: 235, revisions: [{ value: 245, effective: '2026-07-01' }] } } }]);
    const items = observe(revised, [{ period: '2025', value: 200 }]);
    expect(evaluateIndicator(revised, items, 'I1', { asOf: '2026-06-30' }).target).toMatchObject({ value: 235, revisedOn: null });
    expect(evaluateIndicator(revised, items, 'I1', { asOf: '2026-07-01' }).target).toMatchObject({ value: 245, revisedOn: '2026-07-01' });
  });
});

describe('drafts and revisions', () => {
  const strategy = strategyWith([cases]);
  it('leaves drafts out unless includeDrafts', () => {
    const observations = observe(strategy, [{ period: '2024', value: 197, status: 'draft' }]);
    const without = evaluateIndicator(strategy, observations, 'I1', { asOf: '2025-06-30' });
    expect(without.current).toBeNull();
    expect(without.status).toBe('no-data');
    expect(without.trace.observations.drafts).toBe(1);
    const withDrafts = evaluateIndicator(strategy, observations, 'I1', { asOf: '2025-06-30', includeDrafts: true });
    expect(withDrafts.current?.value).toBe(197);
  });
  it('uses the latest approved revision, else the latest, and counts the others as superseded', () => {
    const observations = observe(strategy, [
      { period: '2024', value: 180, reportedOn: '2025-02-01', status: 'approved' },
      { period: '2024', value: 190, reportedOn: '2025-03-01', status: 'submitted' },
    ]);
    const result = evaluateIndicator(strategy, observations, 'I1', { asOf: '2025-06-30' });
    expect(result.current?.value).toBe(180);
    expect(result.trace.observations.superseded).toBe(1);
    const unapproved = observe(strategy, [
      { period: '2024', value: 180, reportedOn: '2025-02-01' },
      { period: '2024', value: 190, reportedOn: '2025-03-01' },
    ]);
    expect(evaluateIndicator(strategy, unapproved, 'I1', { asOf: '2025-06-30' }).current?.value).toBe(190);
  });
  it('counts an explicit null as missing', () => {
    const result = evaluateIndicator(strategy, observe(strategy, [{ period: '2024', value: null }]), 'I1', { asOf: '2025-06-30' });
    expect(result.trace.observations.missing).toBe(1);
    expect(result.current).toBeNull();
  });
});

describe('not started and no data', () => {
  it('is not started before the first value is due, and no data after', () => {
    const strategy = strategyWith([{ ...cases, frequency: 'Quarterly' }]);
    expect(evaluateIndicator(strategy, [], 'I1', { asOf: '2024-03-30' }).status).toBe('not-started');
    const due = evaluateIndicator(strategy, [], 'I1', { asOf: '2024-03-31' });
    expect(due.status).toBe('no-data');
    expect(due.score).toBeNull();
  });
  it('uses the yearly frequency by default', () => {
    const strategy = strategyWith([cases]);
    expect(evaluateIndicator(strategy, [], 'I1', { asOf: '2024-12-30' }).status).toBe('not-started');
    expect(evaluateIndicator(strategy, [], 'I1', { asOf: '2024-12-31' }).status).toBe('no-data');
  });
});

describe('method presets on one indicator', () => {
  it('records the preset and thresholds in the trace, custom thresholds included', () => {
    const result = one({ measure: 'percent', baseline: { period: '2023', value: 50 }, targets: { '2024': 60, '2028': 100 } }, [{ period: '2024', value: 58 }], '2025-06-30',
      { method: { preset: 'default', thresholds: { onTrack: 0.75 } } as unknown as string });
    expect(result.performance).toBeCloseTo(0.8, 9);
    expect(result.status).toBe('on-track');
    expect(result.trace.method.thresholds).toMatchObject({ onTrack: 0.75, atRisk: 0.6 });
  });
  it('falls back to the default method when the preset cannot assess, and says so', () => {
    const result = one({ measure: 'percent', baseline: { period: '2023', value: 50 } }, [{ period: '2024', value: 58 }], '2025-06-30', { method: 'escap' });
    expect(result.methodResult.category).toMatch(/unable to assess/);
    expect(result.status).toBe('on-track');
    expect(codes(result.notes)).toContain('METHOD_FALLBACK');
  });
  it('records the zero substitution of a zero baseline', () => {
    const result = one({ baseline: { period: '2023', value: 0 }, targets: { '2028': 10 } }, [{ period: '2024', value: 2 }], '2025-06-30', { method: 'opensdg' });
    expect(result.trace.substitutions).toEqual([expect.objectContaining({ what: 'baseline', from: 0, to: 0.001 })]);
    expect(result.trend.growthRatio).not.toBeNull();
  });
});

describe('regression under a level-based preset', () => {
  it('is off track with score 0 even when TolaActivity calls it on scope', () => {
    const result = one({ baseline: { period: '2023', value: 700 }, targets: { '2024': 720, '2028': 800 } }, [{ period: '2024', value: 690 }], '2025-06-30', { method: 'tolaactivity' });
    expect(result.methodResult).toEqual({ preset: 'tolaactivity', category: 'on scope', nativeScore: 0 });
    expect(result.status).toBe('off-track');
    expect(result.score).toBe(0);
    expect(codes(result.notes)).toContain('BELOW_BASELINE');
  });
});
