import { describe, expect, it } from 'vitest';
import { evaluate, LogframeError, parseObservations, parseStrategy } from '../../src/index.js';
import type { Evaluation } from '../../src/index.js';
import { cambodiaObservationsJson, cambodiaStrategyJson, tinyStrategy } from '../model/helpers.js';

const cambodia = parseStrategy(cambodiaStrategyJson());
const observations2024 = parseObservations(cambodiaObservationsJson('observations-2024.json'), cambodia).observations;
const observationsAll = parseObservations([...cambodiaObservationsJson('observations-2024.json'), ...cambodiaObservationsJson('observations-2025-2026.json')], cambodia).observations;

function walkNumbers(value: unknown, path: string, found: string[]): void {
  if (typeof value === 'number') {
    if (!Number.isFinite(value) || Object.is(value, -0)) found.push(`${path}=${String(value)}`);
  } else if (Array.isArray(value)) value.forEach((item, index) => walkNumbers(item, `${path}[${index}]`, found));
  else if (value !== null && typeof value === 'object') for (const [key, item] of Object.entries(value)) walkNumbers(item, `${path}.${key}`, found);
}

function badNumbers(evaluation: Evaluation): string[] {
  const found: string[] = [];
  walkNumbers(evaluation, 'evaluation', found);
  return found;
}

describe('evaluate on the Cambodia example', () => {
  for (const [asOf, data] of [['2025-03-27', observations2024], ['2026-12-31', observationsAll]] as const) {
    it(`as of ${asOf}: every pillar and ministry has a score or an explicit status, nothing is NaN`, () => {
      const evaluation = evaluate(cambodia, data, { asOf, breakdowns: ['province'] });
      expect(badNumbers(evaluation)).toEqual([]);
      expect(evaluation.indicators).toHaveLength(cambodia.indicators.length);
      expect(evaluation.results).toHaveLength(cambodia.results.length);
      const pillars = evaluation.results.filter((result) => result.level === 'pillar');
      expect(pillars).toHaveLength(5);
      for (const pillar of pillars) expect(pillar.score !== null || ['no-data', 'not-started', 'not-scored'].includes(pillar.status)).toBe(true);
      for (const card of evaluation.actors) expect(card.score !== null || card.rank === null).toBe(true);
      expect(evaluation.plan.score).not.toBeNull();
      expect(evaluation.plan.coverage).toBeGreaterThan(0);
      expect(evaluation.plan.coverage).toBeLessThanOrEqual(1);
      expect(evaluation.reporting.length).toBeGreaterThan(0);
      expect(evaluation.strategy.id).toBe('KH-NSP-CTIP-2024-2028');
      expect(evaluation.asOf).toBe(asOf);
    });
  }

  it('objective LAW.3 has no data: it says so instead of scoring zero', () => {
    const evaluation = evaluate(cambodia, observations2024, { asOf: '2025-03-27' });
    const law3 = evaluation.results.find((result) => result.id === 'LAW.3');
    expect(law3?.score).toBeNull();
    expect(law3?.status).toBe('no-data');
    const law = evaluation.results.find((result) => result.id === 'LAW');
    // LAW's score is the mean of the objectives that have one; LAW.3 lowers coverage only.
    const scored = law?.children.filter((child) => child.score !== null) ?? [];
    const mean = scored.reduce((sum, child) => sum + (child.score ?? 0) * child.weight, 0) / scored.reduce((sum, child) => sum + child.weight, 0);
    expect(law?.score).toBeCloseTo(mean, 6);
    expect(law?.coverage).toBeLessThan(1);
  });

  it('is deterministic and does not depend on the order of observations', () => {
    const a = evaluate(cambodia, observationsAll, { asOf: '2026-12-31' });
    const b = evaluate(cambodia, [...observationsAll].reverse(), { asOf: '2026-12-31' });
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
  });

  it('re-running as of a past date ignores later reports', () => {
    const early = evaluate(cambodia, observations2024, { asOf: '2025-03-27' });
    const withLater = evaluate(cambodia, observationsAll, { asOf: '2025-03-27' });
    // Identical results; only the trace's count of reports ignored because they came after asOf differs.
    const strip = (evaluation: Evaluation) => JSON.stringify(evaluation.indicators.map(({ trace, ...rest }) => ({ ...rest, used: trace.observations.used })));
    expect(strip(withLater)).toBe(strip(early));
  });

  it('validates every option', () => {
    expect(() => evaluate(cambodia, [], { asOf: '2025-02-30' })).toThrow(LogframeError);
    expect(() => evaluate(cambodia, [], { asOf: '2025-03-27', graceDays: -1 })).toThrow(LogframeError);
    expect(() => evaluate(cambodia, [], { asOf: '2025-03-27', breakdowns: ['planet'] })).toThrow(/planet/);
    expect(() => evaluate(cambodia, [], { asOf: '2025-03-27', method: 'astrology' as never })).toThrow(LogframeError);
    expect(() => evaluate(cambodia, [], { asOf: '2025-03-27', colour: 'red' } as never)).toThrow(LogframeError);
  });

  it('worst-of aggregation never scores above the mean', () => {
    const mean = evaluate(cambodia, observations2024, { asOf: '2025-03-27' });
    const worst = evaluate(cambodia, observations2024, { asOf: '2025-03-27', aggregation: 'worst' });
    for (const [index, result] of worst.results.entries()) {
      const other = mean.results[index];
      if (result.score !== null && other?.score != null) expect(result.score).toBeLessThanOrEqual(other.score + 1e-9);
    }
  });
});

