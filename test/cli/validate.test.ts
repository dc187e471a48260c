import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { observations2024, observations2025, run, strategyFile, tempDir } from './helpers.js';

/** The Cambodia strategy with three broken references. */
function brokenStrategy(dir: string): string {
  const strategy = JSON.parse(readFileSync(strategyFile, 'utf8')) as { indicators: { lead?: string; result: string }[] };
  strategy.indicators[0]!.lead = 'NOBODY';
  strategy.indicators[3]!.lead = 'NOBODY';
  strategy.indicators[1]!.result = 'NOWHERE';
  const path = join(dir, 'broken.json');
  writeFileSync(path, JSON.stringify(strategy, null, 2));
  return path;
}

interface Report {
  ok: boolean;
  errors: number;
  rejected: number;
  warnings: number;
  strategy: { file: string; ok: boolean; problems: { path: (string | number)[]; code: string; message: string; severity: string }[] };
  dataChecked: boolean;
  data: { file: string; format: string | null; accepted: number; rejected: { index: number; line?: number; problems: { code: string }[] }[]; warnings: unknown[] }[];
}

describe('logframe validate', () => {
  it('passes the Cambodia example and its data (exit 0), counting what each file gave', () => {
    const result = run(['validate', strategyFile, '--data', observations2024, observations2025]);
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(/strategy\.json: valid \(49 indicators, \d+ results, \d+ actors\)/);
    expect(result.stdout).toMatch(/observations-2024\.json: JSON, \d+ accepted, 0 rejected/);
    expect(result.stdout).toContain('warning OBSERVATION_REVISED (1)');
    expect(result.stdout).toMatch(/^Valid: 0 errors, 0 rejected data items, 1 warning\.$/m);
  });

  it('lists every problem of a broken strategy on stdout with path and code, grouped and counted (exit 1)', () => {
    const dir = tempDir();
    const result = run(['validate', brokenStrategy(dir)]);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('broken.json: 3 errors');
    expect(result.stdout).toContain('  error UNKNOWN_REFERENCE (3)');
    expect(result.stdout).toMatch(/^ {4}indicators\[0\]\.lead: .*NOBODY/m);
    expect(result.stdout).toMatch(/^ {4}indicators\[3\]\.lead: /m);
    expect(result.stdout).toMatch(/^ {4}indicators\[1\]\.result: .*NOWHERE/m);
    expect(result.stdout).toContain('Invalid: 3 errors');
  });

  it('prints the same report as JSON for machines with --json', () => {
    const dir = tempDir();
    const result = run(['validate', brokenStrategy(dir), '--data', observations2024, '--json']);
    expect(result.status).toBe(1);
    const report = JSON.parse(result.stdout) as Report;
    expect(report.ok).toBe(false);
    expect(report.errors).toBe(3);
    expect(report.dataChecked).toBe(false);
    expect(report.strategy.problems.map((problem) => [problem.path, problem.code])).toEqual(expect.arrayContaining([
      [['indicators', 0, 'lead'], 'UNKNOWN_REFERENCE'],
      [['indicators', 3, 'lead'], 'UNKNOWN_REFERENCE'],
      [['indicators', 1, 'result'], 'UNKNOWN_REFERENCE'],
    ]));
  });

  it('lists rejected data rows with their lines and codes (exit 1), also as JSON', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'data.csv'), 'indicator,period,value\nPOL-01,2024,1\nPOL-01,2024Q7,2\nNOPE-99,2024,3\n');
    const text = run(['validate', strategyFile, '--data', 'data.csv'], { cwd: dir });
    expect(text.status).toBe(1);
    expect(text.stdout).toContain('data.csv: CSV (long, delimiter ","), 1 accepted, 2 rejected');
    expect(text.stdout).toMatch(/line 3 period: .*\[PERIOD_INVALID\]/);
    expect(text.stdout).toMatch(/line 4 indicator: .*\[UNKNOWN_INDICATOR\]/);
    expect(text.stdout).toContain('Invalid: 0 errors, 2 rejected data items');

    const json = JSON.parse(run(['validate', strategyFile, '--data', 'data.csv', '--json'], { cwd: dir }).stdout) as Report;
    expect(json.ok).toBe(false);
    expect(json.rejected).toBe(2);
    expect(json.data[0]?.rejected.map((item) => [item.line, item.problems[0]?.code])).toEqual([[3, 'PERIOD_INVALID'], [4, 'UNKNOWN_INDICATOR']]);
  });

  it("refuses an undeclared ';'-separated data file and reads it with --delimiter ';' or --delimiter auto", () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'data.csv'), 'indicator;period;value\nPOL-01;2024;1\n');
    const undeclared = run(['validate', strategyFile, '--data', 'data.csv'], { cwd: dir });
    expect(undeclared.status).toBe(1);
    expect(undeclared.stdout).toContain('data.csv: 1 error');
    expect(undeclared.stdout).toContain('  error CSV_DELIMITER_UNDECLARED (1)');
    expect(undeclared.stdout).toContain("The file looks ';'-separated; declare delimiter ';' (CLI: --delimiter ';'), or delimiter 'auto' to detect it.");
    for (const delimiter of [';', 'auto', '--delimiter=;']) {
      const args = delimiter.startsWith('--') ? [delimiter] : ['--delimiter', delimiter];
      const result = run(['validate', strategyFile, '--data', 'data.csv', ...args], { cwd: dir });
      expect(result.status, delimiter).toBe(0);
      expect(result.stdout).toContain('data.csv: CSV (long, delimiter ";"), 1 accepted, 0 rejected');
    }
    const json = JSON.parse(run(['validate', strategyFile, '--data', 'data.csv', '--json'], { cwd: dir }).stdout) as { data: { problems: { path: unknown[]; code: string }[] }[] };
    expect(json.data[0]?.problems).toEqual([expect.objectContaining({ path: ['line', 1], code: 'CSV_DELIMITER_UNDECLARED' })]);
  });

  it('is wrong usage (exit 2) to give --delimiter anything but ",", ";" or auto', () => {
    const result = run(['validate', strategyFile, '--delimiter', 'tab']);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^logframe: --delimiter takes "," \(the default\), ";" or auto/);
  });

  it('lists the scale warning of a percentage series written as fractions, and still passes', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'data.csv'), 'indicator,period,value\nCTX-06,2024,0.41\nCTX-06,2025,0.45\nCTX-06,2026,0.5\n');
    const result = run(['validate', strategyFile, '--data', 'data.csv'], { cwd: dir });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('data.csv: CSV (long, delimiter ","), 3 accepted, 0 rejected');
    expect(result.stdout).toContain('  warning PERCENT_SCALE_SUSPECT (1)');
    expect(result.stdout).toMatch(/^ {4}\[0\]\.value: Line 2: All 3 values of percentage indicator "CTX-06" lie between 0 and 1.*multiply them by 100/m);
    expect(result.stdout).toMatch(/^Valid: 0 errors, 0 rejected data items, 1 warning\.$/m);
  });

  it('gives the scale warning once when a series that looks like fractions is spread over several files', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.csv'), 'indicator,period,value\nCTX-06,2024,0.41\nCTX-06,2025,0.45\n');
    writeFileSync(join(dir, 'b.csv'), 'indicator,period,value\nCTX-06,2026,0.5\n');
    const spread = run(['validate', strategyFile, '--data', 'a.csv', 'b.csv', '--json'], { cwd: dir });
    const report = JSON.parse(spread.stdout) as { ok: boolean; warnings: number; data: { file: string; warnings: { code: string }[] }[] };
    expect(report.ok).toBe(true);
    expect(report.data.map((source) => [source.file, source.warnings.map((warning) => warning.code)])).toEqual([['a.csv', []], ['b.csv', []], ['all data files', ['PERCENT_SCALE_SUSPECT']]]);

    writeFileSync(join(dir, 'a.csv'), 'indicator,period,value\nCTX-06,2024,0.41\nCTX-06,2025,0.45\nCTX-06,2026,0.5\n');
    writeFileSync(join(dir, 'b.csv'), 'indicator,period,value\nCTX-06,2027,0.55\n');
    const once = JSON.parse(run(['validate', strategyFile, '--data', 'a.csv', 'b.csv', '--json'], { cwd: dir }).stdout) as typeof report;
    expect(once.warnings).toBe(1);
    expect(once.data.map((source) => [source.file, source.warnings.map((warning) => warning.code)])).toEqual([['a.csv', ['PERCENT_SCALE_SUSPECT']], ['b.csv', []]]);
  });

  it('reports a strategy file that is not JSON as invalid input (exit 1)', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'strategy.json'), '{ "id": ');
    const result = run(['validate', 'strategy.json'], { cwd: dir });
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('error JSON_INVALID (1)');
  });

  it('reads the data from stdin', () => {
    const result = run(['validate', strategyFile, '--data', '-'], { input: readFileSync(observations2024) });
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^stdin: JSON, \d+ accepted, 0 rejected$/m);
  });

  it('is wrong usage (exit 2) without a strategy, with two, or with an unknown option', () => {
    for (const args of [['validate'], ['validate', strategyFile, strategyFile], ['validate', strategyFile, '--strict']]) {
      const result = run(args);
      expect(result.status, args.join(' ')).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toMatch(/^logframe: /);
    }
  });
});
