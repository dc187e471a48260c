import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseObservations, parseStrategy } from '../../src/model/index.js';
import { getLabels, renderFinding, renderMethodology } from '../../src/locale/labels/index.js';
import { evaluate } from '../../src/rollup/evaluate.js';
import { EvaluationSummarySchema, summarize } from '../../src/summary/index.js';
import type { EvaluationSummary } from '../../src/summary/index.js';
import { badNumbers, jsonSchemaValidator } from './helpers.js';

// The flagship example end to end: the Cambodian NSP 2024–2028 with the 2024 reports, as of 27 March 2025.
const dir = join(import.meta.dirname, '../../examples/cambodia-nsp-2024-2028');
const strategy = parseStrategy(JSON.parse(readFileSync(join(dir, 'strategy.json'), 'utf8')) as unknown);
const { observations } = parseObservations(JSON.parse(readFileSync(join(dir, 'observations-2024.json'), 'utf8')) as unknown, strategy);
const evaluation = evaluate(strategy, observations, { asOf: '2025-03-27', breakdowns: strategy.dimensions.map((dimension) => dimension.id) });

/** Every published number of a sensitive indicator: none may lie above 0 and below the threshold. */
function sensitiveFigures(summary: EvaluationSummary): [string, number][] {
  const sensitive = new Set(summary.indicators.filter((indicator) => indicator.sensitive).map((indicator) => indicator.id));
  const figures: [string, number][] = [];
  const add = (where: string, value: unknown) => { if (typeof value === 'number') figures.push([where, value]); };
  for (const indicator of summary.indicators.filter((entry) => sensitive.has(entry.id))) {
    add(`${indicator.id} current`, indicator.current?.value);
    add(`${indicator.id} baseline`, indicator.baseline?.value);
    for (const point of indicator.series) add(`${indicator.id} ${point.period}`, point.value);
  }
  for (const breakdown of summary.breakdowns) {
    for (const row of breakdown.indicators) if (sensitive.has(row.indicator)) add(`${breakdown.code} ${row.indicator}`, row.value);
  }
  for (const finding of summary.dataQuality) if (sensitive.has(finding.indicator)) add(`dq ${finding.indicator}`, finding.value);
  return figures;
}

describe('summary of the Cambodia NSP 2024–2028 example', () => {
  const en = summarize(evaluation, { strategy });
  const km = summarize(evaluation, { strategy, lang: 'km' });

  it('validates against the zod schema and the JSON Schema, in English and Khmer', () => {
    const validate = jsonSchemaValidator();
    for (const summary of [en, km]) {
      expect(EvaluationSummarySchema.safeParse(summary).success).toBe(true);
      expect(validate(JSON.parse(JSON.stringify(summary))), JSON.stringify(validate.errors)).toBe(true);
      expect(badNumbers(summary)).toEqual([]);
    }
  });

  it('covers the whole plan', () => {
    expect(en.plan.id).toBe(strategy.id);
    expect(en.indicators).toHaveLength(strategy.indicators.length);
    expect(en.results).toHaveLength(strategy.results.length);
    expect(en.headline.indicators.total).toBe(strategy.indicators.length);
    expect(en.results.filter((result) => result.depth === 0).map((result) => result.levelTitle)).not.toContain('');
  });

  it('is byte-identical when made twice', () => {
    expect(JSON.stringify(summarize(evaluation, { strategy }))).toBe(JSON.stringify(en));
  });

  it('publishes no small cell of a sensitive indicator', () => {
    for (const summary of [en, summarize(evaluation, { smallCellThreshold: 50 })]) {
      const threshold = summary === en ? 5 : 50;
      expect(sensitiveFigures(summary).filter(([, value]) => value > 0 && value < threshold)).toEqual([]);
    }
  });

  it('has findings whose sentences rebuild in both languages', () => {
    expect(en.findings.length).toBeGreaterThan(0);
    const english = getLabels('en');
    const khmer = getLabels('km');
    for (const finding of en.findings) expect(renderFinding(finding, english)).toBe(finding.text);
    for (const item of en.methodology) expect(renderMethodology(item, english)).toBe(item.text);
    for (const finding of km.findings) expect(renderFinding(finding, khmer)).not.toMatch(/[{}]/);
  });

  it('ranks findings by severity', () => {
    const order = { high: 0, medium: 1, low: 2, info: 3 };
    const ranks = en.findings.map((finding) => order[finding.severity]);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  });
});
