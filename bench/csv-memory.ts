/**
 * Peak memory while reading a large observations CSV as a stream (by hand; not run in CI).
 *
 *   npx tsx --expose-gc bench/csv-memory.ts [rows]        (default 1,000,000 rows)
 *
 * Writes the synthetic data of bench/gen.ts to a temporary CSV with the library's own writer,
 * drops it from memory, then reads the file with `readObservationsCsv` through a Node read stream
 * in 64 KiB chunks, sampling `process.memoryUsage()` after every chunk. The file text never sits in
 * memory whole: what grows is the accepted observations (and, while the model validates them at
 * the end, the rows read from the file). Prints the peak RSS and heap, and bytes per row above the
 * baseline.
 */
import { once } from 'node:events';
import { createReadStream, createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readObservationsCsv, writeObservationsCsv } from '../src/io/index.js';
import type { Strategy } from '../src/model/index.js';
import { generate } from './gen.js';

const rows = Number(process.argv[2] ?? 1_000_000);
const MiB = 1024 * 1024;
const collect = (globalThis as { gc?: () => void }).gc ?? (() => undefined);
const dir = mkdtempSync(join(tmpdir(), 'logframe-csv-memory-'));
const file = join(dir, 'observations.csv');

async function writeFile(): Promise<Strategy> {
  const { strategy, observations } = generate({ n: rows });
  const out = createWriteStream(file);
  for (let at = 0; at < observations.length; at += 10_000) {
    const text = writeObservationsCsv(strategy, observations.slice(at, at + 10_000), { dimensions: 'all' });
    if (!out.write(at === 0 ? text : text.slice(text.indexOf('\r\n') + 2))) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  return strategy;
}

try {
  const strategy = await writeFile();
  collect();
  const base = process.memoryUsage();
  const peak = { rss: base.rss, heapUsed: base.heapUsed };
  const sample = () => {
    const now = process.memoryUsage();
    peak.rss = Math.max(peak.rss, now.rss);
    peak.heapUsed = Math.max(peak.heapUsed, now.heapUsed);
  };
  const timer = setInterval(sample, 20);
  const started = performance.now();
  let chunks = 0;
  const result = await readObservationsCsv(createReadStream(file, { highWaterMark: 64 * 1024 }), strategy, {
    onProgress: (progress) => {
      chunks = progress.chunks;
      sample();
    },
  });
  const seconds = (performance.now() - started) / 1000;
  clearInterval(timer);
  sample();
  const held = process.memoryUsage();
  const show = (bytes: number) => `${(bytes / MiB).toFixed(1)} MiB`;
  console.log(`rows read        ${result.rows} (${result.observations.length} accepted, ${result.rejected.length} rejected) in ${seconds.toFixed(1)} s`);
  console.log(`file             ${show(statSync(file).size)} in ${chunks} chunks of 64 KiB`);
  console.log(`baseline         rss ${show(base.rss)}, heap ${show(base.heapUsed)}`);
  console.log(`peak             rss ${show(peak.rss)}, heap ${show(peak.heapUsed)}`);
  console.log(`after (held)     rss ${show(held.rss)}, heap ${show(held.heapUsed)}`);
  console.log(`per row          peak heap ${((peak.heapUsed - base.heapUsed) / rows).toFixed(0)} B, held heap ${((held.heapUsed - base.heapUsed) / rows).toFixed(0)} B`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
