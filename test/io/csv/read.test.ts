import { describe, expect, it } from 'vitest';
import { readObservationsCsv, readObservationsCsvSync } from '../../../src/io/index.js';
import { LogframeError } from '../../../src/problems/index.js';
import { demo, readFixture } from '../helpers.js';

function headerError(csv: string): LogframeError {
  try {
    readObservationsCsvSync(csv, demo);
  } catch (error) {
    if (error instanceof LogframeError) return error;
    throw error;
  }
  throw new Error('expected a LogframeError');
}

describe('the messy CSV fixtures', () => {
  it('rejects a file with a duplicate header as a whole, naming the column and its index', async () => {
    const error = await readObservationsCsv(readFixture('messy.csv'), demo, { delimiter: ';' }).then(() => undefined, (caught: unknown) => caught);
    expect(error).toBeInstanceOf(LogframeError);
    const problems = (error as LogframeError).problems;
    expect(problems).toEqual([expect.objectContaining({ code: 'CSV_HEADER_DUPLICATE', path: ['header', 6] })]);
    expect(problems[0]?.message).toMatch(/Column 7 is named "value" like column 3/);
  });

  it('accepts every good row and rejects every bad row with its line and reason', async () => {
    const result = await readObservationsCsv(readFixture('messy-rows.csv'), demo, { delimiter: 'auto' });
    expect(result.dialect).toEqual({ delimiter: ';', format: 'long', bom: true, lineEnding: 'CRLF', detected: { delimiter: true, format: true } });
    expect(result.rows).toBe(16);
    expect(result.observations.length + result.rejected.length).toBe(result.rows);
    expect(result.rejected.map((item) => [item.line, item.problems.map((problem) => problem.code)])).toEqual([
      [7, ['NUMBER_INVALID']],
      [8, ['NUMBER_INVALID']],
      [9, ['CSV_TOO_MANY_FIELDS']],
      [10, ['UNKNOWN_INDICATOR']],
      [11, ['PERIOD_INVALID']],
      [16, ['NUMBER_INVALID']],
      [18, ['UNKNOWN_DIMENSION']],
      [19, ['UNKNOWN_CODE']],
    ]);
    expect(result.rejected[0]?.problems[0]?.message).toMatch(/decimal comma, declare \{ decimal: ',' \}/);
    expect(result.rejected[1]?.problems[0]?.message).toMatch(/spreadsheet formula/);
    expect(result.rejected[2]?.record).toMatchObject({ indicator: 'cases', note: '', '(column 11)': 'extra' });
    expect(result.rejected[5]).toMatchObject({ index: 12, record: { period: '2024Q3', value: '007' } });
    expect(result.rejected[5]?.problems[0]).toMatchObject({ path: ['value'], severity: 'error', message: expect.stringMatching(/^"007" has leading zeros; write the number without them \(7\)/) as unknown });

    const values = result.observations.map((observation) => [observation.indicator, observation.period, observation.value]);
    expect(values).toEqual([
      ['cases', '2024Q1', 41],
      ['cases', '2024Q1', 12],
      ['victims', '2024', 241],
      ['victims', '2024', null],
      ['victims', '2025', null],
      ['treaty', '2024', true],
      ['story', '2024', 'Line one\r\nline two; with a semicolon'],
      ['tier', '2024', 'tier3'],
    ]);
    expect(result.observations[0]).toMatchObject({ disaggregation: { province: 'KH-12' }, reportedBy: 'MOI', reportedOn: '2024-04-20', status: 'approved', source: 'Police statistics', note: 'ករណីនៅភ្នំពេញ' });
    expect(result.observations[6]?.note).toBe('a "quoted" note');
    expect(result.observations[7]?.note).toBe('=SUM(A1)');

    const warnings = result.warnings.map((warning) => [warning.code, warning.path]);
    expect(warnings).toEqual([
      ['VALUE_MISSING', [3, 'value']],
      ['VALUE_MISSING', [4, 'value']],
      ['CSV_BLANK_ROWS', []],
    ]);
    expect(result.warnings[0]?.message).toBe('Line 5: "N/A" was read as a missing value (null, never 0).');
    expect(result.warnings[2]?.message).toMatch(/line 15/);
  });
});

