// Runs the `@example` blocks of src/score with the public API and the scoring exports in scope, the
// way test/examples.test.ts runs every example once src/index.ts re-exports this folder.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { transformSync } from 'esbuild';
import { describe, expect, it } from 'vitest';
import * as root from '../../src/index.js';
import * as score from '../../src/score/index.js';

const api: Record<string, unknown> = { ...root, ...score };
const folder = join(import.meta.dirname, '..', '..', 'src', 'score');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : name.endsWith('.ts') ? [path] : [];
  });
}

function examplesOf(file: string): { line: number; code: string }[] {
  const text = readFileSync(file, 'utf8');
  const found: { line: number; code: string }[] = [];
  for (const match of text.matchAll(/@example\s*\n((?:\s*\*.*\n)*?)\s*\*\s*(?=@|\/)/g)) {
    const body = (match[1] ?? '').split('\n').map((line) => line.replace(/^\s*\* ?/, ''));
    const start = body.findIndex((line) => line.startsWith('```'));
    const end = body.findIndex((line, index) => index > start && line.startsWith('```'));
    if (start >= 0 && end > start) found.push({ line: text.slice(0, match.index).split('\n').length, code: body.slice(start + 1, end).join('\n') });
  }
  return found;
}

const STATEMENT = /^(const|let|var|if|for|while|return|throw|try|}|import|export|function|class|type|interface)\b/;

function instrument(code: string): string {
  const lines = code.split('\n');
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const inline = /^(\s*)(.+?);\s*\/\/\s*(.+)$/.exec(line);
    if (inline && !STATEMENT.test((inline[2] ?? '').trim())) {
      out.push(`${inline[1] ?? ''}__expect(${inline[2] ?? ''}, ${JSON.stringify(inline[3] ?? '')});`);
      continue;
    }
    const next = lines[i + 1] ?? '';
    const plain = /^(\s*)(.+);\s*$/.exec(line);
    const comment = /^\s*\/\/\s*(.+)$/.exec(next);
    if (plain && comment && !STATEMENT.test((plain[2] ?? '').trim()) && !line.trim().startsWith('//')) {
      out.push(`${plain[1] ?? ''}__expect(${plain[2] ?? ''}, ${JSON.stringify(comment[1] ?? '')});`);
      i++;
      continue;
    }
    out.push(line);
  }
  return out.join('\n');
}

function expectValue(actual: unknown, shown: string): void {
  const expected: unknown = (0, eval)(`(${shown})`);
  if (typeof expected === 'number' && typeof actual === 'number') {
    const decimals = /\.(\d+)/.exec(shown)?.[1]?.length ?? 0;
    expect(Math.abs(actual - expected), `expected ${shown}, got ${String(actual)}`).toBeLessThanOrEqual(0.5 * 10 ** -decimals + 1e-12);
    return;
  }
  expect(actual).toEqual(expected);
}

const AsyncFunction = Object.getPrototypeOf(async () => undefined).constructor as new (...args: string[]) => (...args: unknown[]) => Promise<unknown>;
const examples = files(folder).flatMap((file) => examplesOf(file).map((example) => ({ ...example, file: relative(folder, file) })));

describe('src/score @example blocks', () => {
  it('finds the examples', () => {
    expect(examples.length).toBeGreaterThan(20);
  });
  for (const example of examples) {
    it(`${example.file}:${example.line}`, async () => {
      const js = transformSync(instrument(example.code), { loader: 'ts', format: 'esm' }).code;
      const names = Object.keys(api);
      const run = new AsyncFunction(...names, '__expect', js);
      await run(...names.map((name) => api[name]), expectValue);
    });
  }
});
