// Score the same data with three methods and print where they disagree: the library's default
// preset, a custom method built on it with lower thresholds, and Eurostat's SDG method.
//
//   npx tsx examples/custom-method/compare-methods.ts [--as-of YYYY-MM-DD]
//
// In your own code, import from 'logframe' instead of '../../src/index.js'.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { evaluate, MethodSchema, parseObservations, parseStrategy, resolveMethod } from '../../src/index.js';
import type { Evaluation, MethodInput, Status } from '../../src/index.js';

const data = join(import.meta.dirname, '..', 'cambodia-nsp-2024-2028');
const { values: args } = parseArgs({ options: { 'as-of': { type: 'string', default: '2025-03-27' } } });
const asOf = args['as-of'] ?? '2025-03-27';

// A custom method: the default preset's formula (performance against the planned trajectory), with
// "on track" from 85 % of the expected progress instead of 90 %, and "at risk" from 50 % instead of
// 60 %. Names the preset does not have, and thresholds out of order, are rejected.
const lenient: MethodInput = MethodSchema.parse({ preset: 'default', thresholds: { onTrack: 0.85, atRisk: 0.5 } });
// Thresholds decide indicator statuses. Results, pillars and the plan get their status from their
// 0–100 score through separate bands (default 90 and 60): move them along with `bands`.
const methods: readonly { readonly name: string; readonly method: MethodInput; readonly bands?: { onTrack: number; atRisk: number } }[] = [
  { name: 'default', method: 'default' },
  { name: 'custom', method: lenient, bands: { onTrack: 85, atRisk: 50 } },
  { name: 'eurostat', method: 'eurostat' },
];

const strategy = parseStrategy(JSON.parse(readFileSync(join(data, 'strategy.json'), 'utf8')));
const { observations } = parseObservations(JSON.parse(readFileSync(join(data, 'observations-2024.json'), 'utf8')), strategy);

const evaluations = new Map<string, Evaluation>();
for (const { name, method, bands } of methods) {
  evaluations.set(name, evaluate(strategy, observations, { asOf, method, ...(bands === undefined ? {} : { bands }) }));
}

console.log(`Cambodia NSP 2024–2028, ${observations.length} observations, as of ${asOf}\n`);
console.log('Thresholds in force:');
for (const { name, method } of methods) {
  const thresholds = resolveMethod(method).thresholds;
  console.log(`  ${name.padEnd(9)} ${Object.entries(thresholds).map(([key, value]) => `${key}=${value}`).join(' ')}`);
}

const SHOWN: readonly Status[] = ['achieved', 'on-track', 'at-risk', 'off-track'];
console.log('\nWhole plan (roll-up bands: custom 85/50, others 90/60):');
console.log(`  ${'method'.padEnd(9)} ${'score'.padStart(6)}  ${'status'.padEnd(10)} ${SHOWN.map((s) => s.padStart(9)).join(' ')}`);
for (const [name, evaluation] of evaluations) {
  const { plan } = evaluation;
  const score = plan.score === null ? 'n/a' : plan.score.toFixed(1);
  console.log(`  ${name.padEnd(9)} ${score.padStart(6)}  ${plan.status.padEnd(10)} ${SHOWN.map((s) => String(plan.counts[s]).padStart(9)).join(' ')}`);
}

console.log('\nPillars (score and status by method):');
for (const pillar of strategy.results.filter((result) => result.level === 'pillar')) {
  const cells = [...evaluations].map(([name, evaluation]) => {
    const rollup = evaluation.results.find((r) => r.id === pillar.id);
    return `${name}=${rollup?.score?.toFixed(1) ?? 'n/a'} ${rollup?.status ?? '?'}`;
  });
  console.log(`  ${pillar.id.padEnd(4)} ${cells.join('  ')}`);
}

// Indicators whose status is not the same under every method, with the metric each method used.
const base = evaluations.get('default');
const differing = (base?.indicators ?? []).filter((result) =>
  [...evaluations.values()].some((evaluation) => evaluation.indicators.find((r) => r.indicator === result.indicator)?.status !== result.status));
console.log(`\nIndicators whose status depends on the method: ${differing.length}`);
for (const result of differing) {
  const cells = [...evaluations].map(([name, evaluation]) => {
    const r = evaluation.indicators.find((candidate) => candidate.indicator === result.indicator);
    return `${name}=${r?.status ?? '?'}`;
  });
  const performance = result.performance === null ? 'n/a' : result.performance.toFixed(3);
  const growth = result.trend.growthRatio === null ? 'n/a' : result.trend.growthRatio.toFixed(3);
  console.log(`  ${result.indicator.padEnd(7)} ${cells.join('  ')}  (performance ${performance}, growth ratio ${growth})`);
}

// An invalid method is refused with every problem listed.
const refused = MethodSchema.safeParse({ preset: 'default', thresholds: { onTrack: 0.5, atRisk: 0.6 } });
console.log(`\nonTrack 0.5 below atRisk 0.6 accepted? ${refused.success ? 'yes' : 'no'}`);
