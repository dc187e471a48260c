/**
 * `npm run bench [-- options]`: the performance benchmark (docs/performance.md).
 *
 * For each size it generates the synthetic data once (cached under bench/results/.cache), then
 * runs every task in its own child process (`node --expose-gc`, tinybench inside) and prints the
 * median and spread, ns per observation, ratios to the two references, and memory per
 * observation. Figures go to bench/results/latest.json.
 *
 * Options:
 *   --sizes=10000,100000   sizes (default 10^4 and 10^5; K = N/100 indicators)
 *   --full                 adds 10^6 (run by hand; about 10–15 minutes on 2 cores)
 *   --procs=N              processes per timed task (default 1; the medians of their medians are used)
 *   --check                exit 1 when a gate of bench/goals.json fails (ratios and memory only:
 *                          the budget, or for a budget not met yet its regression ceiling `gate`);
 *                          without --full it implies --quick
 *   --quick                shorter time budgets and no peak-RSS probes (CI)
 *   --only=REGEX           run only the tasks whose name matches
 *   --no-memory            skip the memory probes
 *   --no-cold-start        skip the command's cold start (needs `npm run build` first)
 *   --out=PATH             also write the JSON there
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { measureColdStart } from './coldStart.js';
import type { ColdStart } from './coldStart.js';
import { defaultK } from './gen.js';

const ROOT = dirname(dirname(fileURLToPath(import.meta.url)));
const RESULTS = join(ROOT, 'bench', 'results');
const CACHE = join(RESULTS, '.cache');
const CHILD = join(RESULTS, '.build', 'child.mjs');

const args = new Map<string, string>();
for (const arg of process.argv.slice(2)) {
  const [key, value] = arg.replace(/^--/, '').split('=');
  args.set(key ?? '', value ?? 'true');
}
const sizes = (args.get('sizes') ?? '10000,100000').split(',').map((size) => Math.round(Number(size)));
if (args.has('full') && !sizes.includes(1_000_000)) sizes.push(1_000_000);
const procs = Number(args.get('procs') ?? 1);
// --check alone (CI) implies --quick: shorter time budgets, no peak-RSS probes.
const quick = args.has('quick') || (args.has('check') && !args.has('full'));
const only = args.has('only') ? new RegExp(args.get('only') ?? '') : null;
const memory = !args.has('no-memory');

const TIMED = [
  'ref.columnar.e2e', 'ref.columnar.encode', 'ref.columnar.kernel', 'ref.naive',
  'lib.evaluate', 'lib.index', 'lib.score', 'lib.parseObservations', 'anchor.zod',
  'lib.summarize', 'lib.toHtml', 'lib.toMarkdown', 'lib.toCsv', 'lib.toText',
];
const MICRO = ['micro.formula.closure', 'micro.formula.mathjs'];
const MEMORY: readonly { mode: 'held' | 'alloc' | 'peak'; task: string }[] = [
  { mode: 'held', task: 'lib.index' },
  { mode: 'held', task: 'ref.columnar.encode' },
  { mode: 'held', task: 'lib.parseObservations' },
  { mode: 'alloc', task: 'lib.score' },
  { mode: 'alloc', task: 'lib.index' },
  { mode: 'alloc', task: 'lib.evaluate' },
  { mode: 'alloc', task: 'ref.columnar.kernel' },
  { mode: 'alloc', task: 'ref.columnar.e2e' },
  { mode: 'peak', task: 'lib.evaluate' },
  { mode: 'peak', task: 'ref.columnar.e2e' },
  { mode: 'peak', task: 'ref.naive' },
];

interface Timing {
  task: string;
  n: number;
  calls: number;
  p50: number;
  p75: number;
  min: number;
  max: number;
  samples: number;
  cpuMsPerIteration: number;
}

interface Summary {
  task: string;
  n: number;
  /** Median of the per-process medians, ms per iteration. */
  p50: number;
  /** Spread: the lowest and highest per-process median (one process: its fastest sample and p75). */
  low: number;
  high: number;
  nsPerObservation: number;
  cpuNsPerObservation: number;
  nsPerCall: number | null;
  samples: number;
  processes: Timing[];
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

