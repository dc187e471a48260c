// Reliability checklist §8 items 7 and 8: hostile names in a CSV re-read with papaparse.
import { describe, expect, it } from 'vitest';
import { stripInvisible } from '../../src/render/escape/invisible.js';
import { toCsv } from '../../src/render/index.js';
import type { CsvRowKind } from '../../src/render/index.js';
import type { EvaluationSummary } from '../../src/summary/index.js';
import { readCsv } from '../fixtures/render/csvCheck.js';
import { hostilePipelineSummary, poisonedSummary, roundingSummary, sampleSummary } from '../fixtures/render/summaries.js';

const ALL: readonly CsvRowKind[] = ['indicators', 'results', 'actors'];
const TRIGGER = /^[=+\-@\t\r\n＝＋－＠]/;

function read(csv: string): string[][] {
  return readCsv(csv);
}

describe('toCsv with hostile names', () => {
  for (const lang of ['en', 'km'] as const) {
    const summary = poisonedSummary(sampleSummary(lang));
    const csv = toCsv(summary, { rows: ALL, headers: lang === 'km' ? 'labels' : 'ids', bom: lang === 'km' });
    const rows = read(csv);

    it(`keeps the rows and columns (${lang})`, () => {
      expect(rows).toHaveLength(1 + summary.indicators.length + summary.results.length + summary.actors.length);
      for (const row of rows) expect(row).toHaveLength(rows[0]?.length ?? -1);
    });

    it(`neutralises every text cell a spreadsheet would run (${lang})`, () => {
      // Numbers (-0.0375) are numbers, and a spreadsheet reads them as such; any other cell is text.
      const text = rows.flat().filter((cell) => !/^-?\d+(\.\d+)?$/.test(cell));
      for (const cell of text) expect(TRIGGER.test(cell), JSON.stringify(cell)).toBe(false);
      const titles = rows.slice(1).map((row) => row[2] ?? '');
      expect(titles).toContain("'=1+2");
      expect(titles).toContain("'-2+3");
      expect(titles).toContain("'@cmd");
    });

    it(`gives back each title, less the one added apostrophe (${lang})`, () => {
      const expected = [...summary.indicators.map((row) => row.title), ...summary.results.map((row) => row.title), ...summary.actors.map((row) => row.name)];
      const read = rows.slice(1).map((row) => row[2] ?? '');
      read.forEach((cell, index) => {
        const original = stripInvisible(expected[index] ?? '');
        expect(TRIGGER.test(original) ? `'${original}` : original).toBe(cell);
      });
    });

    it(`drops bidi and zero-width characters (${lang})`, () => {
      expect(csv.replace(/^\uFEFF/, '')).not.toMatch(/[\u202A-\u202E\u2066-\u2069\u200B-\u200F\uFEFF\u061C\u001b]/);
    });
  }

  it('writes a negative number unquoted and without an apostrophe', () => {
    const summary: EvaluationSummary = roundingSummary(sampleSummary('en'));
    const csv = toCsv(summary);
    const line = csv.split('\r\n').find((row) => row.startsWith('R9,'));
    expect(line).toMatch(/,2024,-5,/);
    const rows = read(csv);
    const current = rows[0]?.indexOf('current') ?? -1;
    expect(rows.find((row) => row[0] === 'R9')?.[current]).toBe('-5');
  });
});

describe('toCsv on a hostile strategy through the public pipeline', () => {
  it('keeps rows and columns, and neutralises formulas', () => {
    const summary = hostilePipelineSummary('en');
    const rows = read(toCsv(summary, { rows: ALL }));
    expect(rows).toHaveLength(1 + summary.indicators.length + summary.results.length + summary.actors.length);
    for (const row of rows) expect(row).toHaveLength(rows[0]?.length ?? -1);
    const text = rows.flat().filter((cell) => !/^-?\d+(\.\d+)?$/.test(cell));
    for (const cell of text) expect(TRIGGER.test(cell), JSON.stringify(cell)).toBe(false);
    expect(rows.map((row) => row[2])).toContain("'=1+2");
  });
});
