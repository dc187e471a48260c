export { defaultPreset } from './default.js';
export { escapPreset } from './escap.js';
export { eurostatPreset } from './eurostat.js';
export { limitScale, LIMIT_EXPONENT, opensdgPreset } from './opensdg.js';
export type { Classification, Preset, PresetId, ScoringMetrics } from './Preset.js';
export { getPreset, isPresetId, PRESETS } from './registry.js';
export { tolaactivityPreset } from './tolaactivity.js';
export { unsd2023Preset } from './unsd2023.js';
