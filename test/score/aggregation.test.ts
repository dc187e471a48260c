import { describe, expect, it } from 'vitest';
import { aggregationRules } from '../../src/score/index.js';

describe('aggregationRules', () => {
  it('defaults by measure', () => {
    expect(aggregationRules({ measure: 'count' })).toEqual({ disaggregations: 'sum', time: 'sum' });
    expect(aggregationRules({ measure: 'currency' })).toEqual({ disaggregations: 'sum', time: 'sum' });
    for (const measure of ['percent', 'ratio', 'rate'] as const) expect(aggregationRules({ measure })).toEqual({ disaggregations: 'mean', time: 'latest' });
    for (const measure of ['boolean', 'ordinal', 'qualitative'] as const) expect(aggregationRules({ measure })).toEqual({ disaggregations: 'latest', time: 'latest' });
  });
  it('takes the indicator\'s own rules over the defaults', () => {
    expect(aggregationRules({ measure: 'count', aggregation: { time: 'latest' } })).toEqual({ disaggregations: 'sum', time: 'latest' });
    expect(aggregationRules({ measure: 'percent', aggregation: { disaggregations: 'max', time: 'mean' } })).toEqual({ disaggregations: 'max', time: 'mean' });
  });
  it('never does arithmetic on values that are not numbers', () => {
    expect(aggregationRules({ measure: 'ordinal', aggregation: { disaggregations: 'mean', time: 'sum' } })).toEqual({ disaggregations: 'latest', time: 'latest' });
    expect(aggregationRules({ measure: 'ordinal', aggregation: { disaggregations: 'min' } })).toEqual({ disaggregations: 'min', time: 'latest' });
  });
});
