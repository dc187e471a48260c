import { copyFileSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AS_OF, example, lib, observations2024, run, strategyFile, tempDir } from './helpers.js';

const { evaluate, parseObservations, parseStrategy, summarize, toCsv, toHtml, toMarkdown, toText, writeObservationsCsv } = lib;

const strategy = parseStrategy(JSON.parse(readFileSync(strategyFile, 'utf8')));
const { observations } = parseObservations(JSON.parse(readFileSync(observations2024, 'utf8')), strategy);

/** What the library gives for the same job: the command must be a thin shell over it. */
function expected(format: string, lang: 'en' | 'km'): string {
  const summary = summarize(evaluate(strategy, observations, { asOf: AS_OF }), { lang, strategy });
  switch (format) {
    case 'json':
      return `${JSON.stringify(summary, null, 2)}\n`;
    case 'md':
      return toMarkdown(summary, { lang });
    case 'html':
      return toHtml(summary, { lang });
    case 'csv':
      return toCsv(summary, { lang });
    default:
      return toText(summary, { lang, color: false });
  }
}

const evaluateArgs = (...more: string[]) => ['evaluate', strategyFile, '--data', observations2024, '--as-of', AS_OF, ...more];

/** Files in a directory, temporary ones included (they start with a dot). */
const listing = (dir: string) => readdirSync(dir).sort();

describe('logframe evaluate on the Cambodia example', () => {
  describe.each(['json', 'md', 'html', 'csv', 'text'])('--format %s', (format) => {
    it.each(['en', 'km'] as const)('--lang %s writes what the library renders, on stdout', (lang) => {
      const result = run(evaluateArgs('--format', format, '--lang', lang));
      expect(result.stderr).not.toMatch(/error/i);
      expect(result.status).toBe(0);
      expect(result.stdout).toBe(expected(format, lang));
    });
  });

  it('defaults to the English text summary', () => {
    const result = run(evaluateArgs());
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(expected('text', 'en'));
    expect(result.stdout).toContain('Evaluation summary');
    // The example's one revised value is mentioned, not hidden.
    expect(result.stderr).toContain('OBSERVATION_REVISED');
  });

  it('gives JSON that parses, with the plan and the date', () => {
    const summary = JSON.parse(run(evaluateArgs('--format', 'json')).stdout) as { plan: { id: string }; asOf: string };
    expect(summary.plan.id).toBe(strategy.id);
    expect(JSON.stringify(summary)).toContain(AS_OF);
  });

  it('writes --out atomically and nothing on stdout', () => {
    const dir = tempDir();
    const out = join(dir, 'summary.html');
    const result = run(evaluateArgs('--format', 'html', '--out', out));
    expect(result.status).toBe(0);
    expect(result.stdout).toBe('');
    expect(readFileSync(out, 'utf8')).toBe(expected('html', 'en'));
    expect(listing(dir)).toEqual(['summary.html']);
  });

  it('reads the observations from stdin with --data -', () => {
    const result = run(['evaluate', strategyFile, '--data', '-', '--as-of', AS_OF, '--format', 'md'], { input: readFileSync(observations2024) });
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(expected('md', 'en'));
  });

  it('runs from another working directory with relative paths', () => {
    const dir = tempDir();
    copyFileSync(strategyFile, join(dir, 'strategy.json'));
    copyFileSync(observations2024, join(dir, 'data.json'));
    const result = run(['evaluate', 'strategy.json', '--data', 'data.json', '--as-of', AS_OF, '--format', 'md', '--out', 'report.md'], { cwd: dir });
    expect(result.status).toBe(0);
    expect(readFileSync(join(dir, 'report.md'), 'utf8')).toBe(expected('md', 'en'));
  });

  it('detects CSV data by its content, whatever the file is called', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'data.txt'), writeObservationsCsv(strategy, observations));
    const detected = run(['evaluate', strategyFile, '--data', 'data.txt', '--as-of', AS_OF, '--format', 'json'], { cwd: dir });
    expect(detected.status).toBe(0);
    expect(detected.stdout).toBe(expected('json', 'en'));
    const declared = run(['evaluate', strategyFile, '--data', 'data.txt', '--data-format', 'csv', '--as-of', AS_OF, '--format', 'json'], { cwd: dir });
    expect(declared.stdout).toBe(detected.stdout);
  });

  it('takes several files after one --data and checks them together', () => {
    // The same file twice: every value of the second copy duplicates one of the first.
    const result = run(['evaluate', strategyFile, '--data', observations2024, observations2024, '--as-of', AS_OF]);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('all data files');
    expect(result.stderr).toContain('DUPLICATE_OBSERVATION');
    expect(result.stderr).toMatch(/item \d+ \(.*observations-2024\.json: [A-Z]+-\d+ 2024/);
  });

  it('honours --method, --grace-days and --breakdown', () => {
    const result = run(evaluateArgs('--method', 'eurostat', '--grace-days', '75', '--breakdown', 'sex', '--format', 'json'));
    expect(result.status).toBe(0);
    const summary = summarize(evaluate(strategy, observations, { asOf: AS_OF, method: 'eurostat', graceDays: 75, breakdowns: ['sex'] }), { strategy });
    expect(result.stdout).toBe(`${JSON.stringify(summary, null, 2)}\n`);
  });
});

