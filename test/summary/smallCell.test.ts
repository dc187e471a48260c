import { describe, expect, it } from 'vitest';
import { summarize } from '../../src/summary/index.js';
import type { EvaluationSummary } from '../../src/summary/index.js';
import { EVALUATION } from '../fixtures/summary/evaluation.js';

const byId = (summary: EvaluationSummary, id: string) => {
  const found = summary.indicators.find((indicator) => indicator.id === id);
  if (!found) throw new Error(`no indicator ${id}`);
  return found;
};

describe('small-cell protection (default threshold 5)', () => {
  const summary = summarize(EVALUATION);
  const prot1 = byId(summary, 'PROT-01');

  it('publishes a sensitive value of 3 as "<5" with a null number', () => {
    expect(prot1.current).toEqual({ period: '2024', value: null, display: '<5' });
    expect(prot1.series).toEqual([{ period: '2024', value: null, display: '<5', partial: false }]);
    expect(prot1.suppressed).toBe(true);
    expect(prot1.notes.map((note) => note.code)).toContain('SMALL_CELL_SUPPRESSED');
  });

  it('keeps the true value in the evaluation', () => {
    expect(EVALUATION.indicators[2]?.current?.value).toBe(3);
  });

  it('publishes zero: it identifies nobody', () => {
    expect(prot1.baseline).toEqual({ period: '2023', value: 0, display: '0' });
    const male = summary.breakdowns.find((breakdown) => breakdown.code === 'male');
    expect(male?.indicators[0]).toEqual({ indicator: 'PROT-01', status: 'off-track', score: 0, value: 0, display: '0', suppressed: false });
  });

  it('withholds the measures that would give the value back, and keeps the status', () => {
    expect(prot1.progress).toBeNull();
    expect(prot1.performance).toBeNull();
    expect(prot1.achievement).toBeNull();
    expect(prot1.score).toBeNull();
    expect(prot1.trend).toEqual({ cagr: null, requiredCagr: null, growthRatio: null, projected: { cagr: null, wls: null }, projectedShare: null });
    expect(prot1.methodResult.nativeScore).toBeNull();
    expect(prot1.status).toBe('on-track');
    // Plan figures (targets, expected values) do not depend on the withheld value.
    expect(prot1.target?.value).toBe(10);
    expect(prot1.expected.asOf).toEqual({ value: 2.4, progress: 0.24 });
  });

  it('shows a sensitive value of 12', () => {
    const prot2 = byId(summary, 'PROT-02');
    expect(prot2.current).toEqual({ period: '2024', value: 12, display: '12' });
    expect(prot2.score).toBe(40);
    expect(prot2.progress).toBe(0.1);
    expect(prot2.suppressed).toBe(false);
  });

  it('withholds the score wherever it appears: scorecards and breakdowns', () => {
    const mosavy = summary.actors.find((actor) => actor.id === 'MOSAVY');
    expect(mosavy?.mostBehind.find((entry) => entry.indicator === 'PROT-01')?.score).toBeNull();
    // Two scored indicators: the ministry's score is kept (no complementary suppression).
    expect(mosavy?.score).toBe(70);
    const female = summary.breakdowns.find((breakdown) => breakdown.code === 'female');
    expect(female?.indicators[0]).toEqual({ indicator: 'PROT-01', status: 'on-track', score: null, value: null, display: '<5', suppressed: true });
    // The code's plan score rests on PROT-01 alone, so it would equal the withheld score.
    expect(female?.score).toBeNull();
  });

  it('withholds a small data-quality value and replaces messages that quote small numbers', () => {
    const outlier = summary.dataQuality.find((finding) => finding.indicator === 'PROT-01');
    expect(outlier).toMatchObject({ value: null, display: '<5', suppressed: true });
    expect(outlier?.message).toBe('Outlier (z-score): “Repatriated victims receiving reintegration support” (PROT-01), 2024 (sex: female).');
    const mismatch = summary.dataQuality.find((finding) => finding.indicator === 'PROT-02');
    expect(mismatch).toMatchObject({ value: 12, display: '12', suppressed: false });
    expect(mismatch?.message).not.toMatch(/\b10\b/);
    expect(prot1.issues).toEqual([{ code: 'TOTAL_MISMATCH', message: 'Details withheld to protect small numbers.' }]);
  });

  it('never lets a withheld value into findings', () => {
    const outlier = summary.findings.find((finding) => finding.code === 'DATA_OUTLIER' && finding.ids[0] === 'PROT-01');
    expect(outlier?.params['value']).toBe('<5');
    expect(outlier?.text).toContain('(<5)');
    const about = summary.findings.filter((finding) => finding.ids.includes('PROT-01'));
    expect(JSON.stringify(about)).not.toMatch(/(?<![\d.-])3(?![\d.])/);
  });

  it('describes the rule in the methodology', () => {
    expect(summary.methodology.find((item) => item.code === 'SMALL_CELL')?.params).toEqual({ threshold: 5 });
  });

  it('does not touch indicators that are not sensitive, even with small values', () => {
    const small = structuredClone(EVALUATION) as unknown as { indicators: { current: { value: number } | null }[] };
    small.indicators[1]!.current!.value = 2;
    expect(byId(summarize(small as unknown as typeof EVALUATION), 'PREV-02').current?.value).toBe(2);
  });
});

describe('small-cell threshold', () => {
  it('0 turns protection off', () => {
    const summary = summarize(EVALUATION, { smallCellThreshold: 0 });
    const prot1 = byId(summary, 'PROT-01');
    expect(prot1.current).toEqual({ period: '2024', value: 3, display: '3' });
    expect(prot1.score).toBe(100);
    expect(prot1.suppressed).toBe(false);
    expect(prot1.notes).toEqual([]);
    expect(summary.breakdowns[0]?.score).toBe(100);
    expect(summary.dataQuality.find((finding) => finding.indicator === 'PROT-01')?.value).toBe(3);
    expect(summary.methodology.find((item) => item.code.startsWith('SMALL_CELL'))?.code).toBe('SMALL_CELL_OFF');
  });

  it('a higher threshold withholds 12 too, shown as "<13"', () => {
    const summary = summarize(EVALUATION, { smallCellThreshold: 13 });
    expect(byId(summary, 'PROT-02').current).toEqual({ period: '2024', value: null, display: '<13' });
    expect(byId(summary, 'PROT-02').baseline).toEqual({ period: '2023', value: null, display: '<13' });
    // The baseline is withheld too, so expected values (interpolated from it) go as well.
    expect(byId(summary, 'PROT-02').expected.asOf).toEqual({ value: null, progress: null });
    expect(byId(summary, 'PROT-02').trend.requiredCagr).toBeNull();
  });

  it('a value at the threshold is shown', () => {
    const summary = summarize(EVALUATION, { smallCellThreshold: 3 });
    expect(byId(summary, 'PROT-01').current?.display).toBe('3');
  });
});
