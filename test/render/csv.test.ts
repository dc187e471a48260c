// Golden files: UPDATE_GOLDEN=1 npx vitest run test/render rewrites them (see
// test/fixtures/render/summaries.ts); read the diff before committing.
import { describe, expect, it } from 'vitest';
import { LogframeError } from '../../src/problems/index.js';
import { toCsv } from '../../src/render/index.js';
import type { CsvOptions, CsvRowKind } from '../../src/render/index.js';
import type { EvaluationSummary } from '../../src/summary/index.js';
import { readCsv } from '../fixtures/render/csvCheck.js';
import { cambodiaSummary, expectGolden, sampleSummary } from '../fixtures/render/summaries.js';

function read(csv: string): string[][] {
  return readCsv(csv);
}

/** Every record ends in CRLF, and no LF stands alone outside quotes. */
function expectWellFormed(csv: string, summary: EvaluationSummary, options: CsvOptions = {}): string[][] {
  expect(csv.endsWith('\r\n')).toBe(true);
  const rows = read(csv);
  const kinds = options.rows ?? ['indicators'];
  const expected = kinds.reduce((sum, kind) => sum + summary[kind].length, 1);
  expect(rows).toHaveLength(expected);
  const width = rows[0]?.length ?? 0;
  for (const row of rows) expect(row).toHaveLength(width);
  expect(new Set(rows[0]).size).toBe(width);
  // Outside quoted fields, every line break is CRLF.
  const unquoted = csv.replace(/"(?:[^"]|"")*"/g, '');
  expect(unquoted.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  expect(csv).not.toMatch(/(^|,)-0(?:\.0+)?(?=,|\r\n)/m);
  return rows;
}

function column(rows: string[][], id: string): string[] {
  const index = rows[0]?.indexOf(id) ?? -1;
  expect(index, id).toBeGreaterThanOrEqual(0);
  return rows.slice(1).map((row) => row[index] ?? '');
}

describe('toCsv on the summary fixture', () => {
  it('matches the golden files', () => {
    const en = sampleSummary('en');
    const km = sampleSummary('km');
    const all: readonly CsvRowKind[] = ['indicators', 'results', 'actors'];
    expectGolden('sample.en.csv', toCsv(en));
    expectGolden('sample.km.csv', toCsv(km, { rows: all, headers: 'labels', bom: true }));
    expectWellFormed(toCsv(en), en);
    expectWellFormed(toCsv(km, { rows: all, headers: 'labels', bom: true }), km, { rows: all });
  });

  it('writes one row per indicator with stable English column ids, whatever the language', () => {
    const en = toCsv(sampleSummary('en'));
    const km = toCsv(sampleSummary('km'));
    const header = en.slice(0, en.indexOf('\r\n'));
    expect(km.slice(0, km.indexOf('\r\n'))).toBe(header);
    expect(header.startsWith('id,title,result_id,result_title,')).toBe(true);
    expect(header).not.toContain('section');
  });

  it('adds a section column and keeps the column count with several row kinds', () => {
    const summary = sampleSummary('en');
    for (const rowKinds of [['results'], ['actors'], ['indicators', 'actors'], ['actors', 'results', 'indicators']] as CsvRowKind[][]) {
      const rows = expectWellFormed(toCsv(summary, { rows: rowKinds }), summary, { rows: rowKinds });
      if (rowKinds.length > 1) {
        expect(rows[0]?.[0]).toBe('section');
        expect(column(rows, 'section')).toEqual(rowKinds.flatMap((kind) => summary[kind].map(() => kind)));
      } else {
        expect(rows[0]).not.toContain('section');
      }
    }
  });

  it('makes label headers unique in both languages', () => {
    for (const lang of ['en', 'km'] as const) {
      const summary = sampleSummary(lang);
      const csv = toCsv(summary, { rows: ['indicators', 'results', 'actors'], headers: 'labels' });
      const rows = expectWellFormed(csv, summary, { rows: ['indicators', 'results', 'actors'] });
      expect(new Set(rows[0]).size).toBe(rows[0]?.length);
    }
  });

  it('writes numbers as numbers and withheld figures as <5', () => {
    const summary = sampleSummary('en');
    const rows = read(toCsv(summary));
    const current = column(rows, 'current');
    summary.indicators.forEach((indicator, index) => {
      const cell = current[index] ?? '';
      if (indicator.current === null) expect(cell).toBe('');
      else if (indicator.current.display === '<5') expect(cell).toBe('<5');
      else if (typeof indicator.current.value === 'number') expect(cell).toMatch(/^-?\d+(\.\d+)?$/);
    });
    for (const id of ['progress', 'performance', 'achievement', 'score']) {
      for (const cell of column(rows, id)) expect(cell, id).toMatch(/^(-?\d+(\.\d{1,4})?)?$/);
    }
    // No grouping, no exponent, no percent sign in numeric columns.
    expect(toCsv(summary)).toContain(',158000,');
  });

  it('starts with a byte order mark only when asked', () => {
    const summary = sampleSummary('en');
    expect(toCsv(summary).charCodeAt(0)).not.toBe(0xfeff);
    expect(toCsv(summary, { bom: true }).charCodeAt(0)).toBe(0xfeff);
  });

  it('is deterministic', () => {
    const summary = sampleSummary('km');
    expect(toCsv(summary, { rows: ['indicators', 'results', 'actors'] })).toBe(toCsv(summary, { rows: ['indicators', 'results', 'actors'] }));
  });

  it('rejects unknown, repeated or no row kinds with every problem listed', () => {
    const summary = sampleSummary('en');
    const error = (() => {
      try {
        toCsv(summary, { rows: ['indicators', 'indicators', 'ministries' as CsvRowKind] });
      } catch (caught) {
        return caught;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(LogframeError);
    expect((error as LogframeError).problems.map((problem) => problem.path)).toEqual([['rows', 1], ['rows', 2]]);
    expect(() => toCsv(summary, { rows: [] })).toThrow(LogframeError);
  });
});

describe('toCsv on the Cambodia example (parseStrategy → parseObservations → evaluate → summarize)', () => {
  it('matches the golden files', () => {
    const en = cambodiaSummary('en');
    const km = cambodiaSummary('km');
    const all: readonly CsvRowKind[] = ['indicators', 'results', 'actors'];
    expectGolden('cambodia.en.csv', toCsv(en));
    expectGolden('cambodia.km.csv', toCsv(km, { rows: all, headers: 'labels', bom: true }));
    expectWellFormed(toCsv(en), en);
    expectWellFormed(toCsv(km, { rows: all, headers: 'labels', bom: true }), km, { rows: all });
  });
});
