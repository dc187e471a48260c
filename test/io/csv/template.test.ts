import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { readObservationsCsvSync, reportingTemplate, TEMPLATE_MAX_COMBINATIONS } from '../../../src/io/index.js';
import type { Indicator, Strategy } from '../../../src/model/index.js';
import { LogframeError } from '../../../src/problems/index.js';
import { cambodia, demo } from '../helpers.js';

function rowsOf(csv: string): Record<string, string>[] {
  const [header = [], ...rows] = Papa.parse<string[]>(csv.replace(/^\ufeff/, '').replace(/\r\n$/, ''), { newline: '\r\n' })?.data ?? [];
  return rows.map((row) => Object.fromEntries(header.map((name, index) => [name, row[index] ?? ''])));
}

function sample(indicator: Indicator | undefined, row: number): string {
  switch (indicator?.measure) {
    case 'boolean':
      return row % 2 === 0 ? 'yes' : 'no';
    case 'ordinal':
      return indicator.levels?.[0]?.code ?? '';
    case 'qualitative':
      return `=Text ${row}, with a comma`;
    case 'percent':
      return '42.5';
    case 'ratio':
    case 'rate':
    case 'currency':
      return '0.75';
    default:
      return String(row % 50);
  }
}

/** Fills every value cell of a template the way a ministry would, and writes the CSV back. */
function fill(csv: string, strategy: Strategy): string {
  const indicators = new Map(strategy.indicators.map((indicator) => [indicator.id, indicator]));
  const [header = [], ...rows] = Papa.parse<string[]>(csv.replace(/^\ufeff/, '').replace(/\r\n$/, ''), { newline: '\r\n' })?.data ?? [];
  const value = header.indexOf('value');
  const reportedOn = header.indexOf('reportedOn');
  const filled = rows.map((row, index) => row.map((cell, column) => (column === value ? sample(indicators.get(row[0] ?? ''), index) : column === reportedOn ? '2025-01-31' : cell)));
  const line = (cells: readonly string[]) => cells.map((cell) => `"${cell.replace(/"/g, '""')}"`).join(',');
  return `\ufeff${[header, ...filled].map(line).join('\r\n')}\r\n`;
}

describe('reportingTemplate', () => {
  it('lists the indicators an actor reports, per period due and per code combination', () => {
    const rows = rowsOf(reportingTemplate(demo, { actor: 'MOI', period: '2024' }));
    expect(rows.map((row) => [row['indicator'], row['period'], row['province']])).toEqual([
      ...['2024Q1', '2024Q2', '2024Q3', '2024Q4'].flatMap((quarter) => ['KH-12', 'KH-2', 'KH-17'].map((province) => ['cases', quarter, province])),
      ['tier', '2024', ''],
      ['balance', '2024', ''],
    ]);
    expect(rows[0]).toMatchObject({ title: 'Cases investigated', unit: 'cases', reportedBy: 'MOI', value: '', guidance: 'A whole number (0 or more).' });
    expect(rows[12]?.['guidance']).toBe('One of: tier3, tier2wl, tier2, tier1.');
  });

  it('leaves out computed indicators and indicators not due in the period', () => {
    const moj = rowsOf(reportingTemplate(demo, { actor: 'MOJ', period: '2024' })).map((row) => row['indicator']);
    expect(moj).toEqual(['treaty', 'story', 'budget', 'charged', 'convicted']);
    expect(rowsOf(reportingTemplate(demo, { actor: 'MOI', period: '2024Q2' })).map((row) => row['indicator'])).toEqual(['cases', 'cases', 'cases']);
  });

  it('uses the requested language and starts with a BOM unless told not to', () => {
    const csv = reportingTemplate(demo, { actor: 'MOSVY', period: '2024', lang: 'km' });
    expect(csv.startsWith('\ufeff')).toBe(true);
    expect(rowsOf(csv).find((row) => row['indicator'] === 'victims')?.['definition']).toBe('ជនរងគ្រោះ');
    expect(reportingTemplate(demo, { actor: 'MOSVY', period: '2024', bom: false, delimiter: ';' }).startsWith('indicator;title;')).toBe(true);
  });

  it('reads back cleanly once filled in: every row accepted', () => {
    for (const actor of ['MOI', 'MOJ', 'MOSVY']) {
      const filled = fill(reportingTemplate(demo, { actor, period: '2024' }), demo);
      const result = readObservationsCsvSync(filled, demo);
      expect(result.rejected).toEqual([]);
      expect(result.observations).toHaveLength(result.rows);
      expect(result.observations.every((observation) => observation.reportedBy === actor)).toBe(true);
    }
  });

  it('asks only for the total when an indicator has more than 1,000 combinations (Cambodia, LAW-04)', () => {
    const { strategy } = cambodia();
    const csv = reportingTemplate(strategy, { actor: 'MOI-GCNP', period: '2024' });
    const rows = rowsOf(csv);
    const trained = rows.filter((row) => row['indicator'] === 'LAW-04');
    expect(trained).toHaveLength(1);
    expect(trained[0]?.['guidance']).toMatch(/^2600 combinations of institution, sex, province are too many/);
    expect(Object.entries(trained[0] ?? {}).filter(([name, cell]) => ['institution', 'sex', 'province'].includes(name) && cell !== '')).toEqual([]);
    expect(rows.filter((row) => row['indicator'] === 'LAW-01')).toHaveLength(4 * 400);
    expect(TEMPLATE_MAX_COMBINATIONS).toBe(1000);

    const result = readObservationsCsvSync(fill(csv, strategy), strategy);
    expect(result.rejected).toEqual([]);
    expect(result.observations).toHaveLength(rows.length);
  });

  it('refuses an unknown actor or period', () => {
    expect(() => reportingTemplate(demo, { actor: 'MOX', period: '2024' })).toThrow(LogframeError);
    expect(() => reportingTemplate(demo, { actor: 'MOI', period: '2024Q5' })).toThrow(LogframeError);
  });
});
