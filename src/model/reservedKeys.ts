import type { PathSegment, Problem } from '../problems/index.js';

const RESERVED = new Set(['__proto__', 'constructor', 'prototype']);
const MAX_DEPTH = 64;

/**
 * Finds keys named `__proto__`, `constructor` or `prototype` anywhere in an input.
 *
 * zod's records drop `__proto__` silently and such keys are the way into prototype pollution, so
 * they are refused before zod sees the input. `JSON.parse` keeps `__proto__` as an own key, which
 * is why `Object.keys` finds it here. Nesting deeper than 64 levels is refused too, since no valid
 * input is that deep and a recursive walk must not overflow the stack.
 *
 * @param input - Any parsed JSON value.
 * @param prefix - A path to put in front of every problem's path.
 * @returns One problem per reserved key (code `RESERVED_KEY`) or over-deep value (`TOO_DEEP`).
 *
 * @example
 * ```ts
 * findReservedKeys(JSON.parse('{"disaggregation":{"__proto__":"x"}}'))[0]?.code; // 'RESERVED_KEY'
 * ```
 *
 * @category Validation
 */
export function findReservedKeys(input: unknown, prefix: readonly PathSegment[] = []): Problem[] {
  const problems: Problem[] = [];
  walk(input, [...prefix], 0, problems);
  return problems;
}

function walk(value: unknown, path: PathSegment[], depth: number, problems: Problem[]): void {
  if (value === null || typeof value !== 'object') return;
  if (depth > MAX_DEPTH) {
    problems.push({ path: [...path], code: 'TOO_DEEP', severity: 'error', message: `Nested more than ${MAX_DEPTH} levels deep; no valid input is, so check the structure.` });
    return;
  }
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index++) {
      path.push(index);
      walk(value[index], path, depth + 1, problems);
      path.pop();
    }
    return;
  }
  for (const key of Object.keys(value)) {
    path.push(key);
    if (RESERVED.has(key)) {
      problems.push({
        path: [...path],
        code: 'RESERVED_KEY',
        severity: 'error',
        message: `The key "${key}" is not allowed (it could change the behaviour of JavaScript objects); rename it.`,
      });
    } else {
      walk((value as Record<string, unknown>)[key], path, depth + 1, problems);
    }
    path.pop();
  }
}
