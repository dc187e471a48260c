import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findReservedKeys, problemsFromZod } from '../../src/model/index.js';
import { LogframeError } from '../../src/problems/index.js';
import { checkMethodShape } from '../../src/score/checkMethodShape.js';
import { getPreset, resolveMethod } from '../../src/score/index.js';
import type { MethodInput, ResolvedMethod } from '../../src/score/index.js';
import { thresholdProblems } from '../../src/score/method.js';
import { MethodShapeSchema } from '../../src/score/methodSchema.js';
import { anyValue, edgeValue, EDGE_VALUES, expectAgreement, extraKey, optionObject } from './optionOracle.js';

// resolveMethod checks a custom method's shape by hand (zod stays out of evaluate's bundle).
// MethodShapeSchema is the specification: the hand check must give exactly what its safeParse and
// problemsFromZod give, and resolveMethod what it gave when it called zod.

const PREFIX = ['method'];
const agree = (input: unknown) => expectAgreement(checkMethodShape, MethodShapeSchema, input, PREFIX);

const mostly = (valid: fc.Arbitrary<unknown>, near: fc.Arbitrary<unknown> = edgeValue) => fc.oneof({ weight: 60, arbitrary: valid }, { weight: 4, arbitrary: near }, { weight: 2, arbitrary: edgeValue }, { weight: 1, arbitrary: anyValue });

const NAMES = ['onTrack', 'atRisk', 'cagrOnTrack', 'cagrAtRisk', 'significant', 'moderate', 'high', 'low', 'fair', 'margin'];
const threshold = fc.oneof(fc.double({ min: -1, max: 2, noNaN: true }), fc.constantFrom(0, -0, 0.5, 0.9));

// Threshold records: own enumerable keys (threshold names, reserved names, indices, symbols), now and
// then a hidden one, in objects of every kind a record may or may not be.
const thresholds = fc.record({
  entries: fc.array(fc.tuple(fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...NAMES) }, { weight: 1, arbitrary: extraKey }), mostly(threshold), fc.oneof({ weight: 12, arbitrary: fc.constant(true) }, { weight: 1, arbitrary: fc.constant(false) })), { maxLength: 4 }),
  kind: fc.constantFrom('plain', 'plain', 'plain', 'plain', 'null-prototype', 'class', 'constructor-key', 'constructor-function'),
}).map(({ entries, kind }) => {
  const record: object = kind === 'null-prototype' ? Object.create(null) as object : kind === 'class' ? new (class Thresholds {})() : {};
  if (kind === 'constructor-key') Object.defineProperty(record, 'constructor', { value: 'x', enumerable: true, writable: true, configurable: true });
  if (kind === 'constructor-function') Object.defineProperty(record, 'constructor', { value: function Made() {}, enumerable: true, writable: true, configurable: true });
  for (const [key, value, enumerable] of entries) Object.defineProperty(record, key, { value, enumerable, writable: true, configurable: true });
  return record;
});

const methods = optionObject({
  preset: mostly(fc.constantFrom('default', 'eurostat', 'opensdg', 'unsd2023', 'escap', 'tolaactivity'), fc.constantFrom('Default', 'statcan', '')),
  thresholds: mostly(thresholds),
}, ['preset']);

// resolveMethod as it was with zod, for a custom method.
function resolveWithZod(method: object): ResolvedMethod {
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

function outcome(run: () => ResolvedMethod): unknown {
  try {
    return { ok: run() };
  } catch (error) {
    expect(error).toBeInstanceOf(LogframeError);
    return { message: (error as LogframeError).message, problems: (error as LogframeError).problems };
  }
}

describe('checkMethodShape agrees with MethodShapeSchema', () => {
  it('on custom methods: valid ones, near-valid mutations, wrong types, unknown and reserved keys, odd records (5000 runs)', () => {
    let accepted = 0;
    fc.assert(fc.property(methods, (input) => {
      if (agree(input).ok) accepted++;
    }), { numRuns: 5000 });
    expect(accepted).toBeGreaterThan(1000);
    expect(accepted).toBeLessThan(4000);
  });

  it('on anything at all (2000 runs)', () => {
    fc.assert(fc.property(fc.oneof(anyValue, edgeValue), (input) => {
      agree(input);
    }), { numRuns: 2000 });
  });

  it('on the corner cases, one by one', () => {
    const cases: unknown[] = [
      undefined, null, [], 'default', 5, {}, { preset: 'default' }, { preset: 'default', thresholds: undefined }, { thresholds: {} },
      { preset: 'default', thresholds: { onTrack: 0.8 } }, { preset: 'default', thresholds: { onTrack: Number.NaN, atRisk: Number.POSITIVE_INFINITY } },
      { preset: 'default', thresholds: JSON.parse('{"__proto__":1,"onTrack":0.8}') }, { preset: 'default', thresholds: { constructor: 1 } },
      { preset: 'default', thresholds: { [Symbol('s')]: 1, onTrack: 0.8 } }, { preset: 'default', thresholds: { 2: 1, 1: 'x', b: 1, a: 2 } },
      { preset: 'default', thresholds: [] }, { preset: 'default', thresholds: new Map() }, { preset: 'default', thresholds: Object.create({ onTrack: 1 }) },
      { preset: 'default', thresholds: { constructor: () => 1 } }, { preset: 'default', colour: 'red' }, JSON.parse('{"preset":"default","__proto__":{}}'),
      Object.create({ preset: 'default' }), { preset: 'default', [Symbol('s')]: 1 },
      ...EDGE_VALUES.map((make) => ({ preset: 'default', thresholds: make() })),
      ...EDGE_VALUES.map((make) => ({ preset: make(), thresholds: { onTrack: make() } })),
    ];
    for (const input of cases) agree(input);
  });

  it('leaves resolveMethod\'s results and problems as they were with zod (3000 runs)', () => {
    fc.assert(fc.property(methods, (input) => {
      expect(outcome(() => resolveMethod(input as MethodInput))).toStrictEqual(outcome(() => resolveWithZod(input)));
    }), { numRuns: 3000 });
  });
});
