import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lib, observations2024, run, strategyFile, tempDir } from './helpers.js';

const { parseObservations, parseStrategy, writeObservationsCsv } = lib;

const strategy = parseStrategy(JSON.parse(readFileSync(strategyFile, 'utf8')));
const { observations } = parseObservations(JSON.parse(readFileSync(observations2024, 'utf8')), strategy);

/** A DHIS2 mapping for the example: a made-up uid per indicator, actor and disaggregation used. */
function writeMapping(dir: string): string {
  const uid = (prefix: string, n: number) => `${prefix}${String(n).padStart(10, '0')}`;
  const combos = new Map<string, Record<string, string>>();
  for (const observation of observations) {
    const codes = observation.disaggregation;
    if (Object.keys(codes).length > 0) combos.set(JSON.stringify(Object.entries(codes).sort()), codes);
  }
  const mapping = {
    dataElements: Object.fromEntries(strategy.indicators.map((indicator, n) => [uid('d', n), indicator.id])),
    orgUnit: { actor: true, actors: Object.fromEntries(strategy.actors.map((actor, n) => [uid('o', n), actor.id])) },
    categoryOptionCombos: Object.fromEntries([...combos.values()].map((codes, n) => [uid('c', n), codes])),
  };
  writeFileSync(join(dir, 'mapping.json'), JSON.stringify(mapping, null, 2));
  return 'mapping.json';
}

describe('logframe convert', () => {
  it('writes CSV that reads back to the same values', () => {
    const dir = tempDir();
    const result = run(['convert', strategyFile, '--data', observations2024, '--to', 'csv', '--out', 'data.csv'], { cwd: dir });
    expect(result.status).toBe(0);
    expect(readFileSync(join(dir, 'data.csv'), 'utf8')).toBe(writeObservationsCsv(strategy, observations));
    const back = run(['convert', strategyFile, '--data', 'data.csv', '--to', 'json'], { cwd: dir });
    expect(back.status).toBe(0);
    expect(JSON.parse(back.stdout)).toEqual(JSON.parse(JSON.stringify(observations)));
  });

  it('writes JSON observations to stdout', () => {
    const result = run(['convert', strategyFile, '--data', observations2024, '--to', 'json']);
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toHaveLength(observations.length);
  });

  it('writes DHIS2 dataValueSets through a mapping, which read back (detected by content)', () => {
    const dir = tempDir();
    const mapping = writeMapping(dir);
    const result = run(['convert', strategyFile, '--data', observations2024, '--to', 'dhis2', '--mapping', mapping, '--out', 'dhis2.json'], { cwd: dir });
    expect(result.status).toBe(0);
    const payload = JSON.parse(readFileSync(join(dir, 'dhis2.json'), 'utf8')) as { dataValues: { dataElement: string; value: string }[] };
    expect(payload.dataValues).toHaveLength(observations.length);
    const check = run(['validate', strategyFile, '--data', 'dhis2.json', '--mapping', mapping], { cwd: dir });
    expect(check.status).toBe(0);
    expect(check.stdout).toContain(`dhis2.json: DHIS2 dataValueSets, ${observations.length} accepted, 0 rejected`);
  });

  it('reports a broken mapping against the mapping file (exit 1)', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'mapping.json'), JSON.stringify({ dataElements: { abc: 42 } }));
    const result = run(['convert', strategyFile, '--data', observations2024, '--to', 'dhis2', '--mapping', 'mapping.json', '--out', 'x.json'], { cwd: dir });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^mapping\.json: \d+ errors?/m);
    expect(readdirSync(dir)).toEqual(['mapping.json']);
  });

  it('writes IATI XML with the strategy and its values', () => {
    const result = run(['convert', strategyFile, '--data', observations2024, '--to', 'iati', '--reporting-org', 'KH-GOV-1', '--iati-identifier', 'KH-GOV-1-NSP']);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>/);
    expect(result.stdout).toContain('<iati-identifier>KH-GOV-1-NSP</iati-identifier>');
    expect(result.stdout).toContain('<reporting-org ref="KH-GOV-1"');
    expect(result.stdout).toContain('<actual value=');
  });

  it('is wrong usage (exit 2) without --to, with an unknown one, or without what the target needs', () => {
    const dir = tempDir();
    for (const [args, mentioned] of [
      [[], '--to'],
      [['--to', 'xlsx'], '--to'],
      [['--to', 'dhis2'], '--mapping'],
      [['--to', 'iati'], '--reporting-org'],
    ] as const) {
      const result = run(['convert', strategyFile, '--data', observations2024, ...args, '--out', 'out'], { cwd: dir });
      expect(result.status, args.join(' ')).toBe(2);
      expect(result.stderr).toContain(mentioned);
    }
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('logframe template', () => {
  it("writes a ministry's reporting template for a period", () => {
    const dir = tempDir();
    const result = run(['template', strategyFile, '--actor', 'MOJ', '--period', '2025', '--out', 'moj-2025.csv'], { cwd: dir });
    expect(result.status).toBe(0);
    const rows = readFileSync(join(dir, 'moj-2025.csv'), 'utf8').replace(/^\uFEFF/, '').split('\r\n');
    expect(rows[0]).toMatch(/^indicator,title,period,/);
    expect(rows.slice(1).filter((row) => row !== '').every((row) => row.includes(',MOJ,'))).toBe(true);
  });

  it('is wrong usage (exit 2) for an unknown actor, a bad period or a missing option', () => {
    for (const args of [['--actor', 'XYZ', '--period', '2025'], ['--actor', 'MOJ', '--period', '2025Q9'], ['--actor', 'MOJ']]) {
      const result = run(['template', strategyFile, ...args]);
      expect(result.status, args.join(' ')).toBe(2);
      expect(result.stdout).toBe('');
    }
  });
});
