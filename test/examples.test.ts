// Runs every `@example` block of the public API, so that no example in the docs can rot.
// Each example runs with every public export in scope. A line `expression; // value` (or an
// expression statement followed by a comment line holding the value) asserts that the expression
// equals the value; numbers are compared at the precision the comment shows.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { transformSync } from 'esbuild';
import { describe, expect, it } from 'vitest';
import * as api from '../src/index.js';

const root = join(import.meta.dirname, '..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'cli' ? [] : sourceFiles(path);
    return name.endsWith('.ts') ? [path] : [];
  });
}

export interface Example {
  readonly file: string;
  readonly line: number;
  readonly code: string;
}

export function extractExamples(file: string): Example[] {
  const text = readFileSync(file, 'utf8');
  const examples: Example[] = [];
  const pattern = /@example\s*\n((?:\s*\*.*\n)*?)(?=\s*\*\/|\s*\*\s*@)/g;
  for (const match of text.matchAll(pattern)) {
    const body = (match[1] ?? '').split('\n').map((line) => line.replace(/^\s*\* ?/, ''));
    const start = body.findIndex((line) => line.startsWith('```'));
    const end = body.findIndex((line, index) => index > start && line.startsWith('```'));
    if (start < 0 || end < 0) continue;
    const line = text.slice(0, match.index).split('\n').length;
    examples.push({ file: relative(root, file), line, code: body.slice(start + 1, end).join('\n') });
  }
  return examples;
}

const STATEMENT = /^(const|let|var|if|for|while|return|throw|try|}|import|export|function|class|type|interface)\b/;

export function instrument(code: string): string {
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

function decimalsOf(text: string): number {
  const match = /\.(\d+)/.exec(text);
  return match ? (match[1] ?? '').length : 0;
}

function expectValue(actual: unknown, shown: string): void {
  const expected: unknown = (0, eval)(`(${shown})`);
  if (typeof expected === 'number' && typeof actual === 'number') {
    const tolerance = 0.5 * 10 ** -decimalsOf(shown) + 1e-12;
    expect(Math.abs(actual - expected), `expected ${shown}, got ${String(actual)}`).toBeLessThanOrEqual(tolerance);
    return;
  }
  expect(actual).toEqual(expected);
}

const examples = sourceFiles(join(root, 'src')).flatMap(extractExamples);
const AsyncFunction = Object.getPrototypeOf(async () => undefined).constructor as new (...args: string[]) => (...args: unknown[]) => Promise<unknown>;

describe('@example blocks', () => {
  it('finds examples', () => {
    expect(examples.length).toBeGreaterThan(20);
  });
  for (const example of examples) {
    it(`${example.file}:${example.line}`, async () => {
      const js = transformSync(instrument(example.code), { loader: 'ts', format: 'esm' }).code;
      const names = Object.keys(api);
      const run = new AsyncFunction(...names, '__expect', js);
      await run(...names.map((name) => (api as Record<string, unknown>)[name]), expectValue);
    });
  }
});
