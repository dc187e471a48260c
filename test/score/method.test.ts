import { describe, expect, it } from 'vitest';
import { LogframeError } from '../../src/index.js';
import { getPreset, MethodSchema, PRESETS, resolveMethod } from '../../src/score/index.js';

function problemCodes(run: () => unknown): string[] {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(LogframeError);
    return (error as LogframeError).problems.map((problem) => problem.code);
  }
  throw new Error('expected a LogframeError');
}

describe('resolveMethod and MethodSchema', () => {
  it('resolves every preset id, default first', () => {
    expect(PRESETS).toEqual(['default', 'eurostat', 'opensdg', 'unsd2023', 'escap', 'tolaactivity']);
    for (const id of PRESETS) expect(resolveMethod(id)).toEqual({ preset: getPreset(id), thresholds: getPreset(id).thresholds, custom: false });
    expect(resolveMethod(undefined).preset.id).toBe('default');
  });
  it('merges custom thresholds over the preset\'s', () => {
    const method = resolveMethod({ preset: 'eurostat', thresholds: { significant: 0.9 } });
    expect(method.thresholds).toMatchObject({ significant: 0.9, moderate: 0.6 });
    expect(method.custom).toBe(true);
  });
  it('rejects an unknown preset', () => {
    expect(problemCodes(() => resolveMethod('statcan' as 'default'))).toEqual(['UNKNOWN_PRESET']);
    expect(problemCodes(() => resolveMethod({ preset: 'statcan' as 'default' }))).toEqual(['INVALID_VALUE']);
  });
  it('rejects unknown keys and unknown thresholds', () => {
    expect(problemCodes(() => resolveMethod({ preset: 'default', colour: 'red' } as never))).toEqual(['UNKNOWN_KEY']);
    expect(problemCodes(() => resolveMethod({ preset: 'default', thresholds: { high: 0.9 } }))).toEqual(['UNKNOWN_THRESHOLD']);
    expect(problemCodes(() => resolveMethod({ preset: 'default', thresholds: JSON.parse('{"__proto__": 1}') as never }))).toContain('RESERVED_KEY');
  });
  it('rejects thresholds out of order or not finite', () => {
    expect(problemCodes(() => resolveMethod({ preset: 'default', thresholds: { atRisk: 0.95 } }))).toEqual(['THRESHOLDS_OUT_OF_ORDER']);
    expect(problemCodes(() => resolveMethod({ preset: 'opensdg', thresholds: { low: 0.7 } }))).toEqual(['THRESHOLDS_OUT_OF_ORDER']);
    expect(problemCodes(() => resolveMethod({ preset: 'tolaactivity', thresholds: { margin: 1.5 } }))).toEqual(['THRESHOLDS_OUT_OF_ORDER']);
    expect(problemCodes(() => resolveMethod({ preset: 'default', thresholds: { onTrack: Number.POSITIVE_INFINITY } }))).toEqual(['WRONG_TYPE']);
    expect(problemCodes(() => resolveMethod({ preset: 'default', thresholds: { onTrack: Number.NaN } }))).toEqual(['WRONG_TYPE']);
  });
  it('lists every problem at once', () => {
    expect(problemCodes(() => resolveMethod({ preset: 'default', thresholds: { high: 1, low: 0 } }))).toEqual(['UNKNOWN_THRESHOLD', 'UNKNOWN_THRESHOLD']);
  });
  it('validates with the schema as well', () => {
    expect(MethodSchema.safeParse({ preset: 'unsd2023', thresholds: { fair: 0.2 } }).success).toBe(true);
    expect(MethodSchema.safeParse({ preset: 'unsd2023', thresholds: { fair: 0.99 } }).success).toBe(false);
    expect(MethodSchema.safeParse({ preset: 'unsd2023', thresholds: { nope: 1 } }).success).toBe(false);
  });
});
