// House rules for src/io that the compiler does not check: library code runs in browsers (no Node
// built-ins), folders re-export by name, files stay small.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root } from './helpers.js';

const folder = join(root, 'src', 'io');
const files = (function list(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? list(join(dir, name)) : name.endsWith('.ts') ? [join(dir, name)] : []));
})(folder);

describe('src/io layout', () => {
  it.each(files.map((file) => [relative(root, file), readFileSync(file, 'utf8')] as const))('%s uses no Node built-in, no export *, and stays under 400 lines', (_, text) => {
    expect(text).not.toMatch(/from ['"](node:|fs|path|stream|buffer|os|util|events|crypto)['"/]/);
    expect(text).not.toMatch(/\b(Buffer|process)\./);
    expect(text).not.toMatch(/^export \*/m);
    expect(text.split('\n').length).toBeLessThanOrEqual(400);
  });
});
