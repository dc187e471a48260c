// Runs the built library (dist/index.js and dist/index.cjs) under `node --disable-proto=throw`,
// where any use of the `__proto__` accessor throws (reliability.md §4.1, checklist item 16): the
// whole parse → validate → evaluate → summarise → render path on the Cambodia example, the CSV,
// DHIS2 and IATI readers, the formula exploit corpus, and a short seeded fuzzing loop (mutated JSON
// with own "__proto__" keys, random bytes). Prints one result line; exits 1 on any failure.
//
//     npm run build && node --disable-proto=throw scripts/disable-proto-check.mjs
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const FUZZ_RUNS = 400;
let checks = 0;
let fuzzed = 0;

function fail(message, error) {
  console.log(`disable-proto-check: FAILED — ${message}`);
  if (error) console.log(error instanceof Error ? error.stack : String(error));
  process.exit(1);
}

function check(condition, message) {
  checks += 1;
  if (!condition) fail(message);
}

// 1. The flag must really be on: otherwise this run proves nothing.
let accessorThrows = false;
try {
  void ({}).__proto__;
} catch {
  accessorThrows = true;
}
if (!accessorThrows) fail('run me with `node --disable-proto=throw scripts/disable-proto-check.mjs`: the __proto__ accessor did not throw');

// 2. The built library, both module formats.
const distEsm = join(root, 'dist', 'index.js');
let api;
let cjs;
try {
  api = await import(pathToFileURL(distEsm).href);
  cjs = createRequire(import.meta.url)(join(root, 'dist', 'index.cjs'));
} catch (error) {
  fail(`could not load the built library (${distEsm}); run npm run build first`, error);
}
const readJson = (...path) => JSON.parse(readFileSync(join(root, ...path), 'utf8'));
const example = ['examples', 'cambodia-nsp-2024-2028'];

/** Runs fn; a LogframeError is an answer, anything else (a TypeError from __proto__ …) is a failure. */
function answer(lib, label, fn) {
  try {
    return { ok: true, value: fn() };
  } catch (error) {
    if (error instanceof lib.LogframeError) return { ok: false, error };
    fail(`${label} threw ${error instanceof Error ? error.name : typeof error}`, error);
    return undefined;
  }
}

function pipeline(lib, name) {
  const strategy = lib.parseStrategy(readJson(...example, 'strategy.json'));
  const first = lib.parseObservations(readJson(...example, 'observations-2024.json'), strategy);
  const second = lib.parseObservations(readJson(...example, 'observations-2025-2026.json'), strategy);
  check(first.rejected.length === 0 && second.rejected.length === 0, `${name}: the example observations were rejected`);
  const observations = [...first.observations, ...second.observations];
  const csv = lib.writeObservationsCsv(strategy, observations);
  const read = lib.readObservationsCsvSync(csv, strategy);
  check(read.observations.length === observations.length && read.rejected.length === 0, `${name}: the CSV round trip lost rows`);
  const evaluation = lib.evaluate(strategy, observations, { asOf: '2025-03-27', breakdowns: ['province'] });
  check(evaluation.indicators.length === strategy.indicators.length, `${name}: evaluate lost indicators`);
  for (const lang of ['en', 'km']) {
    const summary = lib.summarize(evaluation, { strategy, lang });
    check(lib.EvaluationSummarySchema.safeParse(summary).success, `${name}: the ${lang} summary does not match its schema`);
    for (const render of [lib.toHtml, lib.toMarkdown, lib.toCsv, lib.toText]) {
      const out = render(summary);
      check(typeof out === 'string' && out.length > 1000, `${name}: ${render.name} (${lang}) gave no output`);
    }
  }
  const iati = lib.fromIatiXml(lib.toIatiXml(strategy, first.observations, { reportingOrg: { ref: 'KH-GOV-1' } }));
  check(iati.observations.length === first.observations.length, `${name}: the IATI round trip lost actuals`);
  const dhis2 = lib.fromDhis2(readJson('examples', 'dhis2-round-trip', 'dataValueSets.json'), strategy, readJson('examples', 'dhis2-round-trip', 'mapping.json'));
  check(dhis2.observations.length + dhis2.rejected.length > 0, `${name}: fromDhis2 read nothing`);
  return strategy;
}

