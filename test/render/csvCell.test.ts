import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeCsvCell } from '../../src/render/escape/csvCell.js';
import { stripInvisible } from '../../src/render/escape/invisible.js';
import { readCsv } from '../fixtures/render/csvCheck.js';
import { EVIL } from '../fixtures/render/summaries.js';

/** Reads one CSV record back the way a spreadsheet import would (RFC 4180, no type guessing). */
function readRow(fields: readonly string[]): string[] {
  const rows = readCsv(`${fields.join(',')}\r\n`);
  expect(rows).toHaveLength(1);
  return rows[0] ?? [];
}

/** The original text after removing exactly the one apostrophe the writer may have added. */
function unneutralise(original: string, read: string): string {
  const clean = stripInvisible(original);
  return read === clean ? read : read.startsWith("'") ? read.slice(1) : read;
}

describe('escapeCsvCell', () => {
  it('neutralises every formula trigger with a leading apostrophe and quotes it (reliability §8 item 7)', () => {
    const cases: Array<[string, string]> = [
      ['=1+2', `"'=1+2"`],
      ['+SUM(A1)', `"'+SUM(A1)"`],
      ['-2+3', `"'-2+3"`],
      ['@cmd', `"'@cmd"`],
      ['\t=x', `"'\t=x"`],
      ['\r=x', `"'\r=x"`],
      ['\n=x', `"'\n=x"`],
      ['＝1+2', `"'＝1+2"`],
      ['＋1', `"'＋1"`],
      ['－1', `"'－1"`],
      ['＠x', `"'＠x"`],
      ['-5', `"'-5"`],
      ['=1+2";=1+2', `"'=1+2"";=1+2"`],
    ];
    for (const [text, field] of cases) expect(escapeCsvCell(text), JSON.stringify(text)).toBe(field);
  });

  it('quotes fields with a delimiter, a quote or a line break and doubles quotes (item 8)', () => {
    expect(escapeCsvCell('a,b')).toBe('"a,b"');
    expect(escapeCsvCell('q"x')).toBe('"q""x"');
    expect(escapeCsvCell('line1\nline2')).toBe('"line1\nline2"');
    expect(escapeCsvCell('line1\r\nline2')).toBe('"line1\r\nline2"');
    expect(escapeCsvCell(';=1+2')).toBe(';=1+2');
    expect(escapeCsvCell('plain text')).toBe('plain text');
    expect(escapeCsvCell('')).toBe('');
  });

  it('removes bidi and zero-width characters, and leaves Khmer alone', () => {
    expect(escapeCsvCell('abc\u202Eevil\u202C')).toBe('abcevil');
    expect(escapeCsvCell('zero\u200Bwidth')).toBe('zerowidth');
    expect(escapeCsvCell('ក្រសួងយុត្តិធម៌')).toBe('ក្រសួងយុត្តិធម៌');
  });

  it('a neutraliser hidden behind bidi or zero-width characters is still caught', () => {
    expect(escapeCsvCell('\u202E=1+2')).toBe(`"'=1+2"`);
    expect(escapeCsvCell('\u200B=1+2')).toBe(`"'=1+2"`);
  });

  it('reads back as the same cells, each the original after removing the one added apostrophe', () => {
    const row = readRow(EVIL.map(escapeCsvCell));
    expect(row).toHaveLength(EVIL.length);
    EVIL.forEach((text, index) => {
      const read = row[index] ?? '';
      expect(unneutralise(text, read)).toBe(stripInvisible(text));
      expect(/^[=+\-@\t\r\n＝＋－＠]/.test(read), JSON.stringify(read)).toBe(false);
    });
  });

  it('reads back as the same cells for any text (property)', () => {
    const special = fc.constantFrom(...'=+-@\t\r\n＝＋－＠,";\' a1\u202E\u200B'.split(''));
    const text = fc.oneof(fc.string({ unit: special, maxLength: 12 }), fc.string({ unit: 'binary', maxLength: 12 }));
    fc.assert(fc.property(fc.array(text, { minLength: 1, maxLength: 5 }), (texts) => {
      const row = readRow(texts.map(escapeCsvCell));
      expect(row).toHaveLength(texts.length);
      texts.forEach((original, index) => {
        const read = row[index] ?? '';
        expect(unneutralise(original, read)).toBe(stripInvisible(original));
        expect(/^[=+\-@\t\r\n＝＋－＠]/.test(read)).toBe(false);
      });
    }), { numRuns: 200 });
  });
});
