import { describe, expect, it } from 'vitest';
import { parseObservations, parseStrategy, reportingCompliance } from '../../src/index.js';
import { tinyStrategy } from '../model/helpers.js';

describe('reportingCompliance', () => {
  // methods.md §8 T9 / DHIS2: 3 reporting units, monthly reports, one quarter.
  const strategy = parseStrategy(tinyStrategy({
    actors: [{ id: 'NCCT', name: 'NCCT' }, { id: 'U1', name: 'Unit 1' }, { id: 'U2', name: 'Unit 2' }, { id: 'U3', name: 'Unit 3' }],
    indicators: ['U1', 'U2', 'U3'].map((unit) => ({ id: `cases-${unit}`, title: `Cases ${unit}`, result: 'O1', measure: 'count', direction: 'none', lead: unit, frequency: 'Monthly' })),
  }));
  const report = (unit: string, month: string, reportedOn: string) => ({ indicator: `cases-${unit}`, period: `2024${month}`, value: 5, reportedBy: unit, reportedOn });
  const { observations } = parseObservations([
    report('U1', '01', '2024-02-05'), report('U1', '02', '2024-03-05'), report('U1', '03', '2024-04-05'),
    report('U2', '01', '2024-02-20'), report('U2', '02', '2024-03-30'), report('U2', '03', '2024-05-15'),
    report('U3', '01', '2024-02-01'), report('U3', '02', '2024-04-30'),
  ], strategy);

  it('expected 9, received 8 (88.9 %), on time 6 (66.7 %)', () => {
    const rows = reportingCompliance(strategy, observations, { asOf: '2024-06-30', periodType: 'Quarterly', graceDays: 30 }).filter((row) => row.period === '2024Q1');
    const expected = rows.reduce((sum, row) => sum + row.expected, 0);
    const received = rows.reduce((sum, row) => sum + row.received, 0);
    const onTime = rows.reduce((sum, row) => sum + row.onTime, 0);
    expect([expected, received, onTime]).toEqual([9, 8, 6]);
    expect(received / expected).toBeCloseTo(0.88889, 5);
    expect(onTime / expected).toBeCloseTo(0.66667, 5);
    expect(rows.find((row) => row.actor === 'U3')?.missing).toEqual([{ indicator: 'cases-U3', period: '202403' }]);
  });

  it('expects nothing for periods whose deadline has not passed', () => {
    const rows = reportingCompliance(strategy, observations, { asOf: '2024-02-15', periodType: 'Quarterly', graceDays: 30 });
    expect(rows.reduce((sum, row) => sum + row.expected, 0)).toBe(0);
  });

  it('ignores reports made after asOf and drafts', () => {
    const later = reportingCompliance(strategy, observations, { asOf: '2024-04-10', periodType: 'Quarterly', graceDays: 0 });
    const u2 = later.find((row) => row.actor === 'U2');
    expect(u2).toMatchObject({ expected: 3, received: 2 });
  });
});
