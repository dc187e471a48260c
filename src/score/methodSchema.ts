// Apart from resolveMethod (method.ts) so that code resolving a method does not pull zod into a
// bundle: resolveMethod checks with checkMethodShape, which these schemas specify and test.
import * as z from 'zod';
import { thresholdProblems } from './method.js';

/**
 * The shape of a custom method, before its thresholds are checked against the preset's: what
 * {@link checkMethodShape} does by hand, and the oracle its property test compares it with.
 */
export const MethodShapeSchema = z.strictObject({
  /** The base preset: its classification is used and its thresholds are the defaults. */
  preset: z.enum(['default', 'eurostat', 'opensdg', 'unsd2023', 'escap', 'tolaactivity']),
  /** Thresholds that replace the preset's, by name (e.g. `{ onTrack: 0.85 }`); the others keep the preset's values. */
  thresholds: z.record(z.string(), z.number()).optional(),
});

/**
 * A custom scoring method: a base preset and thresholds that replace some of its own. Unknown
 * fields, unknown threshold names, non-finite values and thresholds out of order (e.g. an at-risk
 * limit above the on-track one) are rejected.
 *
 * @example
 * ```ts
 * MethodSchema.parse({ preset: 'default', thresholds: { onTrack: 0.85 } }).thresholds; // { onTrack: 0.85 }
 * MethodSchema.safeParse({ preset: 'default', thresholds: { onTrack: 0.5 } }).success; // false
 * MethodSchema.safeParse({ preset: 'default', colour: 'red' }).success; // false
 * ```
 *
 * @category Scoring
 */
export const MethodSchema = MethodShapeSchema.superRefine((method, context) => {
  for (const problem of thresholdProblems(method.preset, method.thresholds ?? {})) {
    context.addIssue({ code: 'custom', message: problem.message, path: problem.path.slice(1) });
  }
});
