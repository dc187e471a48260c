import { describe, expect, it } from 'vitest';
import { LogframeError } from '../../src/index.js';
import { allPeriodValues, evaluateIndicator, indexObservations, scoreIndicator } from '../../src/score/index.js';
import { observe, strategyWith } from './helpers.js';

const strategy = strategyWith([
  { baseline: { period: '2023', value: 10 }, targets: { '2028': 20 } },
  { id: 'num', direction: 'none' },
  { id: 'den', direction: 'none' },
  { id: 'rate', measure: 'percent', direction: 'none', ratio: { numerator: 'num', denominator: 'den', factor: 100 } },
]);
const observations = observe(strategy, [
  { period: '2024', value: 12 },
  { indicator: 'num', period: '2024', value: 1 },
  { indicator: 'den', period: '2024', value: 4 },
]);

describe('scoreIndicator', () => {
  it('scores from an index what evaluateIndicator scores from observations', () => {
    const index = indexObservations(strategy, observations, { asOf: '2025-06-30' });
    expect(scoreIndicator(strategy, index, 'I1', { method: 'eurostat' })).toEqual(evaluateIndicator(strategy, observations, 'I1', { asOf: '2025-06-30', method: 'eurostat' }));
  });
  it('reads period values worked out once for every indicator', () => {
    const index = indexObservations(strategy, observations, { asOf: '2025-06-30' });
    const computed = allPeriodValues(strategy, index);
    for (const indicator of strategy.indicators) {
      expect(scoreIndicator(strategy, index, indicator.id, {}, computed)).toEqual(scoreIndicator(strategy, index, indicator.id));
    }
    expect(scoreIndicator(strategy, index, 'rate', {}, computed).current?.value).toBe(25);
  });
  it('checks asOf and includeDrafts against the index', () => {
    const index = indexObservations(strategy, observations, { asOf: '2025-06-30' });
    expect(scoreIndicator(strategy, index, 'I1', { asOf: '2025-06-30', includeDrafts: false }).status).toBeDefined();
    expect(() => scoreIndicator(strategy, index, 'I1', { asOf: '2025-07-01' })).toThrow(/OPTIONS_MISMATCH/);
    expect(() => scoreIndicator(strategy, index, 'I1', { includeDrafts: true })).toThrow(LogframeError);
  });
  it('does not change the strategy, the observations or the index', () => {
    const index = indexObservations(strategy, observations, { asOf: '2025-06-30' });
    const before = structuredClone({ strategy, observations, rows: [...index.indicators.values()] });
    for (const indicator of strategy.indicators) scoreIndicator(strategy, index, indicator.id);
    expect({ strategy, observations, rows: [...index.indicators.values()] }).toEqual(before);
  });
});
