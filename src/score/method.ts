import * as z from 'zod';
import { findReservedKeys, problemsFromZod } from '../model/index.js';
import { LogframeError } from '../problems/index.js';
import type { Problem } from '../problems/index.js';
import type { Preset, PresetId } from './presets/index.js';
import { getPreset, isPresetId } from './presets/index.js';

const MethodShapeSchema = z.strictObject({
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

/**
 * A custom scoring method, as written.
 *
 * @category Scoring
 */
export type MethodConfig = z.input<typeof MethodSchema>;

/**
 * A scoring method: a preset id (`'eurostat'`) or a custom configuration.
 *
 * @category Scoring
 */
export type MethodInput = PresetId | MethodConfig;

/**
 * A method ready to apply: the preset and the full set of thresholds in force.
 *
 * @category Scoring
 */
export interface ResolvedMethod {
  /** The base preset. */
  readonly preset: Preset;
  /** Every threshold of the preset, with the custom ones applied. */
  readonly thresholds: Readonly<Record<string, number>>;
  /** Whether thresholds were customised. */
  readonly custom: boolean;
}

/**
 * Checks a method (preset id or custom configuration) and returns the preset with the thresholds
 * in force. The default is the `default` preset.
 *
 * @param method - A preset id, a {@link MethodConfig}, or `undefined` for `default`.
 * @returns The resolved method.
 * @throws {LogframeError} Listing every problem: `UNKNOWN_PRESET`, `UNKNOWN_KEY`, `UNKNOWN_THRESHOLD`,
 *   `THRESHOLDS_OUT_OF_ORDER`, `WRONG_TYPE`, `RESERVED_KEY`.
 *
 * @example
 * ```ts
 * resolveMethod('eurostat').thresholds.moderate; // 0.6
 * resolveMethod({ preset: 'default', thresholds: { atRisk: 0.5 } }).thresholds; // { onTrack: 0.9, atRisk: 0.5, cagrOnTrack: 0.01, cagrAtRisk: 0 }
 * ```
 *
 * @category Scoring
 */
export function resolveMethod(method: MethodInput | undefined): ResolvedMethod {
  if (method === undefined) return { preset: getPreset('default'), thresholds: getPreset('default').thresholds, custom: false };
  if (typeof method === 'string') {
    const preset = getPreset(method);
    return { preset, thresholds: preset.thresholds, custom: false };
  }
  const reserved = findReservedKeys(method, ['method']);
  const parsed = MethodShapeSchema.safeParse(method, { reportInput: true });
  if (reserved.length > 0 || !parsed.success) {
    throw new LogframeError([...reserved, ...(parsed.success ? [] : problemsFromZod(parsed.error.issues, ['method']))], 'Invalid method');
  }
  const custom = parsed.data.thresholds ?? {};
  const problems = thresholdProblems(parsed.data.preset, custom);
  if (problems.length > 0) throw new LogframeError(problems, 'Invalid method');
  const preset = getPreset(parsed.data.preset);
  return { preset, thresholds: { ...preset.thresholds, ...custom }, custom: Object.keys(custom).length > 0 };
}

function thresholdProblems(presetId: string, custom: Readonly<Record<string, number>>): Problem[] {
  if (!isPresetId(presetId)) return [];
  const preset = getPreset(presetId);
  const problems: Problem[] = [];
  const names = Object.keys(preset.thresholds);
  for (const name of Object.keys(custom).sort()) {
    if (!names.includes(name)) {
      problems.push({ path: ['method', 'thresholds', name], code: 'UNKNOWN_THRESHOLD', severity: 'error', message: `Preset ${presetId} has no threshold "${name}"; use ${names.join(', ')}.` });
    }
  }
  if (problems.length > 0) return problems;
  for (const message of preset.checkThresholds({ ...preset.thresholds, ...custom })) {
    problems.push({ path: ['method', 'thresholds'], code: 'THRESHOLDS_OUT_OF_ORDER', severity: 'error', message });
  }
  return problems;
}

