import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { readObservationsCsvSync, writeObservationsCsv } from '../../../src/io/index.js';
import { parseObservations } from '../../../src/model/index.js';
import { LogframeError } from '../../../src/problems/index.js';
import { cambodia, demo, demoObservations, withoutExternal } from '../helpers.js';

const TRIGGER = /^[=+\-@\t\r\n\uff1d\uff0b\uff0d\uff20]/;

describe('writeObservationsCsv', () => {
  it('writes the header, RFC 4180 quoting and CRLF line ends', () => {
    const csv = writeObservationsCsv(demo, demoObservations);
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe('indicator,period,value,sex,province,reportedBy,reportedOn,status,source,note,note.en,note.km');
    expect(lines[1]).toBe('cases,2024Q1,41,,KH-12,MOI,2024-04-20,approved,Police statistics,ករណីនៅភ្នំពេញ,,');
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv).toContain('"Line one\r\nline two, with ""quotes""; and a semicolon"');
  });

  it('neutralises text that a spreadsheet would run, and leaves numbers alone', () => {
    const csv = writeObservationsCsv(demo, demoObservations);
    expect(csv).toContain(',"\'=HYPERLINK(""http://evil"")"');
    expect(csv).toContain('balance,2024,-5,');
    expect(csv).toContain(',"\'@finance",');
    expect(csv).toContain('"\'-5 is not a number here"');
    expect(csv).toContain('"\'+ plus first"');
    expect(csv).toContain(`"''=already quoted"`);
    expect(csv).toContain('balance,2025,1000000000000000000000,');
    expect(csv).toContain('balance,2026,0.000001,');
    // No unquoted cell starts with a trigger character, and every cell re-parses to the same count.
    const rows = Papa.parse<string[]>(csv.slice(0, -2), { newline: '\r\n' })?.data ?? [];
    for (const row of rows.slice(1)) {
      expect(row).toHaveLength(12);
      for (const [index, cell] of row.entries()) if (index !== 2) expect(cell).not.toMatch(TRIGGER);
    }
  });

  it.each([
    ['=1+2', "'=1+2"],
    ['+SUM(A1)', "'+SUM(A1)"],
    ['-2+3', "'-2+3"],
    ['@cmd', "'@cmd"],
    ['\t=x', "'\t=x"],
    ['\r=x', "'\r=x"],
    ['\n=x', "'\n=x"],
    ['＝1+2', "'＝1+2"],
    ['a,b', 'a,b'],
    ['q"x', 'q"x'],
    ['line1\nline2', 'line1\nline2'],
    [';=1+2', ';=1+2'],
  ])('writes the note %j so that it reads back exactly (cell text %j)', (note, cell) => {
    const { observations } = parseObservations([{ indicator: 'balance', period: '2024', value: 1, note }], demo);
    const csv = writeObservationsCsv(demo, observations);
    const rows = Papa.parse<string[]>(csv.slice(0, -2), { newline: '\r\n' })?.data ?? [];
    expect(rows[1]?.[rows[0]?.indexOf('note') ?? -1]).toBe(cell);
    expect(readObservationsCsvSync(csv, demo).observations[0]?.note).toBe(note);
  });

  it('round-trips the demo observations: read(write(x)) deep-equals x (without external)', () => {
    for (const options of [{}, { delimiter: ';' as const, bom: true }, { delimiter: ';' as const, decimal: ',' as const }, { dimensions: 'all' as const }]) {
      const csv = writeObservationsCsv(demo, demoObservations, options);
      const back = readObservationsCsvSync(csv, demo, { delimiter: options.delimiter, decimal: options.decimal });
      expect(back.rejected).toEqual([]);
      expect(back.observations).toEqual(withoutExternal(demoObservations));
      expect(back.dialect.bom).toBe(options.bom === true);
    }
  });

  it('round-trips the Cambodia example through CSV with no value lost or changed', () => {
    const { strategy, observations } = cambodia();
    const csv = writeObservationsCsv(strategy, observations, { bom: true });
    const back = readObservationsCsvSync(new TextEncoder().encode(csv), strategy);
    expect(back.rejected).toEqual([]);
    expect(back.rows).toBe(observations.length);
    expect(back.observations).toEqual(observations);
  });

  it('is deterministic', () => {
    expect(writeObservationsCsv(demo, demoObservations)).toBe(writeObservationsCsv(demo, [...demoObservations]));
  });

  it('refuses a dimension named like a standard column', () => {
    const observation = { ...demoObservations[0], disaggregation: { note: 'x' } } as (typeof demoObservations)[number];
    expect(() => writeObservationsCsv(demo, [observation])).toThrow(LogframeError);
  });
});