describe('logframe evaluate with invalid input (exit 1)', () => {
  const badCsv = 'indicator,period,value\nPOL-01,2024,1\nPOL-01,2024Q7,2\nNOPE-99,2024,3\n';

  it('lists the rejected rows with their lines and codes, and writes nothing', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'bad.csv'), badCsv);
    const result = run(['evaluate', strategyFile, '--data', 'bad.csv', '--as-of', AS_OF, '--out', 'summary.md', '--format', 'md'], { cwd: dir });
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('bad.csv: 2 rejected items');
    expect(result.stderr).toMatch(/line 3 period: .*\[PERIOD_INVALID\]/);
    expect(result.stderr).toMatch(/line 4 indicator: .*\[UNKNOWN_INDICATOR\]/);
    expect(result.stderr).toContain('--allow-rejected');
    // No --out file, and no temporary file left behind.
    expect(listing(dir)).toEqual(['bad.csv']);
  });

  it('goes on without the rejected rows with --allow-rejected', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'bad.csv'), badCsv);
    const result = run(['evaluate', strategyFile, '--data', 'bad.csv', '--as-of', AS_OF, '--allow-rejected', '--out', 'summary.txt'], { cwd: dir });
    expect(result.status).toBe(0);
    expect(result.stderr).toContain('2 rejected items left out');
    expect(existsSync(join(dir, 'summary.txt'))).toBe(true);
  });

  it('lists every problem of an invalid strategy on stderr, and writes nothing', () => {
    const dir = tempDir();
    const broken = JSON.parse(readFileSync(strategyFile, 'utf8')) as { indicators: { lead?: string }[] };
    broken.indicators[0]!.lead = 'NOBODY';
    broken.indicators[4]!.lead = 'NOBODY';
    writeFileSync(join(dir, 'strategy.json'), JSON.stringify(broken));
    const result = run(['evaluate', 'strategy.json', '--data', observations2024, '--as-of', AS_OF, '--out', 'out.html'], { cwd: dir });
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('strategy.json: 2 errors');
    expect(result.stderr).toContain('error UNKNOWN_REFERENCE (2)');
    expect(result.stderr).toContain('indicators[0].lead');
    expect(listing(dir)).toEqual(['strategy.json']);
  });

  it('rejects a data file that is not valid JSON', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'data.json'), '[{"indicator": "POL-01",');
    const result = run(['evaluate', strategyFile, '--data', 'data.json', '--as-of', AS_OF], { cwd: dir });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('JSON_INVALID');
  });

  it('asks for the mapping when the data is DHIS2 (exit 2)', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'dhis2.json'), JSON.stringify({ dataValues: [] }));
    const result = run(['evaluate', strategyFile, '--data', 'dhis2.json', '--as-of', AS_OF], { cwd: dir });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('--mapping');
  });
});

describe('logframe evaluate with wrong usage (exit 2)', () => {
  it.each([
    ['no --as-of', ['evaluate', strategyFile, '--data', observations2024], '--as-of'],
    ['a malformed --as-of', evaluateArgs().map((arg) => (arg === AS_OF ? '2025-02-30' : arg)), 'YYYY-MM-DD'],
    ['a bad --format', evaluateArgs('--format', 'pdf'), '--format'],
    ['a bad --lang', evaluateArgs('--lang', 'fr'), '--lang'],
    ['an unknown --method', evaluateArgs('--method', 'magic'), '--method'],
    ['a bad --grace-days', evaluateArgs('--grace-days', 'soon'), '--grace-days'],
    ['an unknown --breakdown', evaluateArgs('--breakdown', 'planet'), '--breakdown'],
    ['--fragment without html', evaluateArgs('--fragment'), '--fragment'],
    ['an unknown option', evaluateArgs('--colour'), "'--colour'"],
    ['no data', ['evaluate', strategyFile, '--as-of', AS_OF], '--data'],
    ['no strategy', ['evaluate', '--as-of', AS_OF], 'strategy'],
    ['a missing file', ['evaluate', 'nowhere.json', '--data', observations2024, '--as-of', AS_OF], 'nowhere.json'],
    ['stdin twice', ['evaluate', strategyFile, '--data', '-', '-', '--as-of', AS_OF], 'stdin'],
  ])('%s', (_name, args, mentioned) => {
    const dir = tempDir();
    const result = run([...args, '--out', join(dir, 'out.txt')]);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(mentioned);
    expect(listing(dir)).toEqual([]);
  });

  it('reads example paths relative to the working directory', () => {
    const result = run(['evaluate', 'strategy.json', '--data', 'observations-2024.json', '--as-of', AS_OF, '--format', 'csv'], { cwd: example });
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(expected('csv', 'en'));
  });
});
