import { describe, expect, it } from 'vitest';
import { LogframeError } from '../../src/problems/index.js';
import { EvaluationSummarySchema, summarize } from '../../src/summary/index.js';
import type { EvaluationSummary } from '../../src/summary/index.js';
import { EVALUATION } from '../fixtures/summary/evaluation.js';
import { badNumbers, deepFreeze, jsonSchemaValidator } from './helpers.js';

const byId = (summary: EvaluationSummary, id: string) => {
  const found = summary.indicators.find((indicator) => indicator.id === id);
  if (!found) throw new Error(`no indicator ${id}`);
  return found;
};

describe('summarize: shape and contract', () => {
  const variants = {
    en: summarize(EVALUATION),
    km: summarize(EVALUATION, { lang: 'km' }),
    'threshold 0': summarize(EVALUATION, { smallCellThreshold: 0 }),
    'generatedAt and 3 findings': summarize(EVALUATION, { generatedAt: '2025-03-28T09:00:00Z', maxFindings: 3 }),
  };

  for (const [name, summary] of Object.entries(variants)) {
    it(`validates against EvaluationSummarySchema and the JSON Schema (${name})`, () => {
      const parsed = EvaluationSummarySchema.safeParse(summary);
      expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
      const validate = jsonSchemaValidator();
      expect(validate(JSON.parse(JSON.stringify(summary))), JSON.stringify(validate.errors)).toBe(true);
    });

    it(`has no NaN, Infinity or −0 anywhere (${name})`, () => {
      expect(badNumbers(summary)).toEqual([]);
    });

    it(`keeps its keys in schema order (${name})`, () => {
      // zod writes parsed objects in shape order, so equal JSON means the summary already is.
      expect(JSON.stringify(EvaluationSummarySchema.parse(summary))).toBe(JSON.stringify(summary));
    });
  }

  it('normalises the −0 and NaN planted in the fixture', () => {
    const summary = variants.en;
    expect(Object.is(byId(summary, 'LAW-01').achievement, 0)).toBe(true);
    expect(Object.is(byId(summary, 'PREV-02').trend.projected.wls, 0)).toBe(true);
    expect(byId(summary, 'PREV-02').trend.growthRatio).toBeNull();
  });

  it('starts with the version and language', () => {
    expect(Object.keys(variants.en).slice(0, 4)).toEqual(['schemaVersion', 'lang', 'plan', 'asOf']);
    expect(variants.en.schemaVersion).toBe(1);
    expect(variants.km.lang).toBe('km');
  });

  it('has generatedAt only when the caller gives it (no clock is read)', () => {
    expect('generatedAt' in variants.en).toBe(false);
    expect(variants['generatedAt and 3 findings'].generatedAt).toBe('2025-03-28T09:00:00Z');
    expect(Object.keys(variants['generatedAt and 3 findings']).indexOf('generatedAt')).toBe(4);
  });
});

describe('summarize: determinism', () => {
  it('gives byte-identical JSON for the same evaluation', () => {
    expect(JSON.stringify(summarize(EVALUATION))).toBe(JSON.stringify(summarize(EVALUATION)));
    expect(JSON.stringify(summarize(EVALUATION, { lang: 'km' }))).toBe(JSON.stringify(summarize(EVALUATION, { lang: 'km' })));
  });

  it('gives the same JSON for a deep copy, and does not mutate its input', () => {
    const frozen = deepFreeze(structuredClone(EVALUATION));
    expect(JSON.stringify(summarize(frozen))).toBe(JSON.stringify(summarize(EVALUATION)));
  });

  it('does not depend on the key order of disaggregations or of multilingual titles', () => {
    const reordered = structuredClone(EVALUATION) as unknown as { dataQuality: { disaggregation: Record<string, string> }[]; indicators: { title: unknown }[] };
    for (const finding of reordered.dataQuality) finding.disaggregation = Object.fromEntries(Object.entries(finding.disaggregation).reverse());
    reordered.dataQuality[0]!.disaggregation = { sex: 'female', province: 'KH-12' };
    const original = structuredClone(EVALUATION) as unknown as typeof reordered;
    original.dataQuality[0]!.disaggregation = { province: 'KH-12', sex: 'female' };
    for (const indicator of reordered.indicators) {
      if (typeof indicator.title === 'object' && indicator.title !== null) indicator.title = Object.fromEntries(Object.entries(indicator.title).reverse());
    }
    const a = summarize(original as unknown as typeof EVALUATION);
    const b = summarize(reordered as unknown as typeof EVALUATION);
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
    expect(Object.keys(a.dataQuality[0]!.disaggregation)).toEqual(['province', 'sex']);
  });
});

