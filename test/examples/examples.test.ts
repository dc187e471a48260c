// Runs every example script as a user would (`node --import tsx <script>`, in a child process, with
// a temporary output directory) and checks what it prints and writes, so that no example can rot.
// Figures are checked against the library itself where they may legitimately change with the
// scoring rules, and literally where the example's README states them.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  evaluate,
  EvaluationSummarySchema,
  formatPercent,
  fromDhis2,
  parseObservations,
  parseStrategy,
  readObservationsCsv,
  readStrategyCsv,
  reportingTemplate,
  summarize,
  toDhis2,
  toText,
} from '../../src/index.js';
import type { Observation, Strategy } from '../../src/index.js';
import { removeTempDirs, root, run, tempDir } from './run.js';

afterAll(removeTempDirs);

const TIMEOUT = 300_000;
const examples = join(root, 'examples');
const cambodia = join(examples, 'cambodia-nsp-2024-2028');
const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));
const cambodiaStrategy = (): Strategy => parseStrategy(readJson(join(cambodia, 'strategy.json')));
const lines = (text: string) => text.split(/\r?\n/);

describe.concurrent('examples', () => {
  it('cambodia-nsp-2024-2028/evaluate.ts evaluates as of 2025-03-27 and writes the summaries', async ({ expect }) => {
    const out = tempDir('cambodia');
    const { code, stdout, stderr } = await run(join(cambodia, 'evaluate.ts'), ['--out', out]);
    expect(stderr).toBe('');
    expect(code).toBe(0);

    const strategy = cambodiaStrategy();
    const all = [readJson(join(cambodia, 'observations-2024.json')), readJson(join(cambodia, 'observations-2025-2026.json'))].flat();
    const parsed = parseObservations(all, strategy);
    const evaluation = evaluate(strategy, parsed.observations, { asOf: '2025-03-27', graceDays: 75 });
    const { plan } = evaluation;

    expect(stdout).toContain('Plan: National Strategic Plan on Counter Trafficking in Persons 2024–2028 (2024–2028)');
    expect(stdout).toContain(`Observations: ${parsed.observations.length} accepted, 0 rejected, 1 warning(s)`);
    expect(stdout).toContain('warning OBSERVATION_REVISED');
    expect(stdout).toContain(`Whole plan: score ${plan.score?.toFixed(1) ?? 'n/a'}, status ${plan.status}, coverage ${formatPercent(plan.coverage)}`);
    for (const pillar of ['POL', 'PRV', 'LAW', 'PRT', 'COP']) {
      const rollup = evaluation.results.find((result) => result.id === pillar);
      expect(lines(stdout).some((line) => line.includes(`${pillar} `) && line.includes(rollup?.score?.toFixed(1) ?? '?') && line.endsWith(rollup?.status ?? '?'))).toBe(true);
    }
    for (const result of evaluation.indicators.filter((r) => r.status === 'off-track')) expect(stdout).toContain(`  ${result.indicator}`);

    for (const file of ['summary.html', 'summary.md', 'summary.json']) expect(stdout).toContain(`Wrote ${join(out, file)}`);
    const summary = EvaluationSummarySchema.parse(readJson(join(out, 'summary.json')));
    expect(summary.asOf).toBe('2025-03-27');
    expect(summary.indicators).toHaveLength(strategy.indicators.length);
    const html = readFileSync(join(out, 'summary.html'), 'utf8');
    expect(html.startsWith('<!doctype html>') || html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).toContain('National Strategic Plan on Counter Trafficking in Persons 2024–2028');
    expect(html).not.toMatch(/<script/i);
    expect(readFileSync(join(out, 'summary.md'), 'utf8')).toMatch(/^# .*National Strategic Plan on Counter Trafficking in Persons 2024–2028/);
  }, TIMEOUT);

  it('cambodia-nsp-2024-2028/evaluate.ts honours --as-of: values reported later are left out', async ({ expect }) => {
    const { code, stdout } = await run(join(cambodia, 'evaluate.ts'), ['--out', tempDir('cambodia-asof'), '--as-of', '2024-09-30']);
    expect(code).toBe(0);
    const strategy = cambodiaStrategy();
    const all = [readJson(join(cambodia, 'observations-2024.json')), readJson(join(cambodia, 'observations-2025-2026.json'))].flat();
    const { plan } = evaluate(strategy, parseObservations(all, strategy).observations, { asOf: '2024-09-30', graceDays: 75 });
    expect(stdout).toContain('As of 2024-09-30 (method: default)');
    expect(stdout).toContain(`Whole plan: score ${plan.score?.toFixed(1) ?? 'n/a'}, status ${plan.status}`);
  }, TIMEOUT);

  it('custom-method/compare-methods.ts compares default, a custom method and eurostat', async ({ expect }) => {
    const { code, stdout, stderr } = await run(join(examples, 'custom-method', 'compare-methods.ts'));
    expect(stderr).toBe('');
    expect(code).toBe(0);

    const strategy = cambodiaStrategy();
    const { observations } = parseObservations(readJson(join(cambodia, 'observations-2024.json')), strategy);
    const asOf = '2025-03-27';
    const runs = {
      default: evaluate(strategy, observations, { asOf, method: 'default' }),
      custom: evaluate(strategy, observations, { asOf, method: { preset: 'default', thresholds: { onTrack: 0.85, atRisk: 0.5 } }, bands: { onTrack: 85, atRisk: 50 } }),
      eurostat: evaluate(strategy, observations, { asOf, method: 'eurostat' }),
    };
    expect(stdout).toContain(`Cambodia NSP 2024–2028, ${observations.length} observations, as of ${asOf}`);
    expect(stdout).toContain('  custom    onTrack=0.85 atRisk=0.5 cagrOnTrack=0.01 cagrAtRisk=0');
    expect(stdout).toContain('  eurostat  significant=0.95 moderate=0.6 insufficient=0');
    for (const [name, evaluation] of Object.entries(runs)) {
      const row = lines(stdout).find((line) => line.startsWith(`  ${name.padEnd(9)} `) && line.includes(evaluation.plan.status));
      expect(row, name).toBeDefined();
      expect(row).toContain(evaluation.plan.score?.toFixed(1) ?? 'n/a');
    }
    // Thresholds change statuses, never scores (the README says so).
    expect(runs.custom.plan.score).toBe(runs.default.plan.score);
    const differing = runs.default.indicators.filter((result) =>
      Object.values(runs).some((evaluation) => evaluation.indicators.find((r) => r.indicator === result.indicator)?.status !== result.status));
    expect(differing.length).toBeGreaterThan(0);
    expect(stdout).toContain(`Indicators whose status depends on the method: ${differing.length}`);
    for (const result of differing) {
      const statuses = Object.entries(runs).map(([name, evaluation]) => `${name}=${evaluation.indicators.find((r) => r.indicator === result.indicator)?.status ?? '?'}`);
      expect(stdout).toContain(`  ${result.indicator.padEnd(7)} ${statuses.join('  ')}`);
    }
    // What the README points at.
    expect(stdout).toMatch(/ {2}PRV-03 {2}default=at-risk {2}custom=on-track/);
    expect(stdout).toMatch(/ {2}POL {2}default=88\.9 at-risk {2}custom=88\.9 on-track/);
    expect(stdout).toContain('onTrack 0.5 below atRisk 0.6 accepted? no');
  }, TIMEOUT);

  it('dhis2-round-trip/round-trip.ts reads, scores and writes DHIS2 values that round-trip', async ({ expect }) => {
    const dir = join(examples, 'dhis2-round-trip');
    const out = tempDir('dhis2');
    const { code, stdout, stderr } = await run(join(dir, 'round-trip.ts'), ['--out', out]);
    expect(stderr).toBe('');
    expect(code).toBe(0);

    expect(stdout).toContain('Read 15 DHIS2 values: 14 observations, 1 rejected, 0 warning(s)');
    expect(stdout).toContain('  rejected dataValues[14]: DHIS2_UNMAPPED_DATA_ELEMENT:');
    expect(stdout).toContain('Round trip: 14 of 14 values identical, 14 written');
    expect(stdout).toContain('OK: every value round-trips');

    const strategy = cambodiaStrategy();
    const mapping = readJson(join(dir, 'mapping.json'));
    const { observations } = fromDhis2(readJson(join(dir, 'dataValueSets.json')), strategy, mapping);
    const evaluation = evaluate(strategy, observations, { asOf: '2025-03-27' });
    for (const [id, value] of [['LAW-01', 197], ['LAW-02', 273], ['PRT-01', 523], ['PRV-09', 497]] as const) {
      const result = evaluation.indicators.find((r) => r.indicator === id);
      expect(result?.current?.value).toBe(value);
      expect(stdout).toMatch(new RegExp(`  ${id} +${value} \\(2024\\) +${result?.status ?? '?'} `));
    }
    expect(readJson(join(out, 'dataValueSets.out.json'))).toEqual(toDhis2(strategy, observations, mapping));
  }, TIMEOUT);

  it('minimal-plan-from-spreadsheet/from-spreadsheet.ts goes from a spreadsheet to a text summary', async ({ expect }) => {
    const dir = join(examples, 'minimal-plan-from-spreadsheet');
    const out = tempDir('spreadsheet');
    const { code, stdout, stderr } = await run(join(dir, 'from-spreadsheet.ts'), ['--out', out]);
    expect(stderr).toBe('');
    expect(code).toBe(0);

    const strategy = readStrategyCsv(readFileSync(join(dir, 'indicators.csv')), readJson(join(dir, 'frame.json')));
    expect(stdout).toContain('Plan DEMO-WASH-2024-2026: 6 indicators, 3 departments');
    expect(stdout).toContain('PHD    template 2 rows');
    expect(stdout).toContain('filled: 1 accepted, 1 rejected');
    expect(stdout).toContain('       line 2 rejected: NUMBER_INVALID:');
    expect(stdout).not.toContain('rows differ from the template');

    const observations: Observation[] = [];
    for (const actor of strategy.actors) {
      // The templates written are the library's, and the filled files answer the same rows.
      expect(readFileSync(join(out, `template-${actor.id}-2024.csv`), 'utf8')).toBe(reportingTemplate(strategy, { actor: actor.id, period: '2024' }));
      observations.push(...(await readObservationsCsv(readFileSync(join(dir, 'filled', `${actor.id}-2024.csv`)), strategy)).observations);
    }
    expect(observations).toHaveLength(13);
    const evaluation = evaluate(strategy, observations, { asOf: '2025-03-31' });
    expect(stdout).toContain(toText(summarize(evaluation, { strategy })));
    // What the README states.
    const status = (id: string) => evaluation.indicators.find((r) => r.indicator === id)?.status;
    expect([status('WAT-01'), status('WAT-02'), status('WAT-03'), status('SAN-02'), status('SAN-03')]).toEqual(['at-risk', 'on-track', 'on-track', 'no-data', 'not-scored']);
    expect(evaluation.indicators.find((r) => r.indicator === 'WAT-02')?.current?.value).toBe(38);
    expect(evaluation.results.find((r) => r.id === 'SAN')?.coverage).toBe(0.5);
  }, TIMEOUT);
});

describe('example folders', () => {
  const folders = readdirSync(examples, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name);

  it.each(folders)('%s has a README', (folder) => {
    expect(existsSync(join(examples, folder, 'README.md'))).toBe(true);
  });

  it.each(folders.filter((folder) => folder !== 'browser'))('%s: scripts import the source, and the README says users import logframe', (folder) => {
    const scripts = readdirSync(join(examples, folder)).filter((name) => name.endsWith('.ts'));
    expect(scripts.length).toBeGreaterThan(0);
    for (const script of scripts) expect(readFileSync(join(examples, folder, script), 'utf8')).toContain("from '../../src/index.js'");
    expect(readFileSync(join(examples, folder, 'README.md'), 'utf8')).toContain("from 'logframe'");
  });
});
