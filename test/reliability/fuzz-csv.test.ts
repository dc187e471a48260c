// Checklist items 9, 11 and 12 for the CSV reader (src/io): random bytes, and byte-level mutations
// of the Cambodia observations written as CSV (flipped and inserted bytes, invalid UTF-8, quotes,
// delimiters, line ends, duplicated and dropped lines, a damaged header), read from memory and as a
// stream of chunks. Each gives a result or a LogframeError — never another exception or a hang —
// and in a result every data row is accounted for: accepted, or rejected with its line and a
// reason. 3,200 inputs.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseObservations, parseStrategy, readObservationsCsv, writeObservationsCsv } from '../../src/index.js';
import type { CsvObservations } from '../../src/index.js';
import { describeInput, expectOnlyLogframeError } from './fuzz.js';
import { cambodiaObservationsJson, cambodiaStrategyJson, pollutedNames } from './helpers.js';

const strategy = parseStrategy(cambodiaStrategyJson());
const { observations } = parseObservations(cambodiaObservationsJson(), strategy);
const LINES = writeObservationsCsv(strategy, observations).split('\r\n');
const HEADER = LINES[0] ?? '';
const ROWS = LINES.slice(1).filter((line) => line !== '');
const encoder = new TextEncoder();
const SPECIAL = ['"', ',', ';', '\t', '\r', '\n', '\r\n', '\uFEFF', '=', "'", '__proto__', 'constructor', 'value', '1e400', '-0', 'N/A', 'ក', '\u202E', '\u0000'];

/** A few rows of the example as CSV bytes, then 1–6 byte-level mutations. */
const mutatedCsv = fc.gen().map((g) => {
  const start = g(fc.integer, { min: 0, max: ROWS.length - 8 });
  const lines = [HEADER, ...ROWS.slice(start, start + g(fc.integer, { min: 0, max: 8 }))];
  const steps = g(fc.integer, { min: 1, max: 6 });
  for (let step = 0; step < steps; step++) {
    const line = g(fc.integer, { min: 0, max: lines.length - 1 });
    const kind = g(fc.integer, { min: 0, max: 4 });
    if (kind === 0) lines.splice(line, 0, lines[line] ?? '');
    else if (kind === 1 && lines.length > 1) lines.splice(line, 1);
    else if (kind === 2) {
      const cells = (lines[line] ?? '').split(',');
      cells[g(fc.integer, { min: 0, max: Math.max(0, cells.length - 1) })] = g(fc.constantFrom, ...SPECIAL, '__proto__', 'value', 'indicator', '');
      lines[line] = cells.join(',');
    } else {
      const text = lines[line] ?? '';
      const at = g(fc.integer, { min: 0, max: text.length });
      lines[line] = `${text.slice(0, at)}${g(fc.constantFrom, ...SPECIAL)}${text.slice(at + (kind === 3 ? 1 : 0))}`;
    }
  }
  const bytes = encoder.encode(lines.join(g(fc.constantFrom, '\r\n', '\n', '\r')));
  // Sometimes invalid UTF-8 or a NUL at a random place.
  if (g(fc.integer, { min: 0, max: 3 }) === 0 && bytes.length > 0) bytes[g(fc.integer, { min: 0, max: bytes.length - 1 })] = g(fc.constantFrom, 0xff, 0xc3, 0x80, 0x00, 0xe2);
  return bytes;
});

async function* chunks(bytes: Uint8Array, size: number): AsyncGenerator<Uint8Array> {
  for (let at = 0; at < bytes.length; at += size) yield bytes.subarray(at, at + size);
}

function accounted(result: CsvObservations | undefined, label: () => string): void {
  if (result === undefined) return;
  const lost = result.dialect.format === 'long' ? result.rows - result.observations.length - result.rejected.length : 0;
  const silent = result.rejected.filter((item) => item.problems.length === 0 || item.line === undefined || item.line < 2);
  if (lost !== 0 || silent.length > 0) expect({ lost, silent }, label()).toEqual({ lost: 0, silent: [] });
}

async function read(input: Uint8Array | AsyncIterable<Uint8Array>, bytes: Uint8Array): Promise<void> {
  const label = () => `readObservationsCsv(${describeInput(new TextDecoder().decode(bytes))})`;
  let result: CsvObservations | undefined;
  let failure: unknown;
  try {
    result = await readObservationsCsv(input, strategy);
  } catch (error) {
    failure = error;
  }
  // Re-check a failure synchronously through the shared helper, which names anything but a LogframeError.
  if (failure !== undefined) expectOnlyLogframeError(() => { throw failure; }, label);
  accounted(result, label);
  if (pollutedNames().length > 0) expect(pollutedNames(), label()).toEqual([]);
}

describe('fuzzing the CSV reader (checklist 9, 11, 12)', () => {
  it('1,400 random byte strings', async () => {
    await fc.assert(fc.asyncProperty(fc.uint8Array({ maxLength: 300 }), async (bytes) => {
      await read(bytes, bytes);
    }), { numRuns: 1_400 });
  });

  it('1,000 mutations of the Cambodia observations as CSV, in memory', async () => {
    await fc.assert(fc.asyncProperty(mutatedCsv, async (bytes) => {
      await read(bytes, bytes);
    }), { numRuns: 1_000 });
  });

  it('800 mutations of the Cambodia observations as CSV, as a stream of small chunks', async () => {
    await fc.assert(fc.asyncProperty(mutatedCsv, fc.integer({ min: 1, max: 64 }), async (bytes, size) => {
      await read(chunks(bytes, size), bytes);
    }), { numRuns: 800 });
  });
});
