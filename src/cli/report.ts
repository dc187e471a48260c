// Shows problems to a person: grouped by code, counted, each with its path and sentence.
import { formatPath } from '../problems/index.js';
import type { Problem, RejectedItem } from '../index.js';

/** Lines describing problems, grouped by code, errors first. */
export function describeProblems(problems: readonly Problem[], label: string): string[] {
  if (problems.length === 0) return [];
  const errors = problems.filter((problem) => problem.severity === 'error').length;
  const warnings = problems.length - errors;
  const lines = [`${label}: ${count(errors, 'error')}${warnings > 0 ? `, ${count(warnings, 'warning')}` : ''}`];
  const groups = new Map<string, Problem[]>();
  for (const problem of problems) {
    const key = `${problem.severity}\u0000${problem.code}`;
    groups.set(key, [...(groups.get(key) ?? []), problem]);
  }
  for (const [key, group] of [...groups].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const [severity = '', code = ''] = key.split('\u0000');
    lines.push(`  ${severity} ${code} (${group.length})`);
    for (const problem of group) lines.push(`    ${formatPath(problem.path)}: ${problem.message}`);
  }
  return lines;
}

/** Lines describing rejected rows or items, with their line numbers. */
export function describeRejected(rejected: readonly RejectedItem[], source: string): string[] {
  if (rejected.length === 0) return [];
  const lines = [`${source}: ${count(rejected.length, 'rejected item')}`];
  for (const item of rejected) {
    const where = item.line === undefined ? `item ${item.index}` : `line ${item.line}`;
    for (const problem of item.problems) lines.push(`  ${where}${problem.path.length > 0 ? ` ${formatPath(problem.path)}` : ''}: ${problem.message} [${problem.code}]`);
  }
  return lines;
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
