import type { PathSegment } from './Problem.js';

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/**
 * Shows a path the way a person reads it: `indicators[3].targets.2026`.
 *
 * Keys that are not plain identifiers or period-like tokens are quoted, so that a key holding a
 * dot or a space cannot be mistaken for two segments.
 *
 * @param path - The path, as found in {@link Problem.path}.
 * @returns The readable path; `(root)` for an empty path.
 *
 * @example
 * ```ts
 * formatPath(['indicators', 3, 'targets', '2026']); // 'indicators[3].targets.2026'
 * formatPath([]); // '(root)'
 * ```
 *
 * @category Problems
 */
export function formatPath(path: readonly PathSegment[]): string {
  if (path.length === 0) return '(root)';
  let text = '';
  for (const segment of path) {
    if (typeof segment === 'number') text += `[${segment}]`;
    else if (IDENTIFIER.test(segment) || /^[A-Za-z0-9_-]+$/.test(segment)) text += text === '' ? segment : `.${segment}`;
    else text += `[${JSON.stringify(segment)}]`;
  }
  return text;
}
