/**
 * One benchmark measurement in its own process (bundled by `bench/index.ts` and run as
 * `node --expose-gc child.mjs '<json request>'`). Prints one line `BENCH_RESULT <json>`.
 *
 * Modes:
 * - `gen`: generate the data of one size and write it to the cache (strategy and observations JSON);
 * - `time`: time one task with tinybench (own warm-up first; CPU time is recorded beside wall time);
 * - `held`: bytes still referenced after a full GC by what one task call returns;
 * - `alloc`: bytes one call allocates, garbage included (run with a 1 GiB young generation so that
 *   no GC runs inside the call; flagged invalid when one did);
 * - `peak`: extra peak RSS of one call (the kernel's peak-RSS counter is reset just before it).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { PerformanceObserver } from 'node:perf_hooks';
import { Bench } from 'tinybench';
import type { Observation, Strategy } from '../src/index.js';
import { generate } from './gen.js';
import { MEMORY_TASKS, TASKS } from './tasks.js';
import type { TaskData } from './tasks.js';

interface Request {
  readonly mode: 'gen' | 'time' | 'held' | 'alloc' | 'peak';
  readonly task?: string;
  readonly n?: number;
  readonly k?: number;
  readonly data?: string;
  readonly time?: number;
  readonly iterations?: number;
  readonly warmupTime?: number;
}

const request = JSON.parse(process.argv[2] ?? '{}') as Request;
const gc = (globalThis as { gc?: () => void }).gc;

function fullGc(): void {
  if (gc === undefined) throw new Error('Run with --expose-gc');
  gc();
  gc();
}

function send(result: unknown): void {
  process.stdout.write(`BENCH_RESULT ${JSON.stringify(result)}\n`);
}

function load(path: string, n: number): TaskData {
  const meta = JSON.parse(readFileSync(`${path}.strategy.json`, 'utf8')) as { strategy: Strategy; asOf: string };
  let json: string | undefined;
  let observations: Observation[] | undefined;
  const text = () => (json ??= readFileSync(`${path}.observations.json`, 'utf8'));
  return {
    n,
    strategy: meta.strategy,
    asOf: meta.asOf,
    get json() {
      return text();
    },
    get observations() {
      observations ??= JSON.parse(text()) as Observation[];
      return observations;
    },
  };
}

/** Drops the JSON text once the observations are parsed (tasks that do not need it). */
function settle(data: TaskData, keepJson: boolean): TaskData {
  if (keepJson) return data;
  const observations = data.observations;
  return { n: data.n, strategy: data.strategy, asOf: data.asOf, observations, json: '' };
}

function heapBytes(): number {
  const usage = process.memoryUsage();
  return usage.heapUsed + usage.arrayBuffers;
}

function statusField(name: string): number {
  const match = new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(readFileSync('/proc/self/status', 'utf8'));
  return match === null ? NaN : Number(match[1]) * 1024;
}

/** Calls in a frame of their own, so that no stale interpreter register keeps a result alive. */
function warmUp(fn: () => unknown, times: number): void {
  for (let i = 0; i < times; i++) fn();
}

/**
 * A full GC, then time for V8's background sweeper to free the backing stores of dead
 * ArrayBuffers (process.memoryUsage().arrayBuffers counts them until then), then another.
 */
async function settleHeap(): Promise<void> {
  for (let i = 0; i < 3; i++) {
    fullGc();
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  fullGc();
}

async function held(fn: () => unknown): Promise<{ bytes: number; kept: unknown }> {
  await settleHeap();
  const before = heapBytes();
  const kept = fn();
  await settleHeap();
  return { bytes: heapBytes() - before, kept };
}

async function main(): Promise<void> {
  const n = request.n ?? 0;
  if (request.mode === 'gen') {
    const generated = generate({ n, ...(request.k === undefined ? {} : { k: request.k }) });
    const path = request.data ?? '';
    writeFileSync(`${path}.strategy.json`, JSON.stringify({ strategy: generated.strategy, asOf: generated.asOf }));
    writeFileSync(`${path}.observations.json`, JSON.stringify(generated.observations));
    send({ n, k: generated.k });
    return;
  }
  const name = request.task ?? '';
  if (request.mode === 'time') {
    const spec = TASKS[name];
    if (spec === undefined) throw new Error(`Unknown task ${name}`);
    const raw = request.data === undefined ? undefined : load(request.data, n);
    const data = raw === undefined ? undefined : settle(raw, name === 'lib.parseObservations' || name === 'anchor.zod');
    const fn = spec.setup(data);
    // Own warm-up: at least warmupTime ms and 5 calls, so that the JIT has settled (performance.md
    // §2.5: evaluate needs several calls before its per-indicator functions are optimized).
    const warmupEnd = performance.now() + (request.warmupTime ?? 300);
    let warm = 0;
    while (warm < 5 || performance.now() < warmupEnd) {
      fn();
      warm++;
    }
    const bench = new Bench({ time: request.time ?? 1000, iterations: request.iterations ?? 10, warmup: false, throws: true });
    bench.add(name, fn);
    const cpu0 = process.cpuUsage();
    const wall0 = performance.now();
    await bench.run();
    const cpu = process.cpuUsage(cpu0);
    const wall = performance.now() - wall0;
    const result = bench.tasks[0]?.result;
    if (result === undefined || !('latency' in result)) throw new Error(`Task ${name} did not complete`);
    const latency = result.latency;
    send({
      task: name,
      n,
      calls: spec.callsPerIteration ?? 1,
      p50: latency.p50,
      p75: latency.p75,
      min: latency.min,
      max: latency.max,
      mean: latency.mean,
      samples: latency.samplesCount,
      cpuMsPerIteration: (cpu.user + cpu.system) / 1000 / latency.samplesCount,
      wallMsPerIteration: wall / latency.samplesCount,
      warmupCalls: warm,
    });
    return;
  }
  const memory = MEMORY_TASKS[name];
  if (memory === undefined) throw new Error(`Unknown memory task ${name}`);
  const data = settle(load(request.data ?? '', n), name === 'lib.parseObservations');
  const fn = memory.build(data);
  if (request.mode === 'held') {
    warmUp(fn, 1);
    const { bytes, kept } = await held(fn);
    send({ task: name, n, bytes, perObservation: bytes / n, kept: kept === undefined ? 0 : 1 });
    return;
  }
  if (request.mode === 'alloc') {
    warmUp(fn, 3);
    await settleHeap();
    let gcs = 0;
    const observer = new PerformanceObserver((list) => {
      gcs += list.getEntries().length;
    });
    observer.observe({ entryTypes: ['gc'] });
    await new Promise((resolve) => setTimeout(resolve, 10));
    gcs = 0;
    const before = heapBytes();
    const kept = fn();
    const after = heapBytes();
    await new Promise((resolve) => setTimeout(resolve, 10));
    observer.disconnect();
    send({ task: name, n, bytes: after - before, perObservation: (after - before) / n, gcDuringCall: gcs, valid: gcs === 0, kept: kept === undefined ? 0 : 1 });
    return;
  }
  // peak
  warmUp(fn, 1);
  await settleHeap();
  const rss = statusField('VmRSS');
  let reset = true;
  try {
    writeFileSync('/proc/self/clear_refs', '5');
  } catch {
    reset = false;
  }
  const kept = fn();
  const hwm = statusField('VmHWM');
  send({ task: name, n, bytes: hwm - rss, perObservation: (hwm - rss) / n, valid: reset, kept: kept === undefined ? 0 : 1 });
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
  process.exit(1);
});