function run(request: Record<string, unknown>, flags: readonly string[] = []): Promise<Record<string, unknown>> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--expose-gc', '--max-old-space-size=8192', ...flags, CHILD, JSON.stringify(request)], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
    });
    child.stderr.on('data', (chunk: Buffer) => {
      err += chunk.toString();
    });
    child.on('close', (code) => {
      const line = out.split('\n').find((text) => text.startsWith('BENCH_RESULT '));
      if (code !== 0 || line === undefined) reject(new Error(`${JSON.stringify(request)} failed (exit ${code}):\n${err}`));
      else resolve(JSON.parse(line.slice('BENCH_RESULT '.length)) as Record<string, unknown>);
    });
  });
}

function timeBudget(n: number): { time: number; iterations: number; warmupTime: number } {
  if (quick) return n <= 10_000 ? { time: 250, iterations: 10, warmupTime: 300 } : { time: 500, iterations: 5, warmupTime: 300 };
  if (n <= 10_000) return { time: 500, iterations: 20, warmupTime: 300 };
  if (n <= 100_000) return { time: 1000, iterations: 10, warmupTime: 300 };
  return { time: 4000, iterations: 5, warmupTime: 300 };
}

async function ensureData(n: number, genHash: string): Promise<string> {
  const k = defaultK(n);
  const path = join(CACHE, `data-n${n}-k${k}-${genHash}`);
  if (!existsSync(`${path}.observations.json`)) {
    process.stdout.write(`generating N=${n}, K=${k} … `);
    const started = performance.now();
    await run({ mode: 'gen', n, k, data: path });
    process.stdout.write(`${((performance.now() - started) / 1000).toFixed(1)} s\n`);
  }
  return path;
}

async function timeTask(task: string, n: number, data: string | undefined): Promise<Summary> {
  const budget = timeBudget(n);
  const processes: Timing[] = [];
  for (let p = 0; p < procs; p++) processes.push((await run({ mode: 'time', task, n, data, ...budget })) as unknown as Timing);
  const first = processes[0] as Timing;
  const p50 = median(processes.map((timing) => timing.p50));
  const calls = first.calls;
  return {
    task,
    n,
    p50,
    low: procs > 1 ? Math.min(...processes.map((timing) => timing.p50)) : first.min,
    high: procs > 1 ? Math.max(...processes.map((timing) => timing.p50)) : first.p75,
    nsPerObservation: n > 0 ? (p50 * 1e6) / n : NaN,
    cpuNsPerObservation: n > 0 ? (median(processes.map((timing) => timing.cpuMsPerIteration)) * 1e6) / n : NaN,
    nsPerCall: n > 0 ? null : (p50 * 1e6) / calls,
    samples: processes.reduce((total, timing) => total + timing.samples, 0),
    processes,
  };
}

const fmt = (value: number, digits = 2) => (Number.isFinite(value) ? value.toFixed(digits) : '–');
const pad = (text: string, width: number) => (text.length >= width ? text : text + ' '.repeat(width - text.length));
const lpad = (text: string, width: number) => (text.length >= width ? text : ' '.repeat(width - text.length) + text);

