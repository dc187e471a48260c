import { describe, expect, it } from 'vitest';
import { parseStrategy } from '../../src/model/index.js';
import type { Observation } from '../../src/model/index.js';
import { evaluateWith } from '../../src/rollup/evaluate.js';

const codes = 'ABCDEFGHIJKL'.split('');
const strategy = parseStrategy({
  id: 's', title: 'S', period: { start: 2024, end: 2028 }, baselineYear: 2023,
  levels: [{ id: 'pillar', title: 'Pillar' }], results: [{ id: 'P', title: 'P', level: 'pillar' }],
  dimensions: [
    { id: 'province', title: 'Province', codes: codes.map((code) => ({ code, label: code })) },
    { id: 'sex', title: 'Sex', codes: [{ code: 'f', label: 'F' }, { code: 'm', label: 'M' }] },
  ],
  actors: [{ id: 'A1', name: 'A1' }, { id: 'A2', name: 'A2' }, { id: 'A3', name: 'A3' }],
  indicators: [{ id: 'I', title: 'I', result: 'P', measure: 'count', direction: 'none', lead: 'A1', supporting: ['A2', 'A3'], disaggregations: ['province', 'sex'] }],
});

function findings(observations: Observation[]): { columnar: string; objects: string } {
  return {
    columnar: JSON.stringify(evaluateWith(strategy, observations, { asOf: '2025-06-30' }, true).dataQuality),
    objects: JSON.stringify(evaluateWith(strategy, observations, { asOf: '2025-06-30' }, false).dataQuality),
  };
}

describe('dataQuality on typed columns', () => {
  it('flags a z-score outlier among values whose sum overflows, as the object version does', () => {
    // The sum of eleven 8e307 is beyond the largest double: the mean and standard deviation come
    // from the values scaled into [−1, 1] (meanAndStdDev), and −8e307 is 3.3 deviations away.
    const values = [...Array<number>(11).fill(8e307), -8e307];
    const observations = values.map((value, index): Observation => ({ indicator: 'I', period: '2024', value, disaggregation: { province: codes[index] as string }, status: 'approved' }));
    const { columnar, objects } = findings(observations);
    expect(columnar).toBe(objects);
    expect(JSON.parse(columnar).map((finding: { kind: string }) => finding.kind)).toContain('outlier-z');
  });

  it('tests a line of two cells that holds enough values through repeated reports', () => {
    // Two sexes of one province, each reported by three actors: six values across sex.
    const observations = ['A1', 'A2', 'A3'].flatMap((reportedBy, index) => ['f', 'm'].map((sex): Observation => ({
      indicator: 'I', period: '2024', value: reportedBy === 'A3' && sex === 'm' ? 90 : 10 + index, disaggregation: { province: 'A', sex }, reportedBy, reportedOn: '2025-01-10', status: 'approved',
    })));
    const { columnar, objects } = findings(observations);
    expect(columnar).toBe(objects);
    expect(JSON.parse(columnar).map((finding: { message: string }) => finding.message)).toContain('I for 2024 across sex: 90 has a modified z-score of 53.2855 (threshold 3).');
  });
});
