import { expect } from 'vitest';
import { LogframeError } from '../../src/problems/index.js';
import type { Problem } from '../../src/problems/index.js';

/** Runs `fn`, expects one LogframeError with exactly one problem, and returns that problem. */
export function problemOf(fn: () => unknown): Problem {
  let caught: unknown;
  try {
    fn();
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(LogframeError);
  const problems = (caught as LogframeError).problems;
  expect(problems).toHaveLength(1);
  const [problem] = problems;
  expect(problem?.severity).toBe('error');
  expect(problem?.path).toEqual([]);
  return problem as Problem;
}
