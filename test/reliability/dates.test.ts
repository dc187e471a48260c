// Checklist items 20, 27 and 28 through the public API: targets on the wrong side of the baseline,
// date-only fields (in every zone; impossible and date-time values refused), and period edges
// (fiscal years starting in July, quarter boundaries, a leap day inside a 2024–2028 plan).
import { describe, expect, it } from 'vitest';
import {
  addDays, formatDate, LogframeError, parseObservations, parseStrategy, periodContains, periodOfDate, safeParseStrategy,
} from '../../src/index.js';
import { cambodiaStrategyJson } from './helpers.js';

const strategy = parseStrategy(cambodiaStrategyJson());

function plan(indicator: Record<string, unknown>) {
  return {
    id: 'dates', title: 'Dates', period: { start: 2024, end: 2028 }, baselineYear: 2023,
    levels: [{ id: 'pillar', title: 'Pillar' }], results: [{ id: 'P', title: 'P', level: 'pillar' }],
    indicators: [{ id: 'I', title: 'I', result: 'P', measure: 'count', ...indicator }],
  };
}

describe('a target on the wrong side of the baseline (checklist 20)', () => {
  it.each([
    ['decrease', 50, 60],
    ['increase', 50, 40],
  ])('%s from %i to %i is a model error naming the indicator and the target', (direction, baseline, target) => {
    let thrown: unknown;
    try {
      parseStrategy(plan({ direction, baseline: { period: '2023', value: baseline }, targets: { '2026': baseline, '2028': target } }));
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(LogframeError);
    const problem = (thrown as LogframeError).problems.find((candidate) => candidate.code === 'TARGET_CONTRADICTS_DIRECTION');
    expect(problem?.path).toEqual(['indicators', 0, 'targets', '2028']);
    expect(problem?.message).toContain(`"${direction}"`);
    expect((thrown as LogframeError).message).toContain('indicators[0].targets.2028');
  });

  it('the same targets on the right side are accepted', () => {
    expect(safeParseStrategy(plan({ direction: 'decrease', baseline: { period: '2023', value: 50 }, targets: { '2028': 40 } })).ok).toBe(true);
    expect(safeParseStrategy(plan({ direction: 'increase', baseline: { period: '2023', value: 50 }, targets: { '2028': 60 } })).ok).toBe(true);
  });
});

describe('date-only fields (checklist 27)', () => {
  it('2024-01-01 is 1 January in every zone, UTC−11 to UTC+14', () => {
    const before = process.env['TZ'];
    try {
      for (const zone of ['UTC', 'Etc/GMT+11', 'America/Sao_Paulo', 'America/St_Johns', 'Asia/Kathmandu', 'Pacific/Kiritimati']) {
        process.env['TZ'] = zone;
        expect(formatDate('2024-01-01'), zone).toBe('January 1, 2024');
        expect(periodOfDate('2024-01-01', 'Daily'), zone).toBe('20240101');
        expect(periodOfDate('2024-01-01', 'Yearly'), zone).toBe('2024');
        expect(addDays('2023-12-31', 1), zone).toBe('2024-01-01');
      }
    } finally {
      if (before === undefined) delete process.env['TZ'];
      else process.env['TZ'] = before;
    }
  });

  it.each(['2023-02-30', '2024-1-1', '2024-13-01', '2023-02-29', '1900-02-29', '2024-01-01T00:00:00', '2024-01-01T00:00:00Z', ' 2024-01-01'])('reportedOn %j is refused with its path', (date) => {
    const { rejected } = parseObservations([{ indicator: 'LAW-01', period: '2024', value: 1, reportedOn: date }], strategy);
    expect(rejected[0]?.problems.map((problem) => problem.path)).toEqual([['reportedOn']]);
  });

  it.each(['2024-02-29', '2000-02-29', '2025-03-27'])('reportedOn %s is accepted', (date) => {
    expect(parseObservations([{ indicator: 'LAW-01', period: '2024', value: 1, reportedOn: date }], strategy).rejected).toEqual([]);
  });

  it('a target revision date that does not exist is refused in the strategy', () => {
    const result = safeParseStrategy(plan({ direction: 'increase', baseline: { period: '2023', value: 1 }, targets: { '2028': { value: 5, revisions: [{ value: 6, effective: '2026-02-30' }] } } }));
    expect(result.ok ? [] : result.problems.map((problem) => problem.path)).toContainEqual(['indicators', 0, 'targets', '2028', 'revisions', 0, 'effective']);
  });
});

describe('period edges (checklist 28)', () => {
  it('a fiscal year starting in July: 30 June 2024 is in FY 2023/24, 1 July 2024 in FY 2024/25', () => {
    expect(periodOfDate('2024-06-30', 'FinancialJuly')).toBe('2023July');
    expect(periodOfDate('2024-07-01', 'FinancialJuly')).toBe('2024July');
  });

  it('quarter boundaries: 31 March is in Q1, 1 April in Q2', () => {
    expect(periodOfDate('2024-03-31', 'Quarterly')).toBe('2024Q1');
    expect(periodOfDate('2024-04-01', 'Quarterly')).toBe('2024Q2');
  });

  it('29 February 2028 lies inside a 2024–2028 plan: a target and a value for it are accepted', () => {
    expect(periodContains('2028', '20280229')).toBe(true);
    const input = plan({ direction: 'increase', frequency: 'Daily', baseline: { period: '2023', value: 1 }, targets: { '20280229': 5, '2028': 6 } });
    const parsed = parseStrategy(input);
    const { observations, warnings } = parseObservations([{ indicator: 'I', period: '20280229', value: 3 }], parsed);
    expect(observations).toHaveLength(1);
    expect(warnings).toEqual([]);
  });

  it('there is no month arithmetic to clamp: the month after January 2024 is found from the day after its end', () => {
    // logframe moves between periods by ids and days (UTC), so "31 January + 1 month" never arises.
    expect(addDays('2024-01-31', 1)).toBe('2024-02-01');
    expect(periodOfDate(addDays('2024-01-31', 1), 'Monthly')).toBe('202402');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2023-02-28', 1)).toBe('2023-03-01');
  });
});
