// Evaluate Cambodia's NSP on Counter Trafficking in Persons 2024–2028 as of 27 March 2025, the day
// the NCCT presented its 2024 annual report: load the plan and every reported value, validate
// them, score, print a short report, and write summary.html and summary.md.
//
//   npx tsx examples/cambodia-nsp-2024-2028/evaluate.ts [--out <dir>] [--as-of YYYY-MM-DD]
//
// Without --out the files go to a new temporary directory. In your own code, import from
// 'logframe' instead of '../../src/index.js'.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import {
  evaluate,
  formatPercent,
  LogframeError,
  parseObservations,
  parseStrategy,
  resolveText,
  summarize,
  toHtml,
  toMarkdown,
} from '../../src/index.js';

const here = import.meta.dirname;
const { values: args } = parseArgs({ options: { out: { type: 'string' }, 'as-of': { type: 'string', default: '2025-03-27' } } });
const asOf = args['as-of'] ?? '2025-03-27';
const outDir = args.out ?? mkdtempSync(join(tmpdir(), 'logframe-cambodia-'));
mkdirSync(outDir, { recursive: true });

const readJson = (name: string): unknown => JSON.parse(readFileSync(join(here, name), 'utf8'));

try {
  // 1. The plan. parseStrategy throws one LogframeError listing every problem it finds.
  const strategy = parseStrategy(readJson('strategy.json'));

  // 2. The reported values: both files. Values reported after asOf are kept here and ignored by
  //    evaluate, so re-running an old evaluation gives the same answer as it did then.
  const reported = [readJson('observations-2024.json'), readJson('observations-2025-2026.json')].flat();
  const { observations, rejected, warnings } = parseObservations(reported, strategy);
  console.log(`Plan: ${resolveText(strategy.title, 'en')} (${strategy.period.start}–${strategy.period.end})`);
  console.log(`Observations: ${observations.length} accepted, ${rejected.length} rejected, ${warnings.length} warning(s)`);
  for (const item of rejected) console.log(`  rejected item ${item.index}: ${item.problems.map((p) => p.message).join(' ')}`);
  for (const warning of warnings) console.log(`  warning ${warning.code}: ${warning.message}`);

  // 3. Score everything as of the date. Reports within 75 days of a period's end count as on time,
  //    so that annual figures in by mid-March, ahead of the late-March annual report, are on time.
  const evaluation = evaluate(strategy, observations, { asOf, method: 'default', graceDays: 75 });
  const { plan } = evaluation;
  console.log(`\nAs of ${asOf} (method: ${evaluation.method.preset})`);
  console.log(`Whole plan: score ${plan.score === null ? 'n/a' : plan.score.toFixed(1)}, status ${plan.status}, coverage ${formatPercent(plan.coverage, { decimals: 0 })}`);
  console.log(`Indicators: ${Object.entries(plan.counts).filter(([, n]) => n > 0).map(([status, n]) => `${status} ${n}`).join(', ')}`);

  console.log('\nPillars:');
  for (const result of evaluation.results.filter((r) => r.level === 'pillar')) {
    console.log(`  ${(result.id ?? '').padEnd(4)} ${result.score === null ? '  n/a' : result.score.toFixed(1).padStart(5)}  ${result.status}`);
  }

  console.log('\nMinistries ranked by score (top 5):');
  const ranked = evaluation.actors.filter((card) => card.rank !== null).sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0) || a.actor.localeCompare(b.actor));
  for (const card of ranked.slice(0, 5)) {
    console.log(`  ${String(card.rank).padStart(2)}. ${card.actor.padEnd(9)} ${card.score?.toFixed(1) ?? 'n/a'}`);
  }

  console.log('\nOff track:');
  for (const result of evaluation.indicators.filter((r) => r.status === 'off-track')) {
    console.log(`  ${result.indicator.padEnd(7)} current ${String(result.current?.value ?? 'n/a').padEnd(6)} ${resolveText(result.title, 'en')}`);
  }

  // 4. Publish: a summary (plain, versioned, JSON-safe), then HTML and Markdown.
  const summary = summarize(evaluation, { lang: 'en', strategy });
  writeFileSync(join(outDir, 'summary.json'), `${JSON.stringify(summary, null, 2)}\n`);
  writeFileSync(join(outDir, 'summary.html'), toHtml(summary));
  writeFileSync(join(outDir, 'summary.md'), toMarkdown(summary));
  console.log(`\nFindings: ${summary.findings.length}; first: ${summary.findings[0]?.text ?? 'none'}`);
  console.log(`Wrote ${join(outDir, 'summary.html')}`);
  console.log(`Wrote ${join(outDir, 'summary.md')}`);
  console.log(`Wrote ${join(outDir, 'summary.json')}`);
} catch (error) {
  // Every problem has a path, a stable code and a sentence saying how to fix it.
  if (error instanceof LogframeError) {
    console.error(error.message);
    for (const problem of error.problems) console.error(`  ${problem.code} at ${problem.path.join('.')}: ${problem.message}`);
    process.exitCode = 1;
  } else throw error;
}
