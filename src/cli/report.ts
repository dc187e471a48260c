// Shows problems to a person: grouped by severity and code, counted, each with where it is and the
// sentence that says how to fix it. Errors come before warnings, codes in a stable order.
import { formatPath } from './library.js';
import type { PathSegment, Problem, RejectedItem } from './library.js';

/** `1 error`, `2 errors`. */
export function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

/** `2 errors, 1 warning`; only the parts that are not zero (`no problems` when both are). */
export function countText(problems: readonly Problem[]): string {
  const errors = problems.filter((problem) => problem.severity === 'error').length;
  const warnings = problems.length - errors;
  const parts = [...(errors > 0 ? [plural(errors, 'error')] : []), ...(warnings > 0 ? [plural(warnings, 'warning')] : [])];
  return parts.length === 0 ? 'no problems' : parts.join(', ');
}

/**
 * Lines listing problems under `label`, grouped by severity and code with a count per group.
 * `locate` names an item whose path starts with its index (default: the path as written).
 */
export function describeProblems(problems: readonly Problem[], label: string, locate?: (path: readonly PathSegment[]) => string): string[] {
  if (problems.length === 0) return [];
  const lines = [`${label}: ${countText(problems)}`];
  for (const [key, group] of groupByCode(problems)) {
    lines.push(`  ${key} (${group.length})`);
    for (const problem of group) lines.push(`    ${locate ? locate(problem.path) : formatPath(problem.path)}: ${problem.message}`);
  }
  return lines;
}

/** One line per severity and code with its count, for commands that only mention warnings. */
export function describeProblemCounts(problems: readonly Problem[], label: string): string[] {
  if (problems.length === 0) return [];
  const groups = [...groupByCode(problems)].map(([key, group]) => `${key.replace(/^\S+ /, '')} ×${group.length}`);
  return [`${label}: ${countText(problems)} (${groups.join(', ')})`];
}

/** Lines listing rejected rows or items with their line number (or `locate`), each reason with its code. */
export function describeRejected(rejected: readonly RejectedItem[], label: string, locate?: (item: RejectedItem) => string): string[] {
  if (rejected.length === 0) return [];
  const lines = [`${label}: ${plural(rejected.length, 'rejected item')}`];
  for (const item of rejected) {
    const where = locate ? locate(item) : item.line === undefined ? `item ${item.index}` : `line ${item.line}`;
    for (const problem of item.problems) {
      lines.push(`  ${where}${problem.path.length > 0 ? ` ${formatPath(problem.path)}` : ''}: ${problem.message} [${problem.code}]`);
    }
  }
  return lines;
}

/** Problems grouped under `error CODE` / `warning CODE`, errors first, codes in order. */
function groupByCode(problems: readonly Problem[]): Map<string, Problem[]> {
  const sorted = [...problems].sort((a, b) => rank(a) - rank(b) || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  const groups = new Map<string, Problem[]>();
  for (const problem of sorted) {
    const key = `${problem.severity} ${problem.code}`;
    const group = groups.get(key);
    if (group) group.push(problem);
    else groups.set(key, [problem]);
  }
  return groups;
}

function rank(problem: Problem): number {
  return problem.severity === 'error' ? 0 : 1;
}
