import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run, strategyFile, tempDir } from './helpers.js';

describe('logframe init', () => {
  it('writes a minimal plan and its data template into the working directory', () => {
    const dir = tempDir();
    const result = run(['init'], { cwd: dir });
    expect(result.status).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(['observations.csv', 'strategy.json']);
    expect(result.stderr).toContain('logframe evaluate strategy.json --data observations.csv');
    const header = readFileSync(join(dir, 'observations.csv'), 'utf8').replace(/^\uFEFF/, '').split('\r\n')[0];
    expect(header).toMatch(/^indicator,.*period,.*value/);
    // The starter plan is valid as written.
    expect(run(['validate', 'strategy.json'], { cwd: dir }).status).toBe(0);
  });

  it('writes the Cambodia plan into a new directory', () => {
    const dir = tempDir();
    const result = run(['init', 'plans/kh', '--template', 'cambodia'], { cwd: dir });
    expect(result.status).toBe(0);
    const written = JSON.parse(readFileSync(join(dir, 'plans/kh/strategy.json'), 'utf8')) as unknown;
    expect(written).toEqual(JSON.parse(readFileSync(strategyFile, 'utf8')));
    // The template is the busiest ministry's, for the first plan year, ready to fill in.
    expect(readFileSync(join(dir, 'plans/kh/observations.csv'), 'utf8')).toMatch(/\r\n[A-Z]+-\d+,.*,2024(Q\d|S\d|\d\d)?,/);
    const check = run(['validate', 'plans/kh/strategy.json', '--data', 'plans/kh/observations.csv'], { cwd: dir });
    expect(check.status).toBe(0);
  });

  it('refuses to overwrite (exit 1) and leaves every file as it was', () => {
    const dir = tempDir();
    expect(run(['init'], { cwd: dir }).status).toBe(0);
    writeFileSync(join(dir, 'strategy.json'), '{ "mine": true }\n');
    const before = readdirSync(dir).map((name) => [name, readFileSync(join(dir, name), 'utf8'), statSync(join(dir, name)).mtimeMs]);
    const result = run(['init', '--template', 'cambodia'], { cwd: dir });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('Refusing to overwrite');
    expect(readdirSync(dir).map((name) => [name, readFileSync(join(dir, name), 'utf8'), statSync(join(dir, name)).mtimeMs])).toEqual(before);
  });

  it('writes neither file when only one of them exists', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'observations.csv'), 'mine\n');
    const result = run(['init', '.'], { cwd: dir });
    expect(result.status).toBe(1);
    expect(existsSync(join(dir, 'strategy.json'))).toBe(false);
    expect(readFileSync(join(dir, 'observations.csv'), 'utf8')).toBe('mine\n');
  });

  it('is wrong usage (exit 2) with an unknown template or two directories', () => {
    const dir = tempDir();
    for (const args of [['init', '--template', 'huge'], ['init', 'a', 'b']]) {
      const result = run(args, { cwd: dir });
      expect(result.status, args.join(' ')).toBe(2);
    }
    expect(readdirSync(dir)).toEqual([]);
  });
});
