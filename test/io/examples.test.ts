// Runs the @example blocks of src/io with the same rules as test/examples.test.ts (every public
// export in scope, `expression; // value` asserts), so that the io examples are checked even before
// src/index.ts re-exports the io folder.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { transformSync } from 'esbuild';
import { describe, expect, it } from 'vitest';
import * as api from '../../src/index.js';
import * as io from '../../src/io/index.js';

const root = join(import.meta.dirname, '..', '..');
const scope: Record<string, unknown> = { ...api, ...io };

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return name.endsWith('.ts') ? [path] : [];
  });
}

function extractExamples(file: string): { file: string; line: number; code: string }[] {
  const text = readFileSync(file, 'utf8');
  const examples: { file: string; line: number; code: string }[] = [];
  for (const comment of text.matchAll(/\/\*\*[\s\S]*?\*\//g)) {
    const body = comment[0].split('\n').map((line) => line.replace(/^\s*\*(?: |$)/, '')).join('\n');
    const at = body.indexOf('@example');
    if (at === -1) continue;
    const line = text.slice(0, comment.index).split('\n').length;
    for (const match of body.slice(at).matchAll(/```ts\n([\s\S]*?)```/g)) examples.push({ file: relative(root, file), line, code: match[1] ?? '' });
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
  expect(actual, shown).toEqual(expected);
}

const examples = sourceFiles(join(root, 'src', 'io')).flatMap(extractExamples);
const AsyncFunction = Object.getPrototypeOf(async () => undefined).constructor as new (...args: string[]) => (...args: unknown[]) => Promise<unknown>;

describe('@example blocks in src/io', () => {
  it('every exported function, constant and class of src/io has an example', () => {
    const documented = new Set(examples.map((example) => example.file));
    for (const file of sourceFiles(join(root, 'src', 'io'))) {
      const text = readFileSync(file, 'utf8');
      if (/^export (async )?(function|const|class) /m.test(text) && /\/\*\*[\s\S]*@category/.test(text)) {
        expect(documented.has(relative(root, file)), relative(root, file)).toBe(true);
      }
    }
  });
  for (const example of examples) {
    it(`${example.file}:${example.line}`, async () => {
      const { code, claims } = instrument(example.code);
      expect(claims, 'an example shows at least one value').toBeGreaterThan(0);
      const js = transformSync(code, { loader: 'ts', format: 'esm' }).code;
      const names = Object.keys(scope);
      const run = new AsyncFunction(...names, '__expect', js);
      await run(...names.map((name) => scope[name]), expectValue);
    });
  }
});
