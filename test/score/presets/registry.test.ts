import { describe, expect, it } from 'vitest';
import { LogframeError } from '../../../src/index.js';
import { getPreset, isPresetId, PRESETS } from '../../../src/score/index.js';

describe('PRESETS and getPreset', () => {
  it('lists six presets, each with thresholds, a source and a projection', () => {
    expect(PRESETS).toHaveLength(6);
    for (const id of PRESETS) {
      const preset = getPreset(id);
      expect(preset.id).toBe(id);
      expect(preset.source.length).toBeGreaterThan(10);
      expect(Object.keys(preset.thresholds).length).toBeGreaterThan(0);
      expect(preset.checkThresholds(preset.thresholds)).toEqual([]);
      expect(['cagr', 'wls', 'cagr-baseline']).toContain(preset.projection);
    }
  });
  it('rejects unknown ids with a LogframeError', () => {
    expect(isPresetId('toString')).toBe(false);
    expect(() => getPreset('toString')).toThrow(LogframeError);
  });
});
