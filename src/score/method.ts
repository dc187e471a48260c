import type * as z from 'zod';
import { findReservedKeys } from '../model/index.js';
import { LogframeError } from '../problems/index.js';
import type { Problem } from '../problems/index.js';
import { checkMethodShape } from './checkMethodShape.js';
import type { MethodSchema } from './methodSchema.js';
import type { Preset, PresetId } from './presets/index.js';
import { getPreset, isPresetId } from './presets/index.js';

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
  const parsed = checkMethodShape(method, ['method']);
  if (reserved.length > 0 || !parsed.ok) {
    throw new LogframeError([...reserved, ...(parsed.ok ? [] : parsed.problems)], 'Invalid method');
  }
  const custom = parsed.value.thresholds ?? {};
  const problems = thresholdProblems(parsed.value.preset, custom);
  if (problems.length > 0) throw new LogframeError(problems, 'Invalid method');
  const preset = getPreset(parsed.value.preset);
  return { preset, thresholds: { ...preset.thresholds, ...custom }, custom: Object.keys(custom).length > 0 };
}

/**
 * The thresholds of a custom method that its preset does not have, or that are out of order once
 * applied (what {@link MethodSchema} adds to the shape check).
 *
 * @param presetId - The base preset (nothing is checked for an unknown one).
 * @param custom - The custom thresholds, by name.
 * @returns `UNKNOWN_THRESHOLD` problems, else `THRESHOLDS_OUT_OF_ORDER` ones; paths start with `method`.
 */
export function thresholdProblems(presetId: string, custom: Readonly<Record<string, number>>): Problem[] {
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