describe('a plan with gaps', () => {
  const strategy = parseStrategy(tinyStrategy({
    actors: [{ id: 'MOJ', name: 'Justice' }, { id: 'MOI', name: 'Interior' }, { id: 'MOH', name: 'Health' }],
    results: [
      { id: 'P1', title: 'Justice', level: 'pillar' },
      { id: 'O1', title: 'Prosecution', level: 'objective', parent: 'P1' },
      { id: 'P2', title: 'Health', level: 'pillar' },
    ],
    indicators: [
      { id: 'charged', title: 'Charged', result: 'O1', measure: 'count', lead: 'MOJ', baseline: { period: '2023', value: 100 }, targets: { '2024': 110, '2028': 150 } },
      { id: 'orphan', title: 'Without a lead', result: 'O1', measure: 'count', baseline: { period: '2023', value: 10 }, targets: { '2028': 20 } },
      { id: 'checks', title: 'Health checks', result: 'P2', measure: 'count', lead: 'MOI', baseline: { period: '2023', value: 0 }, targets: { '2028': 400 } },
    ],
  }));
  const { observations } = parseObservations([
    { indicator: 'charged', period: '2024', value: 112, reportedOn: '2025-01-10', reportedBy: 'MOJ' },
    { indicator: 'orphan', period: '2024', value: 12, reportedOn: '2025-01-10' },
  ], strategy);
  const evaluation = evaluate(strategy, observations, { asOf: '2025-03-27' });

  it('gives the ministry that leads nothing an empty scorecard', () => {
    const moh = evaluation.actors.find((card) => card.actor === 'MOH');
    expect(moh).toMatchObject({ leads: [], supports: [], score: null, rank: null, shareOnTrack: null });
  });

  it('scores the indicator without a lead but counts it for nobody', () => {
    expect(evaluation.indicators.find((result) => result.indicator === 'orphan')?.score).not.toBeNull();
    expect(evaluation.actors.flatMap((card) => card.leads)).not.toContain('orphan');
  });

  it('reports the pillar without data as no-data, and the plan scores only what it has', () => {
    const p2 = evaluation.results.find((result) => result.id === 'P2');
    expect(p2).toMatchObject({ score: null, status: 'no-data', coverage: 0 });
    expect(evaluation.plan.score).toBe(evaluation.results.find((result) => result.id === 'P1')?.score);
    expect(evaluation.plan.coverage).toBeCloseTo(0.5, 9);
  });

  it('lists the missing report of the ministry that did not report', () => {
    expect(evaluation.reporting.find((row) => row.actor === 'MOI')).toMatchObject({ period: '2024', expected: 1, received: 0, completeness: 0, missing: [{ indicator: 'checks', period: '2024' }] });
  });
});

describe('actor ranks', () => {
  it('ties share a rank (1, 1, 3)', () => {
    const strategy = parseStrategy(tinyStrategy({
      actors: [{ id: 'A', name: 'A' }, { id: 'B', name: 'B' }, { id: 'C', name: 'C' }],
      indicators: ['A', 'B', 'C'].map((lead) => ({ id: `i${lead}`, title: lead, result: 'O1', measure: 'count', lead, baseline: { period: '2023', value: 100 }, targets: { '2024': 110, '2028': 150 } })),
    }));
    const { observations } = parseObservations([
      { indicator: 'iA', period: '2024', value: 120 },
      { indicator: 'iB', period: '2024', value: 130 },
      { indicator: 'iC', period: '2024', value: 95 },
    ], strategy);
    const evaluation = evaluate(strategy, observations, { asOf: '2025-03-27' });
    expect(evaluation.actors.map((card) => card.rank)).toEqual([1, 1, 3]);
  });
});
