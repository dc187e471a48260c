import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, test } from 'vitest';
import * as formula from '../../src/formula/index.js';
import * as problems from '../../src/problems/index.js';

// The project-wide example runner executes every public example; this one keeps the formula
// folder's examples honest on its own, with the same rule: `expression; // value` must hold.
const folder = fileURLToPath(new URL('../../src/formula/', import.meta.url));
const scope: Record<string, unknown> = { ...problems, ...formula };

function examplesOf(source: string): string[] {
  const blocks: string[] = [];
  for (const comment of source.match(/\/\*\*[\s\S]*?\*\//g) ?? []) {
    const text = comment.split('\n').map((line) => line.replace(/^\s*\*(?: |$)/, '')).join('\n');
    for (const match of text.matchAll(/```ts\n([\s\S]*?)```/g)) blocks.push(match[1] ?? '');
  }
  return blocks;
}

function run(example: string): number {
  let claims = 0;
  const body = example.split('\n').map((line) => {
    const claim = /^(.*?);\s*\/\/\s*(.+)$/.exec(line);
    if (claim === null) return line;
    claims += 1;
    return `__expect(${claim[1] ?? ''}, (${claim[2] ?? ''}), ${JSON.stringify(line)});`;
  }).join('\n');
  const js = ts.transpileModule(body, { compilerOptions: { target: ts.ScriptTarget.ES2022 } }).outputText;
  const names = Object.keys(scope);
  const expectValue = (actual: unknown, expected: unknown, line: string): void => {
    expect(actual, line).toStrictEqual(expected);
  };
  // eslint-disable-next-line @typescript-eslint/no-implied-eval -- the examples are our own source
  new Function(...names, '__expect', js)(...names.map((name) => scope[name]), expectValue);
  return claims;
}

const files = readdirSync(folder).filter((file) => file.endsWith('.ts'));

describe('doc examples in src/formula', () => {
  test('a false claim fails', () => {
    expect(() => run('FORMULA_MAX_DEPTH; // 49')).toThrow();
  });

  test('every public export of the folder has an example', () => {
    const documented = new Set(files.flatMap((file) => examplesOf(readFileSync(folder + file, 'utf8')).length > 0 ? [file] : []));
    for (const file of ['checkFormula.ts', 'compileFormula.ts', 'CompiledFormula.ts', 'formatCycle.ts', 'formulaOrder.ts', 'limits.ts', 'round.ts']) {
      expect(documented.has(file), file).toBe(true);
    }
  });

  for (const file of files) {
    examplesOf(readFileSync(folder + file, 'utf8')).forEach((example, index) => {
      test(`${file} example ${index + 1}`, () => {
        expect(run(example)).toBeGreaterThan(0);
      });
    });
  }
});