describe('encodings and line endings', () => {
  const lines = ['indicator,period,value,note', 'cases,2024Q1,41,"two', 'lines"', 'treaty,2024,no,'];
  const expected = [['cases', 41, 'two\nlines'], ['treaty', false, undefined]];

  it.each([
    ['LF', '\n'],
    ['CRLF', '\r\n'],
    ['CR', '\r'],
  ] as const)('reads %s line endings the same', (name, newline) => {
    const csv = `${lines.join(newline)}${newline}`;
    const result = readObservationsCsvSync(csv.replace('two\nlines', `two${newline}lines`), demo);
    expect(result.dialect.lineEnding).toBe(name);
    expect(result.observations.map((o) => [o.indicator, o.value, o.note?.toString().replace(/\r\n?/g, '\n')])).toEqual(expected);
    expect(result.rejected).toEqual([]);
  });

  it('reads text, bytes with and without a BOM alike', () => {
    const csv = 'indicator,period,value\ncases,2024Q1,41\n';
    const bytes = new TextEncoder().encode(csv);
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...bytes]);
    const plain = readObservationsCsvSync(csv, demo);
    expect(readObservationsCsvSync(bytes, demo).observations).toEqual(plain.observations);
    expect(readObservationsCsvSync(withBom, demo).observations).toEqual(plain.observations);
    expect(readObservationsCsvSync(withBom, demo).dialect.bom).toBe(true);
    expect(readObservationsCsvSync(`\ufeff${csv}`, demo).dialect.bom).toBe(true);
  });

  it('refuses invalid UTF-8 with the line it is on', async () => {
    const error = await readObservationsCsv(readFixture('windows-1252.csv'), demo).then(() => undefined, (caught: unknown) => caught);
    expect(error).toBeInstanceOf(LogframeError);
    expect((error as LogframeError).problems[0]).toMatchObject({ code: 'INVALID_UTF8', path: ['line', 3] });
  });

  it('finds the line of invalid UTF-8 in a later chunk of a stream', async () => {
    const encoder = new TextEncoder();
    async function* chunks() {
      yield encoder.encode('indicator,period,value\r\ncases,2024Q1,4');
      yield encoder.encode('1\r\ncases,2024Q2,42\r\n');
      yield new Uint8Array([0x63, 0x61, 0xe9, 0x0d, 0x0a]);
    }
    const error = await readObservationsCsv(chunks(), demo).then(() => undefined, (caught: unknown) => caught);
    expect((error as LogframeError).problems[0]).toMatchObject({ code: 'INVALID_UTF8', path: ['line', 4] });
  });

  it('refuses a file that is empty', () => {
    expect(headerError('').problems[0]?.code).toBe('CSV_EMPTY');
  });
});

describe('headers', () => {
  it('reports every header problem with the column and its index', () => {
    const error = headerError('indicator,period,value,__proto__,,constructor,Value,2024,prototype\n');
    expect(error.problems.map((problem) => [problem.code, problem.path])).toEqual([
      ['CSV_HEADER_RESERVED', ['header', 3]],
      ['CSV_HEADER_EMPTY', ['header', 4]],
      ['CSV_HEADER_RESERVED', ['header', 5]],
      ['CSV_HEADER_RESERVED', ['header', 8]],
      ['CSV_HEADER_UNKNOWN', ['header', 6]],
      ['CSV_HEADER_UNKNOWN', ['header', 7]],
    ]);
    expect(error.problems[4]?.message).toMatch(/did you mean "value"/);
    expect(error.problems[5]?.message).toMatch(/wide file/);
  });

  it('requires indicator, period and value in the long format', () => {
    expect(headerError('indicator,note\n').problems.map((problem) => problem.message)).toEqual([
      expect.stringMatching(/no "period" column/),
      expect.stringMatching(/no "value" column/),
    ]);
  });

  it('accepts and ignores the informational columns and declared extra columns', () => {
    const csv = 'indicator,title,period,value,unit,definition,guidance,remarks\ncases,Cases,2024Q1,41,cases,…,…,x\n';
    expect(() => readObservationsCsvSync(csv, demo)).toThrow(LogframeError);
    expect(readObservationsCsvSync(csv, demo, { ignoreColumns: ['remarks'] }).observations).toHaveLength(1);
  });

  it('rejects a broken quote in the header', () => {
    expect(headerError('indicator,"period,value\n').problems.some((problem) => problem.code === 'CSV_QUOTES')).toBe(true);
  });
});

