import { describe, expect, it } from 'vitest';
import { classify } from '../../../src/score/index.js';

describe('tolaactivity preset', () => {
  const run = (direction: 'increase' | 'decrease', achievement: number | null, targetMet = false) =>
    classify({ metrics: { direction, hasTarget: true, achievement, targetMet }, method: 'tolaactivity' });
  it('is on scope from 0.85 to 1.15 inclusive', () => {
    expect(run('increase', 0.85)).toMatchObject({ category: 'on scope', nativeScore: 0, status: 'on-track' });
    expect(run('increase', 1.15)).toMatchObject({ category: 'on scope', nativeScore: 0 });
    expect(run('increase', 0.8499)).toMatchObject({ category: 'under target', nativeScore: -1, status: 'off-track' });
    expect(run('increase', 1.16)).toMatchObject({ category: 'over target', nativeScore: 1, status: 'on-track' });
  });
  it('inverts the sign for decrease indicators, on the raw actual ÷ target', () => {
    expect(run('decrease', 100 / 120)).toMatchObject({ category: 'over target', nativeScore: -1, status: 'off-track' });
    expect(run('decrease', 100 / 80)).toMatchObject({ category: 'under target', nativeScore: 1, status: 'on-track' });
    expect(run('decrease', 100 / 110)).toMatchObject({ category: 'on scope', nativeScore: 0 });
  });
  it('cannot assess without a target to compare with', () => {
    expect(run('increase', null).status).toBe('no-data');
    expect(run('decrease', 0).status).toBe('no-data');
  });
  it('is achieved when the end target is met', () => {
    expect(run('increase', 1.3, true)).toMatchObject({ status: 'achieved', score: 100, nativeScore: 1 });
  });
});
