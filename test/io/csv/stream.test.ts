import Papa from 'papaparse';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readObservationsCsv } from '../../../src/io/index.js';
import { demo } from '../helpers.js';

const CHUNK = 64 * 1024;
const ROWS = 200_000;

/** Generates the CSV lazily, in 64 KiB chunks, and counts how many chunks have been handed out. */
function generated(): { chunks: AsyncIterable<Uint8Array>; produced: () => number; total: () => number } {
  const encoder = new TextEncoder();
  let produced = 0;
  let total = 0;
  const provinces = ['KH-12', 'KH-2', 'KH-17'];
  async function* chunks(): AsyncGenerator<Uint8Array> {
    let buffer = 'indicator,period,value,province,reportedBy,reportedOn,note\r\n';
    for (let row = 0; row < ROWS; row++) {
      const year = 2024 + Math.floor(row / 40_000);
      const quarter = 1 + (Math.floor(row / 10_000) % 4);
      buffer += `cases,${year}Q${quarter},${row % 997},${provinces[row % 3] ?? ''},MOI,${year}-0${quarter}-1${row % 3},"row ${row}, ""quoted"""\r\n`;
      // Every report is revised once a day: the reportedOn digit keeps rows distinct.
      if (buffer.length >= CHUNK) {
        const bytes = encoder.encode(buffer);
        for (let at = 0; at + CHUNK <= bytes.length; at += CHUNK) {
          produced += 1;
          total += 1;
          yield bytes.subarray(at, at + CHUNK);
        }
        buffer = new TextDecoder().decode(bytes.subarray(bytes.length - (bytes.length % CHUNK)));
      }
    }
    if (buffer.length > 0) {
      produced += 1;
      total += 1;
      yield encoder.encode(buffer);
    }
  }
  return { chunks: chunks(), produced: () => produced, total: () => total };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('streaming a large CSV', () => {
  it('parses 200,000 rows fed in 64 KiB chunks through papaparse\'s chunked (stream) path', async () => {
    const parse = vi.spyOn(Papa, 'parse');
    const source = generated();
    const seen: { chunks: number; rows: number; produced: number }[] = [];
    const result = await readObservationsCsv(source.chunks, demo, {
      onProgress: (progress) => seen.push({ ...progress, produced: source.produced() }),
    });

    expect(result.rows).toBe(ROWS);
    expect(result.rejected).toEqual([]);
    expect(result.observations).toHaveLength(ROWS);
    expect(result.observations[ROWS - 1]).toMatchObject({ indicator: 'cases', period: '2028Q4', note: `row ${ROWS - 1}, "quoted"` });

    // Papaparse was handed a stream, not one big string: the data reached it chunk by chunk.
    const inputs = parse.mock.calls.map(([input]) => typeof input);
    expect(inputs.filter((kind) => kind === 'object')).toHaveLength(1);
    expect(inputs.filter((kind) => kind === 'string').every((_, index) => (parse.mock.calls[index]?.[0] as string).length < 200)).toBe(true);
    // Each chunk was parsed before the next one was produced, so no more than one chunk was ever held.
    expect(seen).toHaveLength(source.total());
    expect(seen.length).toBeGreaterThan(100);
    seen.forEach((progress, index) => {
      expect(progress.chunks).toBe(index + 1);
      expect(progress.produced).toBe(index + 1);
    });
    expect(seen[Math.floor(seen.length / 2)]?.rows).toBeGreaterThan(ROWS / 3);
    expect(seen[Math.floor(seen.length / 2)]?.rows).toBeLessThan((2 * ROWS) / 3);
  });

  it('stops reading the stream at a header error', async () => {
    const source = generated();
    async function* badHeader(): AsyncGenerator<Uint8Array> {
      yield new TextEncoder().encode('indicator,period,value,value\r\n');
      yield* source.chunks;
    }
    await expect(readObservationsCsv(badHeader(), demo)).rejects.toThrow(/CSV_HEADER_DUPLICATE/);
    expect(source.produced()).toBeLessThan(2);
  });

  it('waits for the whole header line when chunks are tiny, even a CR split from its LF', async () => {
    const bytes = new TextEncoder().encode('indicator;period;value\r\ncases;2024Q1;41\r\n');
    async function* bytewise(): AsyncGenerator<Uint8Array> {
      for (let at = 0; at < bytes.length; at++) yield bytes.subarray(at, at + 1);
    }
    const result = await readObservationsCsv(bytewise(), demo);
    expect(result.dialect).toMatchObject({ delimiter: ';', lineEnding: 'CRLF' });
    expect(result.observations.map((o) => o.value)).toEqual([41]);
  });
});