// 3. Hostile input that names __proto__ in every way JSON allows.
function hostile(lib, strategy) {
  const raw = readJson(...example, 'strategy.json');
  const formulaAt = raw.indicators.findIndex((indicator) => typeof indicator.formula === 'string');
  for (const formula of [
    'f=[].map.constructor("return 1"); f()', '{}.__proto__', 'a = {"__proto__":{"polluted":"yes"}}',
    'config({"__proto__":{"polluted":"yes"}})', 'zeros(100000,100000)', `${'('.repeat(10_000)}1${')'.repeat(10_000)}`,
    Array(3000).fill('1').join('+'), '[].constructor()', 'cos.constructor("return 1")()',
  ]) {
    const input = structuredClone(raw);
    input.indicators[formulaAt].formula = formula;
    const result = answer(lib, `parseStrategy with formula ${formula.slice(0, 40)}`, () => lib.parseStrategy(input));
    check(!result.ok, `the formula ${formula.slice(0, 40)} was accepted`);
  }
  const text = JSON.stringify(raw);
  for (const [find, replace] of [
    ['{"schemaVersion":1,', '{"__proto__":{"polluted":"yes"},"schemaVersion":1,'],
    ['"targets":{"2024":175', '"targets":{"__proto__":{"polluted":"yes"},"2024":175'],
    ['{"id":"NCCT",', '{"constructor":{"prototype":{"polluted":"yes"}},"id":"NCCT",'],
  ]) {
    const result = answer(lib, `parseStrategy with ${replace.slice(0, 30)}`, () => lib.parseStrategy(JSON.parse(text.replace(find, replace))));
    check(!result.ok && result.error.problems.some((problem) => problem.code === 'RESERVED_KEY'), `a reserved key (${replace.slice(0, 30)}) was not refused`);
  }
  const observations = JSON.parse('[{"indicator":"LAW-01","period":"2024","value":1,"disaggregation":{"__proto__":{"polluted":"yes"}}},{"__proto__":{"indicator":"LAW-01"},"period":"2024","value":2}]');
  const parsed = lib.parseObservations(observations, strategy);
  check(parsed.rejected.length === 2, 'observations with __proto__ keys were accepted');
  const csv = answer(lib, 'readObservationsCsvSync with a __proto__ column', () => lib.readObservationsCsvSync('indicator,period,value,__proto__\nLAW-01,2024,1,x\n', strategy));
  check(!csv.ok, 'a __proto__ CSV column was accepted');
  check(({}).polluted === undefined, 'Object.prototype was polluted');
}

// 4. A short seeded fuzzing loop (mulberry32, so that a failure replays).
function fuzz(lib, strategy) {
  let seed = 0x5eed;
  const random = () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = (items) => items[Math.floor(random() * items.length)];
  const strategyText = JSON.stringify({ ...readJson(...example, 'strategy.json'), indicators: readJson(...example, 'strategy.json').indicators.slice(0, 4) });
  const observationText = JSON.stringify(readJson(...example, 'observations-2024.json').slice(0, 12));
  const tokens = ['"__proto__"', '"constructor"', '"prototype"', '{}', '[]', 'null', '1e400', '-0', '"=1+2"', '"\\u202E"', '{"__proto__":{"polluted":1}}', '"toString"', '""'];
  const mutateText = (text) => {
    let out = text;
    for (let step = 0; step < 1 + Math.floor(random() * 3); step++) {
      const at = Math.floor(random() * out.length);
      const kind = random();
      if (kind < 0.4) {
        // Replace a value after a colon, or a key, with a hostile token.
        const colon = out.indexOf(':', at);
        if (colon > 0) {
          const end = out.slice(colon + 1).search(/[,}\]]/);
          out = `${out.slice(0, colon + 1)}${pick(tokens)}${end < 0 ? '' : out.slice(colon + 1 + end)}`;
        }
      } else if (kind < 0.7) {
        const brace = out.indexOf('{', at);
        if (brace >= 0) out = `${out.slice(0, brace + 1)}${pick(['"__proto__"', '"constructor"', '"prototype"', '"colour"'])}:${pick(tokens)},${out.slice(brace + 1)}`;
      } else {
        out = `${out.slice(0, at)}${out.slice(at + 1 + Math.floor(random() * 20))}`;
      }
    }
    return out;
  };
  for (let run = 0; run < FUZZ_RUNS; run++) {
    for (const [label, text, parse] of [
      ['parseStrategy', strategyText, (value) => lib.parseStrategy(value)],
      ['parseObservations', observationText, (value) => lib.parseObservations(value, strategy)],
    ]) {
      const mutated = mutateText(text);
      let value;
      try {
        value = JSON.parse(mutated);
      } catch {
        continue;
      }
      fuzzed += 1;
      answer(lib, `${label}(${mutated.slice(0, 200)}) [run ${run}]`, () => parse(value));
    }
    const bytes = new Uint8Array(Math.floor(random() * 200));
    for (let index = 0; index < bytes.length; index++) bytes[index] = random() < 0.3 ? pick([44, 10, 13, 34, 59, 0xff, 0xef, 0xbb, 0xbf]) : Math.floor(random() * 128);
    fuzzed += 1;
    answer(lib, `readObservationsCsvSync(random bytes) [run ${run}]`, () => lib.readObservationsCsvSync(bytes, strategy));
  }
  check(({}).polluted === undefined, 'Object.prototype was polluted by the fuzzing loop');
}

try {
  for (const [name, lib] of [['dist/index.js', api], ['dist/index.cjs', cjs]]) {
    const strategy = pipeline(lib, name);
    hostile(lib, strategy);
  }
  fuzz(api, api.parseStrategy(readJson(...example, 'strategy.json')));
} catch (error) {
  fail('an unexpected exception', error);
}
console.log(`disable-proto-check: ok (${checks} checks, ${fuzzed} fuzz inputs, dist/index.js and dist/index.cjs, node ${process.version} --disable-proto=throw)`);
