// Keeps test/reliability/CHECKLIST.md honest: every one of the 30 checks is mapped, every file it
// names exists, and every quoted test name occurs in that file.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers.js';

const text = readFileSync(join(import.meta.dirname, 'CHECKLIST.md'), 'utf8');
const rows = text.split('\n').filter((line) => line.startsWith('| ') && /`(test|scripts)\//.test(line));
const REFERENCE = /`((?:test|scripts)\/[^`]+)`((?:\s*"[^"]*",?)*)/g;

/** Every (file, name) pair a row names. */
function references(row: string): Array<[string, string]> {
  const found: Array<[string, string]> = [];
  for (const match of row.matchAll(REFERENCE)) {
    const names = [...(match[2] ?? '').matchAll(/"([^"]*)"/g)].map((name) => name[1] ?? '');
    for (const name of names) found.push([match[1] ?? '', name]);
    if (names.length === 0) found.push([match[1] ?? '', '']);
  }
  return found;
}

describe('test/reliability/CHECKLIST.md', () => {
  it('maps each of the 30 checks, in order', () => {
    const numbers = rows.map((row) => /^\| (\d+) \|/.exec(row)?.[1]).filter((number): number is string => number !== undefined).map(Number);
    expect(numbers).toEqual(Array.from({ length: 30 }, (_, index) => index + 1));
  });

  it.each(rows.map((row) => [row.split('|')[1]?.trim() ?? '', row] as const))('row %s names files that exist and test names that occur in them', (_, row) => {
    const pairs = references(row);
    expect(pairs.length).toBeGreaterThan(0);
    for (const [file, name] of pairs) {
      const path = join(ROOT, file);
      expect(existsSync(path), file).toBe(true);
      if (name !== '') expect(readFileSync(path, 'utf8').includes(name), `${file}: "${name}"`).toBe(true);
    }
  });
});
