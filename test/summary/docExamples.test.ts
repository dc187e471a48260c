// The project-wide runner (test/examples.test.ts) executes every example with the public API in
// scope once src/index.ts re-exports this stage; this one keeps the examples of src/summary,
// src/render/labels and src/render/format honest on their own, with the same rules.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { transformSync } from 'esbuild';
import { describe, expect, it } from 'vitest';
import * as api from '../../src/index.js';
import * as format from '../../src/render/format/index.js';
import * as labels from '../../src/render/labels/index.js';
import { evaluate } from '../../src/rollup/evaluate.js';
import * as summary from '../../src/summary/index.js';

const root = join(import.meta.dirname, '../..');
const folders = ['src/summary', 'src/render/labels', 'src/render/format'];
const scope: Record<string, unknown> = { ...api, evaluate, ...summary, ...labels, ...format };

interface Example { readonly file: string; readonly line: number; readonly code: string }

function extractExamples(file: string): Example[] {
  const text = readFileSync(file, 'utf8');
  const examples: Example[] = [];
  for (const match of text.matchAll(/@example\s*\n((?:\s*\*.*\n)*?)\s*\*\s*(?=@|\/)/g)) {
    const body = (match[1] ?? '').split('\n').map((line) => line.replace(/^\s*\* ?/, ''));
    const start = body.findIndex((line) => line.startsWith('```'));
    const end = body.findIndex((line, index) => index > start && line.startsWith('```'));
    if (start < 0 || end < 0) continue;
    examples.push({ file: relative(root, file), line: text.slice(0, match.index).split('\n').length, code: body.slice(start + 1, end).join('\n') });
  }
  return examples;
}

const STATEMENT = /^(const|let|var|if|for|while|return|throw|try|}|import|export|function|class|type|interface)\b/;

function instrument(code: string): { code: string; claims: number } {
  const lines = code.split('\n');
  const out: string[] = [];
  let claims = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const inline = /^(\s*)(.+?);\s*\/\/\s*(.+)$/.exec(line);
    if (inline && !STATEMENT.test((inline[2] ?? '').trim())) {
      out.push(`${inline[1] ?? ''}__expect(${inline[2] ?? ''}, ${JSON.stringify(inline[3] ?? '')});`);
      claims += 1;
      continue;
    }
    const plain = /^(\s*)(.+);\s*$/.exec(line);
    const comment = /^\s*\/\/\s*(.+)$/.exec(lines[i + 1] ?? '');
    if (plain && comment && !STATEMENT.test((plain[2] ?? '').trim()) && !line.trim().startsWith('//')) {
      out.push(`${plain[1] ?? ''}__expect(${plain[2] ?? ''}, ${JSON.stringify(comment[1] ?? '')});`);
      claims += 1;
      i++;
      continue;
    }
    out.push(line);
  }
  return { code: out.join('\n'), claims };
}

function expectValue(actual: unknown, shown: string): void {
  const expected: unknown = (0, eval)(`(${shown})`);
  if (typeof expected === 'number' && typeof actual === 'number') {
    const decimals = (/\.(\d+)/.exec(shown)?.[1] ?? '').length;
    expect(Math.abs(actual - expected), `expected ${shown}, got ${String(actual)}`).toBeLessThanOrEqual(0.5 * 10 ** -decimals + 1e-12);
    return;
  }
  expect(actual).toEqual(expected);
}

const files = folders.flatMap((folder) => readdirSync(join(root, folder)).filter((name) => name.endsWith('.ts')).map((name) => join(root, folder, name)));
const examples = files.flatMap(extractExamples);
const AsyncFunction = Object.getPrototypeOf(async () => undefined).constructor as new (...args: string[]) => (...args: unknown[]) => Promise<unknown>;

describe('doc examples of the summary stage', () => {
  it('finds them', () => {
    expect(examples.length).toBeGreaterThan(30);
  });

  it('a false claim fails', async () => {
    const { code } = instrument("formatNumber(2.5); // '2'");
    const run = new AsyncFunction(...Object.keys(scope), '__expect', transformSync(code, { loader: 'ts', format: 'esm' }).code);
    await expect(run(...Object.values(scope), expectValue)).rejects.toThrow();
  });

  for (const example of examples) {
    it(`${example.file}:${example.line}`, async () => {
      const { code, claims } = instrument(example.code);
      expect(claims).toBeGreaterThan(0);
      const names = Object.keys(scope);
      const run = new AsyncFunction(...names, '__expect', transformSync(code, { loader: 'ts', format: 'esm' }).code);
      await run(...names.map((name) => scope[name]), expectValue);
    });
  }
});
