// A DHIS2 round trip: read a dataValueSets payload through a mapping (fromDhis2), score the plan,
// write the observations back as dataValueSets (toDhis2) and check that every accepted value comes
// back unchanged. Exits with code 1 if a value does not round-trip.
//
//   npx tsx examples/dhis2-round-trip/round-trip.ts [--out <dir>]
//
// With --out, the payload written back is saved as <dir>/dataValueSets.out.json.
// In your own code, import from 'logframe' instead of '../../src/index.js'.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { evaluate, fromDhis2, parseStrategy, resolveText, toDhis2 } from '../../src/index.js';
import type { Dhis2DataValue, Dhis2DataValueSet } from '../../src/index.js';

const here = import.meta.dirname;
const { values: args } = parseArgs({ options: { out: { type: 'string' } } });
const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));

// The plan is the Cambodia example; the mapping says which DHIS2 data element is which indicator,
// which organisation unit is which province (and which one holds national totals), and which
// category option combo is which disaggregation.
const strategy = parseStrategy(readJson(join(here, '..', 'cambodia-nsp-2024-2028', 'strategy.json')));
const mapping = readJson(join(here, 'mapping.json'));
const payload = readJson(join(here, 'dataValueSets.json')) as Dhis2DataValueSet;

// 1. DHIS2 → observations. Every value is accepted or rejected with its reason: none is dropped.
const { observations, rejected, warnings } = fromDhis2(payload, strategy, mapping);
console.log(`Read ${payload.dataValues.length} DHIS2 values: ${observations.length} observations, ${rejected.length} rejected, ${warnings.length} warning(s)`);
for (const item of rejected) {
  console.log(`  rejected dataValues[${item.index}]: ${item.problems.map((problem) => `${problem.code}: ${problem.message}`).join(' ')}`);
}
const first = observations[0];
if (first) console.log(`First observation: ${JSON.stringify(first)}`);

// 2. Score as of the day the 2024 annual report was presented.
const evaluation = evaluate(strategy, observations, { asOf: '2025-03-27' });
console.log('\nAs of 2025-03-27:');
for (const id of ['LAW-01', 'LAW-02', 'PRT-01', 'PRV-09']) {
  const result = evaluation.indicators.find((candidate) => candidate.indicator === id);
  if (!result) continue;
  const current = result.current === null ? 'no value' : `${String(result.current.value)} (${result.current.period})`;
  console.log(`  ${id.padEnd(7)} ${current.padEnd(12)} ${result.status.padEnd(10)} ${resolveText(result.title, 'en')}`);
}

// 3. Observations → DHIS2, ready for POST /api/dataValueSets.
const written = toDhis2(strategy, observations, mapping);
if (args.out !== undefined) {
  mkdirSync(args.out, { recursive: true });
  writeFileSync(join(args.out, 'dataValueSets.out.json'), `${JSON.stringify(written, null, 2)}\n`);
  console.log(`\nWrote ${join(args.out, 'dataValueSets.out.json')}`);
}

// 4. The check: every accepted input value comes back with the same fields and values.
const key = (value: Dhis2DataValue) => [value.dataElement, value.period, value.orgUnit, value.categoryOptionCombo, value.attributeOptionCombo].join('/');
const canonical = (value: Dhis2DataValue) => JSON.stringify(Object.fromEntries(Object.entries(value).sort(([a], [b]) => a.localeCompare(b))));
const rejectedIndices = new Set(rejected.map((item) => item.index));
const expected = payload.dataValues.filter((_, index) => !rejectedIndices.has(index));
const byKey = new Map(written.dataValues.map((value) => [key(value), value]));
const differences = expected.filter((value) => {
  const back = byKey.get(key(value));
  return back === undefined || canonical(back) !== canonical(value);
});
console.log(`\nRound trip: ${expected.length - differences.length} of ${expected.length} values identical, ${written.dataValues.length} written`);
for (const value of differences) console.log(`  differs: ${canonical(value)} → ${canonical(byKey.get(key(value)) ?? ({} as Dhis2DataValue))}`);
if (differences.length > 0 || written.dataValues.length !== expected.length) process.exitCode = 1;
else console.log('OK: every value round-trips');
