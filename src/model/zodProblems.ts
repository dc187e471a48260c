import type * as z from 'zod';
import type { PathSegment, Problem } from '../problems/index.js';
import { capitalise, describeExpected, describeInput } from '../problems/describeValue.js';

type Issue = z.core.$ZodIssue;

/**
 * Turns zod's issues into `Problem`s with stable codes and sentences that say how to fix them.
 *
 * @param issues - The issues of a failed `safeParse` (run with `reportInput: true` so that the
 *   messages can name what was found).
 * @param prefix - A path to put in front of every problem's path.
 * @returns One problem per issue (one per key for unknown keys).
 *
 * @example
 * ```ts
 * const result = ActorSchema.safeParse({ id: 'MOJ' }, { reportInput: true });
 * if (!result.success) problemsFromZod(result.error.issues)[0]?.code; // 'REQUIRED'
 * ```
 *
 * @category Validation
 */
export function problemsFromZod(issues: readonly Issue[], prefix: readonly PathSegment[] = []): Problem[] {
  const problems: Problem[] = [];
  for (const issue of issues) convert(issue, prefix, problems);
  return problems;
}

function convert(issue: Issue, prefix: readonly PathSegment[], problems: Problem[]): void {
  const path: PathSegment[] = [...prefix, ...issue.path.map((segment) => (typeof segment === 'symbol' ? String(segment) : segment))];
  const push = (code: string, message: string) => problems.push({ path, code, message, severity: 'error' });
  const input: unknown = issue.input;
  switch (issue.code) {
    case 'invalid_type':
      if (input === undefined) push('REQUIRED', `This field is required: give a ${describeExpected(issue.expected)}.`);
      else push('WRONG_TYPE', `Expected a ${describeExpected(issue.expected)} but found ${describeInput(input)}.`);
      return;
    case 'unrecognized_keys':
      for (const key of issue.keys) {
        problems.push({ path: [...path, key], code: 'UNKNOWN_KEY', severity: 'error', message: `Unknown field "${key}": remove it or check its spelling (fields are case-sensitive).` });
      }
      return;
    case 'invalid_union': {
      const branch = closestBranch(issue.errors);
      if (branch) {
        for (const inner of branch) convert(inner, path, problems);
        return;
      }
      push('WRONG_TYPE', `Found ${describeInput(input)}, which is not allowed here: ${unionHint(issue.errors)}.`);
      return;
    }
    case 'invalid_value':
      push('INVALID_VALUE', `Found ${describeInput(input)}; use one of: ${issue.values.map((value) => JSON.stringify(value)).join(', ')}.`);
      return;
    case 'too_small':
      push('TOO_SMALL', issue.origin === 'array' || issue.origin === 'string'
        ? `Too short: give at least ${String(issue.minimum)} ${issue.origin === 'array' ? 'item' : 'character'}${Number(issue.minimum) === 1 ? '' : 's'}.`
        : `Too small: the value must be ${issue.inclusive === false ? 'more than' : 'at least'} ${String(issue.minimum)}.`);
      return;
    case 'too_big':
      push('TOO_BIG', issue.origin === 'array' || issue.origin === 'string'
        ? `Too long: give at most ${String(issue.maximum)} ${issue.origin === 'array' ? 'item' : 'character'}s.`
        : `Too large: the value must be ${issue.inclusive === false ? 'less than' : 'at most'} ${String(issue.maximum)}.`);
      return;
    case 'invalid_format':
      push('INVALID_FORMAT', `${capitalise(issue.message)}; found ${describeInput(input)}.`);
      return;
    case 'not_multiple_of':
      push('INVALID_VALUE', `The value must be a multiple of ${String(issue.divisor)}.`);
      return;
    case 'invalid_key':
      push('INVALID_KEY', `Invalid key: ${issue.message}.`);
      return;
    case 'invalid_element':
      push('INVALID_VALUE', issue.message);
      return;
    case 'custom':
      push('INVALID_VALUE', `${capitalise(issue.message)}${/[.!]$/.test(issue.message) ? '' : '.'}`);
      return;
  }
}

// A union's most informative branch is the one that got furthest into the input: its issues have
// paths, so the input had the right outer shape for it.
function closestBranch(branches: readonly (readonly Issue[])[]): readonly Issue[] | undefined {
  let best: readonly Issue[] | undefined;
  let bestDepth = 0;
  for (const branch of branches) {
    const depth = Math.min(...branch.map((issue) => (issue.code === 'invalid_type' && issue.path.length === 0 ? 0 : issue.path.length + 1)));
    if (depth > bestDepth) {
      best = branch;
      bestDepth = depth;
    }
  }
  return best;
}

function unionHint(branches: readonly (readonly Issue[])[]): string {
  const expected = new Set<string>();
  for (const branch of branches) {
    for (const issue of branch) {
      if (issue.path.length === 0 && issue.code === 'invalid_type') expected.add(describeExpected(issue.expected));
    }
  }
  return expected.size > 0 ? `expected a ${[...expected].join(' or a ')}` : 'check its format';
}
