import Papa from 'papaparse';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readObservationsCsv, readObservationsCsvSync } from '../../../src/io/index.js';
import { parseStrategy } from '../../../src/model/index.js';
import { LogframeError } from '../../../src/problems/index.js';
import { demo } from '../helpers.js';

const CHUNK = 64 * 1024;
const ROWS = 200_000;
const PROVINCES = ['KH-12', 'KH-2', 'KH-17'];

// 100 indicators × 3 provinces × 667 days: every row is its own value, so the model keeps them all.
const wide = parseStrategy({
  id: 'stream', title: 'Stream', period: { start: 2024, end: 2028 }, baselineYear: 2023,
  levels: [{ id: 'pillar', title: 'Pillar' }], results: [{ id: 'P', title: 'P', level: 'pillar' }],
  actors: [{ id: 'MOI', name: 'Ministry of Interior' }],
  dimensions: [{ id: 'province', title: 'Province', codes: PROVINCES.map((code) => ({ code, label: code })) }],
  indicators: Array.from({ length: 100 }, (_, index) => ({ id: `I${index}`, title: `Indicator ${index}`, result: 'P', measure: 'count', direction: 'none', disaggregations: ['province'] })),
});

function day(offset: number): string {
  return new Date(Date.UTC(2024, 0, 1 + offset)).toISOString().slice(0, 10);
}

/** Generates the CSV lazily in 64 KiB chunks and counts the chunks handed out so far. */
function generated(): { chunks: AsyncIterable<Uint8Array>; produced: () => number } {
  const encoder = new TextEncoder();
  let produced = 0;
  async function* chunks(): AsyncGenerator<Uint8Array> {
    let pending = encoder.encode('indicator,period,value,province,reportedBy,reportedOn,note\r\n');
    let text = '';
    const flush = function* (final: boolean): Generator<Uint8Array> {
      const bytes = new Uint8Array(pending.length + text.length);
      bytes.set(pending);
      bytes.set(encoder.encode(text), pending.length);
      text = '';
      let at = 0;
      for (; at + CHUNK <= bytes.length; at += CHUNK) {
        produced += 1;
        yield bytes.slice(at, at + CHUNK);
      }
      pending = bytes.slice(at);
      if (final && pending.length > 0) {
        produced += 1;
        yield pending;
      }
    };
    for (let row = 0; row < ROWS; row++) {
      const date = day(Math.floor(row / 300));
      text += `I${row % 100},${date.replaceAll('-', '')},${row % 997},${PROVINCES[Math.floor(row / 100) % 3] ?? ''},MOI,${date},"row ${row}, ""quoted"""\r\n`;
      if (text.length >= CHUNK) yield* flush(false);
    }
    yield* flush(true);
  }
  return { chunks: chunks(), produced: () => produced };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('streaming a large CSV', () => {
  it('parses 200,000 rows fed in 64 KiB chunks through papaparse\'s chunked (stream) path', async () => {
    const parse = vi.spyOn(Papa, 'parse');
    const source = generated();
    const seen: { chunks: number; rows: number; produced: number }[] = [];
    const result = await readObservationsCsv(source.chunks, wide, {
      onProgress: (progress) => seen.push({ ...progress, produced: source.produced() }),
    });

    expect(result.rows).toBe(ROWS);
    expect(result.rejected).toEqual([]);
    expect(result.observations).toHaveLength(ROWS);
    expect(result.observations[ROWS - 1]).toMatchObject({ indicator: 'I99', period: '20251028', value: (ROWS - 1) % 997, note: `row ${ROWS - 1}, "quoted"` });

    // Papaparse got a stream (an object) for the data; the only strings it saw were header lines
    // parsed to detect the delimiter.
    const inputs = parse.mock.calls.map(([input]) => input);
    expect(inputs.filter((input) => typeof input === 'object')).toHaveLength(1);
    expect(inputs.filter((input): input is string => typeof input === 'string').every((input) => !input.includes('\n'))).toBe(true);
    // Every chunk was parsed before the next one was produced: memory holds one chunk, not the file.
    expect(seen.length).toBe(source.produced());
    expect(seen.length).toBeGreaterThan(100);
    seen.forEach((progress, index) => {
      expect(progress.chunks).toBe(index + 1);
      expect(progress.produced).toBe(index + 1);
    });
    const middle = seen[Math.floor(seen.length / 2)]?.rows ?? 0;
    expect(middle).toBeGreaterThan(ROWS / 3);
    expect(middle).toBeLessThan((2 * ROWS) / 3);
  }, 180_000);

  it('stops reading the stream at a header error', async () => {
    const source = generated();
    async function* badHeader(): AsyncGenerator<Uint8Array> {
      yield new TextEncoder().encode('indicator,period,value,value\r\n');
      yield* source.chunks;
    }
    await expect(readObservationsCsv(badHeader(), wide)).rejects.toThrow(/CSV_HEADER_DUPLICATE/);
    expect(source.produced()).toBeLessThan(2);
  });

  it('waits for the whole header line when chunks are tiny, even a CR split from its LF', async () => {
    const bytes = new TextEncoder().encode('indicator;period;value\r\ncases;2024Q1;41\r\n');
    async function* bytewise(): AsyncGenerator<Uint8Array> {
      for (let at = 0; at < bytes.length; at++) yield bytes.subarray(at, at + 1);
    }
    const result = await readObservationsCsv(bytewise(), demo, { delimiter: 'auto' });
    expect(result.dialect).toMatchObject({ delimiter: ';', lineEnding: 'CRLF', detected: { delimiter: true } });
    expect(result.observations.map((o) => o.value)).toEqual([41]);
  });

  it("refuses an undeclared ';'-separated stream at its header line, like the in-memory reader, and reads no further", async () => {
    const source = generated();
    let pulled = 0;
    async function* semicolons(): AsyncGenerator<Uint8Array> {
      const header = new TextEncoder().encode('indicator;period;value;province\r\n');
      for (let at = 0; at < header.length; at += 5) {
        pulled += 1;
        yield header.subarray(at, at + 5);
      }
      yield* source.chunks;
    }
    const error = await readObservationsCsv(semicolons(), wide).then(() => undefined, (caught: unknown) => caught);
    expect(error).toBeInstanceOf(LogframeError);
    expect((error as LogframeError).problems).toEqual([expect.objectContaining({ path: ['line', 1], code: 'CSV_DELIMITER_UNDECLARED' })]);
    expect(source.produced()).toBe(0);
    expect(pulled).toBe(7);
    expect(() => readObservationsCsvSync('indicator;period;value;province\r\n', wide)).toThrow(/CSV_DELIMITER_UNDECLARED|looks ';'-separated/);
  });

  it("refuses an undeclared ';'-separated file of one line without a line break, as a stream too", async () => {
    async function* oneLine(): AsyncGenerator<Uint8Array> {
      yield new TextEncoder().encode('indicator;period;value');
    }
    await expect(readObservationsCsv(oneLine(), demo)).rejects.toThrow(/looks ';'-separated/);
    await expect(readObservationsCsv(oneLine(), demo, { delimiter: ';' })).resolves.toMatchObject({ rows: 0, dialect: { delimiter: ';', lineEnding: 'none' } });
  });
});
