import type * as z from 'zod';
import type { PathSegment, Problem } from '../problems/index.js';
import type { MethodShapeSchema } from './methodSchema.js';
import { checkEnum, checkNumber, invalidRecordKey, isObjectInput, isRecordInput, unknownKeys, wrongType } from './optionChecks.js';
import type { Checked } from './optionChecks.js';

// Why by hand: `MethodShapeSchema.safeParse` in resolveMethod was one of the reasons the evaluate +
// summarize + toHtml bundle carried zod (docs/performance.md, bundle budgets). MethodShapeSchema
// stays the specification and the oracle: test/score/checkMethodShape.prop.test.ts asserts that this
// gives exactly what its safeParse and problemsFromZod give (see optionChecks.ts).

/**
 * A custom method whose shape is checked (its thresholds not yet against the preset's).
 */
export type MethodShape = z.output<typeof MethodShapeSchema>;

const KEYS = ['preset', 'thresholds'];
const PRESET_IDS = ['default', 'eurostat', 'opensdg', 'unsd2023', 'escap', 'tolaactivity'];

/**
 * Checks a custom method's shape as `MethodShapeSchema.safeParse` would, without zod.
 *
 * @param input - The method as given (not a preset id).
 * @param prefix - A path to put in front of every problem's path (`['method']`).
 * @returns The method as zod outputs it (thresholds copied, an own `__proto__` key dropped), or
 *   every problem found — the problems `problemsFromZod` makes of the schema's issues.
 */
export function checkMethodShape(input: unknown, prefix: readonly PathSegment[]): Checked<MethodShape> {
  const problems: Problem[] = [];
  if (!isObjectInput(input)) {
    wrongType(problems, prefix, 'object', input);
    return { ok: false, problems };
  }
  const out: Record<string, unknown> = {};
  const preset = input.preset;
  checkEnum(problems, [...prefix, 'preset'], preset, PRESET_IDS);
  if ('preset' in input) out.preset = preset;
  if ('thresholds' in input) {
    const thresholds = input.thresholds;
    out.thresholds = thresholds === undefined ? undefined : checkThresholds(problems, [...prefix, 'thresholds'], thresholds);
  }
  unknownKeys(problems, prefix, input, KEYS);
  return problems.length > 0 ? { ok: false, problems } : { ok: true, value: out as MethodShape };
}

// zod's record of numbers: every own enumerable key (symbols included, an own `__proto__` skipped).
function checkThresholds(problems: Problem[], path: readonly PathSegment[], value: unknown): unknown {
  if (!isRecordInput(value)) {
    wrongType(problems, path, 'record', value);
    return value;
  }
  const out: Record<string, unknown> = {};
  for (const key of Reflect.ownKeys(value)) {
    if (key === '__proto__' || !Object.prototype.propertyIsEnumerable.call(value, key)) continue;
    if (typeof key === 'symbol') {
      invalidRecordKey(problems, [...path, String(key)]);
      continue;
    }
    const number = value[key];
    checkNumber(problems, [...path, key], number, {});
    out[key] = number;
  }
  return out;
}
