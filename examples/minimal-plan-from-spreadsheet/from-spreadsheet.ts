// From a spreadsheet to an evaluation: build a plan from an indicators CSV and a small frame JSON,
// make each department's reporting template for 2024, read the filled templates back, evaluate
// and print the plain-text summary.
//
//   npx tsx examples/minimal-plan-from-spreadsheet/from-spreadsheet.ts [--out <dir>]
//
// The templates are written to --out (default: a new temporary directory). The filled templates
// are in filled/: what the departments sent back. In your own code, import from 'logframe'
// instead of '../../src/index.js'.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import {
  evaluate,
  LogframeError,
  readObservationsCsv,
  readStrategyCsv,
  reportingTemplate,
  summarize,
  toText,
} from '../../src/index.js';
import type { Observation } from '../../src/index.js';

const here = import.meta.dirname;
const { values: args } = parseArgs({ options: { out: { type: 'string' } } });
const outDir = args.out ?? mkdtempSync(join(tmpdir(), 'logframe-spreadsheet-'));
mkdirSync(outDir, { recursive: true });

// 1. The plan: one row per indicator in the CSV, everything else (title, period, levels, results,
//    actors, dimensions) in the frame. Any problem is reported with its line and column.
let strategy;
try {
  strategy = readStrategyCsv(readFileSync(join(here, 'indicators.csv')), JSON.parse(readFileSync(join(here, 'frame.json'), 'utf8')));
} catch (error) {
  if (error instanceof LogframeError) for (const problem of error.problems) console.error(problem.message);
  throw error;
}
console.log(`Plan ${strategy.id}: ${strategy.indicators.length} indicators, ${strategy.actors.length} departments`);

// 2. One reporting template per department for 2024: a row per indicator it reports, per period
//    due (quarters for quarterly indicators) and per district where the indicator is split by it.
// The rows a file asks for or answers: indicator, period and district (cells may be quoted).
const rowsOf = (csv: string): string[] => {
  const lines = csv.replace(/^\uFEFF/, '').split(/\r?\n/).filter((line) => line !== '');
  const cells = (line: string) => [...line.matchAll(/("(?:[^"]|"")*"|[^,]*)(?:,|$)/g)].map((match) => match[1] ?? '');
  const header = cells(lines[0] ?? '');
  const keep = ['indicator', 'period', 'district'].map((name) => header.indexOf(name)).filter((index) => index >= 0);
  return lines.slice(1).map((line) => keep.map((index) => cells(line)[index]).join('|'));
};
const observations: Observation[] = [];
for (const actor of strategy.actors) {
  const template = reportingTemplate(strategy, { actor: actor.id, period: '2024' });
  const templatePath = join(outDir, `template-${actor.id}-2024.csv`);
  writeFileSync(templatePath, template);

  // 3. The filled template the department sent back. The informational columns (title, unit,
  //    definition, guidance) are ignored by the reader, so a filled template reads back as is.
  const filled = readFileSync(join(here, 'filled', `${actor.id}-2024.csv`));
  const same = JSON.stringify(rowsOf(template)) === JSON.stringify(rowsOf(filled.toString('utf8')));
  const read = await readObservationsCsv(filled, strategy);
  console.log(`${actor.id.padEnd(6)} template ${rowsOf(template).length} rows → ${templatePath}; filled: ${read.observations.length} accepted, ${read.rejected.length} rejected${same ? '' : ' (rows differ from the template!)'}`);
  for (const row of read.rejected) {
    console.log(`       line ${row.line ?? '?'} rejected: ${row.problems.map((problem) => `${problem.code}: ${problem.message}`).join(' ')}`);
  }
  observations.push(...read.observations);
}

// 4. Evaluate at the end of the first quarter of 2025, then publish as plain text.
const evaluation = evaluate(strategy, observations, { asOf: '2025-03-31' });
console.log(`\nEvaluated ${observations.length} values as of ${evaluation.asOf}\n`);
console.log(toText(summarize(evaluation, { strategy })));
