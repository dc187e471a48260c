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

describe('breakdowns: a part of a total is not scored against the plan’s targets', () => {
  const raw = tinyStrategy();
  raw['indicators'][1] = { ...raw['indicators'][1], disaggregations: ['sex'] };
  raw['indicators'].push({ id: 'mean', title: 'Mean count per court', result: 'O1', measure: 'count', direction: 'increase', disaggregations: ['sex'], aggregation: { disaggregations: 'mean' }, baseline: { period: '2023', value: 10 }, targets: { '2028': 20 } });
  const strategy = parseStrategy(raw);
  const { observations } = parseObservations([
    { indicator: 'charged', period: '2024', value: 150, disaggregation: { sex: 'female' }, reportedOn: '2025-01-20' },
    { indicator: 'charged', period: '2024', value: 170, disaggregation: { sex: 'male' }, reportedOn: '2025-01-20' },
    { indicator: 'share', period: '2024', value: 60, disaggregation: { sex: 'female' }, reportedOn: '2025-01-20' },
    { indicator: 'share', period: '2024', value: 40, disaggregation: { sex: 'male' }, reportedOn: '2025-01-20' },
    { indicator: 'mean', period: '2024', value: 14, disaggregation: { sex: 'female' }, reportedOn: '2025-01-20' },
    { indicator: 'mean', period: '2024', value: 12, disaggregation: { sex: 'male' }, reportedOn: '2025-01-20' },
  ], strategy);
  const evaluation = evaluate(strategy, observations, { asOf: '2025-03-27', breakdowns: ['sex'] });
  const female = evaluation.breakdowns.find((breakdown) => breakdown.code === 'female');
  const of = (id: string) => female?.indicators.find((result) => result.indicator === id);

  it('shows a count (values add up) without baseline, target or score, and says why', () => {
    const charged = of('charged');
    expect(charged?.current?.value).toBe(150);
    expect(charged?.status).toBe('not-scored');
    expect(charged?.score).toBeNull();
    expect(charged?.baseline).toBeNull();
    expect(charged?.target).toBeNull();
    expect(charged?.progress).toBeNull();
    expect(charged?.notes.map((note) => note.code)).toContain('PART_OF_TOTAL');
    expect(charged?.notes.find((note) => note.code === 'PART_OF_TOTAL')?.message).toMatch(/sex female.*not scored/u);
    // The whole is scored against the plan as before: 320 charged against 315 due in 2024.
    const whole = evaluation.indicators.find((result) => result.indicator === 'charged');
    expect(whole?.current?.value).toBe(320);
    expect(whole?.score).not.toBeNull();
    expect(whole?.notes.map((note) => note.code)).not.toContain('PART_OF_TOTAL');
  });

  it('scores a share and a mean against the plan’s targets, as benchmarks', () => {
    expect(of('share')?.current?.value).toBe(60);
    expect(of('share')?.score).not.toBeNull();
    expect(of('share')?.target).not.toBeNull();
    expect(of('mean')?.current?.value).toBe(14);
    expect(of('mean')?.score).not.toBeNull();
    // The code's plan rests on the scored indicators alone.
    expect(female?.plan.score).not.toBeNull();
  });
});