async function main(): Promise<void> {
  const started = performance.now();
  mkdirSync(CACHE, { recursive: true });
  await build({ entryPoints: [join(ROOT, 'bench', 'child.ts')], bundle: true, platform: 'node', format: 'esm', target: 'node20', outfile: CHILD, logLevel: 'warning', banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" } });
  const genHash = createHash('sha256').update(readFileSync(join(ROOT, 'bench', 'gen.ts'))).digest('hex').slice(0, 10);
  const load = [loadavg()[0] ?? 0];
  console.log(`logframe bench — Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? '?'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, load ${fmt(load[0] as number, 1)}; sizes ${sizes.join(', ')}; ${procs} process(es) per task`);

  const timings: Summary[] = [];
  for (const task of MICRO) {
    if (only !== null && !only.test(task)) continue;
    const summary = await timeTask(task, 0, undefined);
    timings.push(summary);
    console.log(`${pad(task, 24)} ${lpad(fmt(summary.nsPerCall ?? NaN, 1), 8)} ns per evaluation`);
  }

  let coldStart: ColdStart | null = null;
  if (!args.has('no-cold-start') && (only === null || only.test('cli.coldStart'))) {
    coldStart = measureColdStart(ROOT, quick ? 10 : 30);
    console.log(`${pad('cli.coldStart', 24)} ${lpad(fmt(coldStart.p50, 0), 8)} ms median [${fmt(coldStart.min, 0)}–${fmt(coldStart.p75, 0)}] for logframe evaluate on the Cambodia example; node -e 0: ${fmt(coldStart.nodeP50, 0)} ms (${coldStart.runs} runs each)`);
  }

  const memoryResults: Record<string, unknown>[] = [];
  for (const n of sizes) {
    const data = await ensureData(n, genHash);
    console.log(`\nN = ${n} (K = ${defaultK(n)} indicators)`);
    console.log(`${pad('task', 24)} ${lpad('p50 ms', 10)} ${lpad('spread ms', 19)} ${lpad('ns/obs', 9)} ${lpad('cpu ns/obs', 10)} ${lpad('× col.e2e', 9)} ${lpad('× naive', 8)} ${lpad('samples', 7)}`);
    const here: Summary[] = [];
    for (const task of TIMED) {
      if (only !== null && !only.test(task)) continue;
      const summary = await timeTask(task, n, data);
      here.push(summary);
      timings.push(summary);
      const e2e = here.find((item) => item.task === 'ref.columnar.e2e');
      const naive = here.find((item) => item.task === 'ref.naive');
      console.log(`${pad(task, 24)} ${lpad(fmt(summary.p50), 10)} ${lpad(`${fmt(summary.low)}–${fmt(summary.high)}`, 19)} ${lpad(fmt(summary.nsPerObservation, 1), 9)} ${lpad(fmt(summary.cpuNsPerObservation, 1), 10)} ${lpad(e2e ? fmt(summary.p50 / e2e.p50) : '–', 9)} ${lpad(naive ? fmt(summary.p50 / naive.p50) : '–', 8)} ${lpad(String(summary.samples), 7)}`);
    }
    if (memory) {
      for (const probe of MEMORY) {
        if (only !== null && !only.test(probe.task)) continue;
        if (quick && probe.mode === 'peak') continue;
        const flags = probe.mode === 'alloc' ? ['--min-semi-space-size=1024', '--max-semi-space-size=1024'] : [];
        try {
          const result = await run({ mode: probe.mode, task: probe.task, n, data }, flags);
          memoryResults.push({ ...result, mode: probe.mode });
          const valid = result['valid'] === false ? ' (invalid: a GC ran inside the call)' : '';
          console.log(`  memory ${pad(probe.mode, 5)} ${pad(probe.task, 22)} ${lpad(fmt(Number(result['perObservation']), 1), 8)} B/obs${valid}`);
        } catch (error) {
          console.log(`  memory ${probe.mode} ${probe.task} failed: ${(error as Error).message.split('\n')[0] ?? ''}`);
        }
      }
    }
  }

  const checks = evaluateGoals(timings, memoryResults, coldStart);
  console.log('\ngoals');
  // ok: budget met; miss: budget missed (within its regression gate, or not gated); FAIL: a gate failed.
  for (const check of checks) console.log(`  ${check.ok ? 'ok  ' : check.gated && !check.pass ? 'FAIL' : 'miss'} ${pad(check.id, 10)} ${check.text}`);
  const seconds = (performance.now() - started) / 1000;
  load.push(loadavg()[0] ?? 0);
  console.log(`\n${fmt(seconds, 0)} s; load average ${fmt(load[0] as number, 1)} → ${fmt(load[1] as number, 1)}`);

  const sha = await gitSha();
  const report = {
    date: new Date().toISOString(),
    git: sha,
    node: process.version,
    cpus: cpus().length,
    cpu: cpus()[0]?.model ?? '',
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    loadAverage: load,
    sizes,
    processesPerTask: procs,
    seconds,
    timings,
    coldStart,
    memory: memoryResults,
    goals: checks,
  };
  mkdirSync(RESULTS, { recursive: true });
  writeFileSync(join(RESULTS, 'latest.json'), `${JSON.stringify(report, null, 2)}\n`);
  const out = args.get('out');
  if (out !== undefined) writeFileSync(out, `${JSON.stringify(report, null, 2)}\n`);
  if (args.has('check') && checks.some((check) => check.gated && !check.pass)) process.exit(1);
}

interface Check {
  id: string;
  /** The budget is met. */
  ok: boolean;
  /** `--check` fails when `pass` is false. */
  gated: boolean;
  /** The gate holds: the budget, or for a budget not met yet its regression ceiling. */
  pass: boolean;
  text: string;
}

/** A check against a budget and, for a budget not met yet, a regression ceiling that CI enforces. */
function gate(id: string, value: number, max: number, ceiling: number | undefined, text: string, valid = true): Check {
  const ok = valid && value <= max;
  const pass = ok || (valid && ceiling !== undefined && value <= ceiling);
  const limit = ceiling === undefined ? `≤ ${max}` : `budget ≤ ${max}, regression gate ≤ ${ceiling}`;
  return { id, ok, gated: true, pass, text: `${text} (${limit})` };
}

interface Goals {
  ratios: { id: string; what: string; numerator: string; denominator: string; max: Record<string, number>; gate?: Record<string, number> }[];
  linear: { id: string; task: string; max: number; gate?: number }[];
  memory: { id: string; mode: string; task: string; what: string; max: number; gate?: number }[];
  absolute: { id: string; task: string; n?: number; what: string; maxNsPerObservation?: number; maxNsPerCall?: number }[];
  coldStart: { id: string; what: string; maxMs: number };
}

function evaluateGoals(timings: readonly Summary[], memoryResults: readonly Record<string, unknown>[], coldStart: ColdStart | null): Check[] {
  const goals = JSON.parse(readFileSync(join(ROOT, 'bench', 'goals.json'), 'utf8')) as Goals;
  const checks: Check[] = [];
  const find = (task: string, n: number) => timings.find((item) => item.task === task && item.n === n);
  for (const goal of goals.ratios) {
    for (const n of sizes) {
      const max = goal.max[String(n)];
      const a = find(goal.numerator, n);
      const b = find(goal.denominator, n);
      if (max === undefined || a === undefined || b === undefined) continue;
      const ratio = a.p50 / b.p50;
      checks.push(gate(goal.id, ratio, max, goal.gate?.[String(n)], `N=${n}: ${goal.what} = ${fmt(ratio)}`));
    }
  }
  const smallest = Math.min(...sizes);
  for (const goal of goals.linear) {
    const base = find(goal.task, smallest);
    for (const n of sizes) {
      const at = find(goal.task, n);
      if (n === smallest || base === undefined || at === undefined) continue;
      const ratio = at.nsPerObservation / base.nsPerObservation;
      checks.push(gate(goal.id, ratio, goal.max, goal.gate, `${goal.task} ns/obs at N=${n} ÷ at N=${smallest} = ${fmt(ratio)}`));
    }
  }
  for (const goal of goals.memory) {
    for (const result of memoryResults) {
      if (result['mode'] !== goal.mode || result['task'] !== goal.task) continue;
      const value = Number(result['perObservation']);
      const valid = result['valid'] !== false;
      checks.push(gate(goal.id, value, goal.max, goal.gate, `N=${String(result['n'])}: ${goal.what} = ${fmt(value, 1)}${valid ? '' : ' (invalid)'}`, valid));
    }
  }
  for (const goal of goals.absolute) {
    for (const item of timings) {
      if (item.task !== goal.task || (goal.n !== undefined && item.n !== goal.n)) continue;
      const value = goal.maxNsPerCall !== undefined ? item.nsPerCall ?? NaN : item.nsPerObservation;
      const max = goal.maxNsPerCall ?? goal.maxNsPerObservation ?? Infinity;
      checks.push({ id: goal.id, ok: value <= max, gated: false, pass: true, text: `${goal.what} = ${fmt(value, 1)} (≤ ${max}; reported, not gated)` });
    }
  }
  if (coldStart !== null) {
    const goal = goals.coldStart;
    checks.push({ id: goal.id, ok: coldStart.p50 <= goal.maxMs, gated: false, pass: true, text: `${goal.what} = ${fmt(coldStart.p50, 0)} ms, of which node itself ${fmt(coldStart.nodeP50, 0)} ms (≤ ${goal.maxMs}; reported, not gated)` });
  }
  return checks;
}

function gitSha(): Promise<string> {
  return new Promise((resolve) => {
    const child = spawn('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'ignore'] });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
    });
    child.on('close', () => resolve(out.trim() || 'unknown'));
    child.on('error', () => resolve('unknown'));
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