describe('summarize: options', () => {
  it('rejects invalid options with one LogframeError listing every problem', () => {
    let error: unknown;
    try {
      summarize(EVALUATION, { lang: 'fr' as 'en', smallCellThreshold: -1, generatedAt: 'yesterday', maxFindings: 1.5 });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(LogframeError);
    const paths = (error as LogframeError).problems.map((problem) => problem.path.join('.')).sort();
    expect(paths).toEqual(['options.generatedAt', 'options.lang', 'options.maxFindings', 'options.smallCellThreshold']);
  });

  it('rejects unknown options', () => {
    expect(() => summarize(EVALUATION, { language: 'km' } as never)).toThrow(LogframeError);
  });
});

describe('summarize: plan, headline, results, actors, reporting', () => {
  const summary = summarize(EVALUATION);

  it('copies the plan and method with resolved texts', () => {
    expect(summary.plan).toEqual({
      id: 'KH-NSP-CTIP-2024-2028',
      title: 'National Strategic Plan on Counter Trafficking in Persons 2024–2028',
      period: { start: 2024, end: 2028 },
      baselineYear: 2023,
      language: 'en',
    });
    expect(summary.asOf).toBe('2025-03-27');
    expect(summary.method.preset).toBe('default');
    expect(summary.method.thresholds).toEqual({ onTrack: 0.95, atRisk: 0.6 });
    expect(summary.method.name).toBe('plan default');
  });

  it('gives the headline', () => {
    expect(summary.headline).toEqual({
      score: 73.33333333333333,
      status: 'at-risk',
      counts: { achieved: 1, 'on-track': 2, 'at-risk': 1, 'off-track': 1, 'not-started': 0, 'no-data': 1, 'not-scored': 0 },
      coverage: 1,
      indicators: { total: 6, scored: 5, withData: 5 },
    });
  });

  it('lists the results tree depth-first, each child right after its parent', () => {
    expect(summary.results.map((result) => [result.id, result.parent, result.depth])).toEqual([
      ['PREV', null, 0], ['PROT', null, 0], ['LAW', null, 0], ['LAW.1', 'LAW', 1],
    ]);
    const law1 = summary.results[3]!;
    expect(law1.levelTitle).toBe('Objective');
    expect(law1.indicators).toEqual(['LAW-01', 'LAW-02']);
    expect(law1.worst).toEqual({ kind: 'indicator', id: 'LAW-01', title: 'Trafficking cases investigated', score: 100 });
    expect(summary.results[0]!.levelTitle).toBe('Pillar');
  });

  it('gives one scorecard per ministry', () => {
    expect(summary.actors.map((actor) => [actor.id, actor.name, actor.shortName, actor.rank])).toEqual([
      ['MOI', 'Ministry of Interior', null, 2],
      ['MOSAVY', 'Ministry of Social Affairs, Veterans and Youth Rehabilitation', null, 1],
    ]);
    expect(summary.actors[0]!.mostBehind[0]).toEqual({ indicator: 'PREV-02', title: 'Share of villages with counter-trafficking committees', score: 0, status: 'off-track' });
  });

  it('gives reporting compliance with names', () => {
    expect(summary.reporting[0]).toEqual({
      actor: 'MOI', actorName: 'Ministry of Interior', period: '2024', expected: 4, received: 3, onTime: 2,
      completeness: 0.75, timeliness: 0.5, missing: [{ indicator: 'LAW-02', period: '2024' }],
    });
  });

  it('carries the evaluation notes', () => {
    expect(summary.notes).toEqual([{ code: 'UNKNOWN_INDICATOR_OBSERVATIONS', message: '2 observations name no indicator of the strategy and were ignored.' }]);
  });
});

describe('summarize: indicators', () => {
  const summary = summarize(EVALUATION);

  it('lists every indicator in strategy order', () => {
    expect(summary.indicators.map((indicator) => indicator.id)).toEqual(['PREV-01', 'PREV-02', 'PROT-01', 'PROT-02', 'LAW-01', 'LAW-02']);
  });

  it('formats figures at the indicator’s decimals, with the raw value beside', () => {
    const prev2 = byId(summary, 'PREV-02');
    expect(prev2.current).toEqual({ period: '2024', value: 38.5, display: '38.5' });
    expect(prev2.baseline).toEqual({ period: '2023', value: 40, display: '40.0' });
    expect(prev2.target).toEqual({ period: '2028', value: 80, display: '80.0', revisedOn: null });
    expect(byId(summary, 'PREV-01').current?.display).toBe('158,000');
    expect(byId(summary, 'PREV-01').series).toEqual([{ period: '2024', value: 158000, display: '158,000', partial: false }]);
  });

  it('shows milestones (booleans) as yes/no in the chosen language', () => {
    expect(byId(summary, 'LAW-02').target?.display).toBe('Yes');
    expect(byId(summary, 'LAW-02').baseline?.display).toBe('No');
    expect(byId(summarize(EVALUATION, { lang: 'km' }), 'LAW-02').target?.display).toBe('មែន');
  });

  it('lists the kinds of data-quality findings of each indicator, sorted, once each', () => {
    expect(byId(summary, 'PREV-01').dataQuality).toEqual(['outlier-modified-z', 'outlier-z']);
    expect(byId(summary, 'LAW-02').dataQuality).toEqual(['stale']);
    expect(byId(summary, 'PREV-02').dataQuality).toEqual([]);
  });

  it('copies the measures of an indicator that is not protected', () => {
    const prev1 = byId(summary, 'PREV-01');
    expect(prev1.progress).toBe(0.2111111111111111);
    expect(prev1.score).toBe(100);
    expect(prev1.trend.projected).toEqual({ cagr: 474000, wls: 310000 });
    expect(prev1.notes).toEqual([{ code: 'OVER_ACHIEVED', message: 'Ahead of the milestone.' }]);
    expect(prev1.sources).toEqual(['NCCT annual report 2023']);
    expect(prev1.suppressed).toBe(false);
  });
});

describe('summarize: titles in the chosen language', () => {
  const en = summarize(EVALUATION);
  const km = summarize(EVALUATION, { lang: 'km' });

  it('uses the km entry when there is one', () => {
    expect(byId(km, 'PREV-01').title).toBe('ប្រជាជនដែលបានទទួលការផ្សព្វផ្សាយ');
    expect(byId(en, 'PREV-01').title).toBe('People reached by awareness campaigns');
    expect(km.plan.title).toBe('ផែនការយុទ្ធសាស្ត្រជាតិប្រយុទ្ធប្រឆាំងការជួញដូរមនុស្ស ២០២៤–២០២៨');
    expect(km.actors[0]!.name).toBe('ក្រសួងមហាផ្ទៃ');
    expect(km.results[1]!.title).toBe('កិច្ចការពារ');
    expect(km.breakdowns[0]!.label).toBe('ស្រី');
  });

  it('falls back to English, then to the first language given', () => {
    expect(byId(km, 'LAW-02').title).toBe('Anti-trafficking law amendment adopted');
    expect(byId(en, 'PROT-02').title).toBe('Enfants victimes assistées');
    expect(byId(km, 'PROT-02').title).toBe('Enfants victimes assistées');
  });

  it('keeps plain strings as they are', () => {
    expect(byId(km, 'PREV-02').title).toBe('Share of villages with counter-trafficking committees');
    expect(km.results[3]!.title).toBe('Investigation and prosecution');
  });

  it('names levels from the labels, or from the strategy when given', () => {
    expect(km.results[0]!.levelTitle).toBe('សសរស្តម្ភ');
    const strategy = { levels: [{ id: 'pillar', title: { en: 'Strategic pillar', km: 'សសរស្តម្ភយុទ្ធសាស្ត្រ' } }], actors: [{ id: 'MOI', name: 'Ministry of Interior', shortName: 'MoI' }], indicators: [] };
    const withStrategy = summarize(EVALUATION, { strategy: strategy as never });
    expect(withStrategy.results[0]!.levelTitle).toBe('Strategic pillar');
    expect(withStrategy.results[3]!.levelTitle).toBe('Objective');
    expect(withStrategy.actors[0]!.shortName).toBe('MoI');
  });

  it('uses Latin digits in Khmer', () => {
    expect(byId(km, 'PREV-01').current?.display).toBe('158,000');
    const displays = JSON.stringify(km).match(/"display":"[^"]*"/g) ?? [];
    expect(displays.length).toBeGreaterThan(10);
    // Khmer digits are ០–៩ (U+17E0–U+17E9); titles may contain them, figures never do.
    expect(displays.filter((display) => /[\u17E0-\u17E9]/u.test(display))).toEqual([]);
  });
});
