import { LogframeError } from '../../problems/index.js';
import { defaultPreset } from './default.js';
import { escapPreset } from './escap.js';
import { eurostatPreset } from './eurostat.js';
import { opensdgPreset } from './opensdg.js';
import type { Preset, PresetId } from './Preset.js';
import { tolaactivityPreset } from './tolaactivity.js';
import { unsd2023Preset } from './unsd2023.js';

/**
 * The ids of the built-in method presets, the library's own first.
 *
 * @example
 * ```ts
 * PRESETS; // ['default', 'eurostat', 'opensdg', 'unsd2023', 'escap', 'tolaactivity']
 * ```
 *
 * @category Scoring
 */
export const PRESETS: readonly PresetId[] = Object.freeze(['default', 'eurostat', 'opensdg', 'unsd2023', 'escap', 'tolaactivity'] as const);

const BY_ID: ReadonlyMap<string, Preset> = new Map<string, Preset>([
  ['default', defaultPreset],
  ['eurostat', eurostatPreset],
  ['opensdg', opensdgPreset],
  ['unsd2023', unsd2023Preset],
  ['escap', escapPreset],
  ['tolaactivity', tolaactivityPreset],
]);

/**
 * Whether a value is the id of a built-in preset.
 *
 * @param value - Anything.
 * @returns `true` for one of {@link PRESETS}.
 *
 * @example
 * ```ts
 * isPresetId('eurostat'); // true
 * isPresetId('Eurostat'); // false
 * ```
 *
 * @category Scoring
 */
export function isPresetId(value: unknown): value is PresetId {
  return typeof value === 'string' && BY_ID.has(value);
}

/**
 * A built-in method preset by id: its label, source, default thresholds, projection and classifier.
 *
 * @param id - One of {@link PRESETS}.
 * @returns The preset.
 * @throws {LogframeError} `UNKNOWN_PRESET` when no preset has that id.
 *
 * @example
 * ```ts
 * getPreset('eurostat').thresholds.significant; // 0.95
 * getPreset('escap').projection; // 'wls'
 * ```
 *
 * @category Scoring
 */
export function getPreset(id: string): Preset {
  const preset = BY_ID.get(id);
  if (preset === undefined) {
    throw new LogframeError([{ path: ['method'], code: 'UNKNOWN_PRESET', severity: 'error', message: `No method preset is called "${id}"; use one of ${PRESETS.join(', ')}.` }], 'Unknown method preset');
  }
  return preset;
}