describe("the delimiter: ',' unless declared (checklist 11)", () => {
  const semicolons = 'indicator;period;value\r\ncases;2024Q1;41\r\n';

  it("refuses an undeclared ';'-separated file as a whole, with one error on line 1 that says how to declare it", () => {
    const error = headerError(semicolons);
    expect(error.problems).toEqual([{
      path: ['line', 1],
      code: 'CSV_DELIMITER_UNDECLARED',
      severity: 'error',
      message: "The file looks ';'-separated; declare delimiter ';' (CLI: --delimiter ';'), or delimiter 'auto' to detect it. Without a declaration the delimiter is ',' (RFC 4180).",
    }]);
  });

  it("reads the same file with delimiter ';' (declared) or 'auto' (detected, and reported as such)", () => {
    const declared = readObservationsCsvSync(semicolons, demo, { delimiter: ';' });
    const detected = readObservationsCsvSync(semicolons, demo, { delimiter: 'auto' });
    expect(declared.observations.map((o) => o.value)).toEqual([41]);
    expect(detected.observations).toEqual(declared.observations);
    expect(declared.dialect).toMatchObject({ delimiter: ';', detected: { delimiter: false } });
    expect(detected.dialect).toMatchObject({ delimiter: ';', detected: { delimiter: true } });
  });

  it("reads a comma-separated file without a declaration, reporting ',' as not detected", () => {
    const result = readObservationsCsvSync('indicator,period,value,note\r\ncases,2024Q1,41,a; b | c\r\n', demo);
    expect(result.dialect).toMatchObject({ delimiter: ',', detected: { delimiter: false } });
    expect(result.observations.map((o) => [o.value, o.note])).toEqual([[41, 'a; b | c']]);
    expect(readObservationsCsvSync('indicator,period,value\r\ncases,2024Q1,41\r\n', demo, { delimiter: 'auto' }).dialect).toMatchObject({ delimiter: ',', detected: { delimiter: true } });
  });

  it.each([
    ['tab', 'indicator\tperiod\tvalue\ncases\t2024Q1\t41\n', /looks tab-separated, which logframe does not read/],
    ["'|'", 'indicator|period|value\ncases|2024Q1|41\n', /looks '\|'-separated, which logframe does not read/],
    ["';', beside a stray comma in the header", 'indicator;period;value;note,x\ncases;2024Q1;41;\n', /looks ';'-separated/],
  ])('refuses a file separated by an undeclared delimiter (%s), naming what it found', (_, csv, message) => {
    const error = headerError(csv);
    expect(error.problems).toHaveLength(1);
    expect(error.problems[0]).toMatchObject({ path: ['line', 1], code: 'CSV_DELIMITER_UNDECLARED' });
    expect(error.problems[0]?.message).toMatch(message);
  });

  it('leaves a one-column header without another delimiter to the header checks', () => {
    expect(headerError('indicator\ncases\n').problems.map((problem) => problem.code)).toEqual(['CSV_HEADER_MISSING', 'CSV_HEADER_MISSING']);
  });

  it('refuses a delimiter it does not know', () => {
    expect(() => readObservationsCsvSync(semicolons, demo, { delimiter: '\t' as ';' })).toThrow(/use ",", ";" or "auto"/);
  });
});

