import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readObservationsCsv, readObservationsCsvSync, writeObservationsCsv } from '../../../src/io/index.js';
import { parseObservations } from '../../../src/model/index.js';
import { LogframeError } from '../../../src/problems/index.js';
import { demo } from '../helpers.js';

const CSVISH = fc.constantFrom(',', ';', '"', '\r', '\n', '\r\n', ' ', '=', "'", '\ufeff', '__proto__', 'indicator', 'period', 'value', 'cases', '2024Q1', 'N/A', '12,5', '0x10', 'ក', '\u0000');
const csvText = fc.array(fc.oneof(CSVISH, fc.string()), { maxLength: 60 }).map((parts) => parts.join(''));
const headed = fc.tuple(fc.constantFrom('indicator,period,value,province,note\n', 'indicator;period;value;sex\r\n', 'indicator,sex,2024,2025\r', ''), csvText).map(([head, body]) => head + body);

async function* chunked(bytes: Uint8Array, sizes: readonly number[]): AsyncGenerator<Uint8Array> {
  let at = 0;
  let turn = 0;
  while (at < bytes.length) {
    const size = Math.max(1, sizes[turn % Math.max(1, sizes.length)] ?? 1);
    yield bytes.subarray(at, at + size);
    at += size;
    turn += 1;
  }
}

function onlyLogframeErrors(run: () => unknown): void {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(LogframeError);
  }
}

describe('the CSV reader on arbitrary input', () => {
  it('random bytes: a result or a LogframeError, never another exception', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => {
      onlyLogframeErrors(() => readObservationsCsvSync(bytes, demo));
    }), { numRuns: 300 });
  });

  it('random CSV-like text: a result or a LogframeError; in the long format every row is accepted or rejected', () => {
    fc.assert(fc.property(headed, (text) => {
      onlyLogframeErrors(() => {
        const result = readObservationsCsvSync(text, demo);
        if (result.dialect.format === 'long') expect(result.observations.length + result.rejected.length).toBe(result.rows);
        for (const item of result.rejected) expect(item.problems.length).toBeGreaterThan(0);
      });
    }), { numRuns: 300 });
  });

  // When a file has both a header error and invalid UTF-8 further on, the stream stops at the
  // header while the in-memory reader decodes first: both fail, with different first problems.
  it('random bytes in random chunks: the stream reader agrees with the in-memory reader', async () => {
    await fc.assert(fc.asyncProperty(fc.oneof(headed.map((text) => new TextEncoder().encode(text)), fc.uint8Array({ maxLength: 300 })), fc.array(fc.integer({ min: 1, max: 17 }), { minLength: 1, maxLength: 5 }), async (bytes, sizes) => {
      let whole: unknown;
      try {
        whole = readObservationsCsvSync(bytes, demo);
      } catch (error) {
        expect(error).toBeInstanceOf(LogframeError);
        whole = (error as LogframeError).problems.map((problem) => problem.code);
      }
      let streamed: unknown;
      try {
        streamed = await readObservationsCsv(chunked(bytes, sizes), demo);
      } catch (error) {
        expect(error).toBeInstanceOf(LogframeError);
        streamed = (error as LogframeError).problems.map((problem) => problem.code);
      }
      if (Array.isArray(whole) && Array.isArray(streamed)) return;
      expect(streamed).toEqual(whole);
    }), { numRuns: 200 });
  });
});

describe('write then read', () => {
  const text = fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.constantFrom('=1+2', "'=x", "''@y", '-', '..', '\t=x', '＋1', ' spaced ', 'a\r\nb'))
    .filter((value) => value.trim() !== '' && !['n/a', 'na', '-', '..'].includes(value.trim().toLowerCase()));
  const number = fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e15, max: 1e15 }).map((value) => (value === 0 ? 0 : value));

  it('gives back every note, source, qualitative text and number exactly', () => {
    fc.assert(fc.property(fc.array(fc.record({ note: text, source: text, story: text, balance: number }), { minLength: 1, maxLength: 5 }), fc.constantFrom(',', ';') as fc.Arbitrary<',' | ';'>, (rows, delimiter) => {
      const input = rows.flatMap((row, index) => [
        { indicator: 'balance', period: String(2024 + index), value: row.balance, note: row.note, source: row.source, reportedBy: 'MOI' },
        { indicator: 'story', period: String(2024 + index), value: row.story, reportedBy: 'MOJ' },
      ]);
      const { observations, rejected } = parseObservations(input, demo);
      expect(rejected).toEqual([]);
      const back = readObservationsCsvSync(writeObservationsCsv(demo, observations, { delimiter }), demo, { delimiter });
      expect(back.rejected).toEqual([]);
      expect(back.observations).toEqual(observations);
    }), { numRuns: 200 });
  });
});