describe('formats and dialects', () => {
  it('detects the wide format and reads one value per period cell', () => {
    const csv = 'indicator,sex,2024,2025,reportedBy\nvictims,female,241,,MOSVY\nvictims,male,N/A,52,MOSVY\nvictims,other,1,2,MOSVY\n';
    const result = readObservationsCsvSync(csv, demo);
    expect(result.dialect).toMatchObject({ delimiter: ',', format: 'wide', detected: { format: true, delimiter: false } });
    expect(result.observations.map((o) => [o.disaggregation['sex'], o.period, o.value])).toEqual([
      ['female', '2024', 241],
      ['male', '2024', null],
      ['male', '2025', 52],
    ]);
    expect(result.rejected.map((item) => [item.index, item.line, item.problems[0]?.code])).toEqual([[2, 4, 'UNKNOWN_CODE'], [2, 4, 'UNKNOWN_CODE']]);
    expect(result.warnings.map((warning) => warning.code)).toEqual(['VALUE_MISSING', 'CSV_BLANK_CELLS']);
  });

  it('uses a declared format and delimiter and reports them as declared', () => {
    const csv = 'indicator;period;value\ncases;2024Q1;41\n';
    const result = readObservationsCsvSync(csv, demo, { delimiter: ';', format: 'long' });
    expect(result.dialect.detected).toEqual({ delimiter: false, format: false });
    expect(() => readObservationsCsvSync(csv, demo, { delimiter: ',' })).toThrow(/Column 1/);
  });

  it('reads decimal commas, thousands separators and percent signs only when declared', () => {
    const csv = 'indicator;period;value\nbudget;2024;"2.050.000,75"\nreferred;2024;45,5 %\n';
    const result = readObservationsCsvSync(csv, demo, { delimiter: ';', decimal: ',', thousands: '.', percentSign: true });
    expect(result.observations.map((o) => o.value)).toEqual([2050000.75, 45.5]);
    expect(readObservationsCsvSync(csv, demo, { delimiter: ';' }).rejected).toHaveLength(2);
  });

  it('refuses a dialect whose decimal and thousands separators are the same', () => {
    expect(() => readObservationsCsvSync('indicator,period,value\n', demo, { decimal: ',', thousands: ',' })).toThrow(/both ","/);
  });

  it('reads texts given per language', () => {
    const csv = 'indicator,period,value,sex,note.en,note.km\nvictims,2024,1,female,Women,ស្ត្រី\n';
    expect(readObservationsCsvSync(csv, demo).observations[0]?.note).toEqual({ en: 'Women', km: 'ស្ត្រី' });
    const mixed = readObservationsCsvSync('indicator,period,value,sex,note,note.km\nvictims,2024,1,female,Women,ស្ត្រី\n', demo);
    expect(mixed.rejected[0]?.problems[0]?.code).toBe('CSV_TEXT_MIXED');
  });

  it('routes rows through the model: duplicates, conflicts and revisions', () => {
    const csv = [
      'indicator,period,value,province,reportedBy,reportedOn',
      'cases,2024Q1,41,KH-12,MOI,2024-04-20',
      'cases,2024Q1,41,KH-12,MOI,2024-04-20',
      'cases,2024Q2,5,KH-12,MOI,2024-07-20',
      'cases,2024Q2,6,KH-12,MOI,2024-07-20',
      'cases,2024Q3,5,KH-12,MOI,2024-10-20',
      'cases,2024Q3,6,KH-12,MOI,2024-11-20',
    ].join('\n');
    const result = readObservationsCsvSync(csv, demo);
    expect(result.rejected.map((item) => [item.line, item.problems[0]?.code])).toEqual([[3, 'DUPLICATE_OBSERVATION'], [4, 'CONFLICTING_OBSERVATIONS'], [5, 'CONFLICTING_OBSERVATIONS']]);
    expect(result.warnings).toEqual([expect.objectContaining({ code: 'OBSERVATION_REVISED', path: [4], message: expect.stringMatching(/^Line 6: /) as unknown })]);
  });

  it('passes on the warning for a percentage series that looks like fractions, with the row and line of its first value', () => {
    const csv = 'indicator,period,value\ncases,2024Q1,41\nreferred,2024,0.38\nreferred,2025,0.41\n\nreferred,2026,0.5\n';
    const result = readObservationsCsvSync(csv, demo);
    expect(result.observations).toHaveLength(4);
    expect(result.rejected).toEqual([]);
    expect(result.warnings.map((warning) => [warning.code, warning.path])).toEqual([['PERCENT_SCALE_SUSPECT', [1, 'value']], ['CSV_BLANK_ROWS', []]]);
    expect(result.warnings[0]?.message).toMatch(/^Line 3: All 3 values of percentage indicator "referred" lie between 0 and 1/);
  });

  it('rejects a row whose quoted field is never closed, with the line it starts on', () => {
    const result = readObservationsCsvSync('indicator,period,value,note\ncases,2024Q1,41,ok\ncases,2024Q2,42,"open\ncases,2024Q3,43,lost\n', demo);
    expect(result.observations).toHaveLength(1);
    expect(result.rejected).toEqual([expect.objectContaining({ line: 3, problems: [expect.objectContaining({ code: 'CSV_QUOTES' })] })]);
  });

  it('refuses anything that is not text, bytes or a stream', async () => {
    await expect(readObservationsCsv(42 as unknown as string, demo)).rejects.toThrow(/async iterable/);
  });
});
