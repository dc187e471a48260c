// Checklist item 11 (validation totality) for strategies: random JSON, strategy-shaped random
// objects, and structured mutations of the Cambodia example (deleted keys, changed types, reserved
// keys, huge numbers, deep nesting, long strings) given to parseStrategy: each either gives a
// strategy or throws a LogframeError listing problems with path, code and sentence — never another
// exception, never a hang, never a polluted prototype. 3,400 inputs; see also fuzz-observations
// and fuzz-csv (10,000+ inputs in all).
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { parseStrategy } from '../../src/index.js';
import { describeInput, expectOnlyLogframeError, mutate } from './fuzz.js';
import { cambodiaStrategyJson } from './helpers.js';

const STRATEGY_KEYS = ['schemaVersion', 'id', 'title', 'description', 'owner', 'period', 'baselineYear', 'levels', 'actors', 'dimensions', 'results', 'indicators', 'language', '__proto__', 'constructor'];

/** The Cambodia plan cut to a few indicators (whole plans are slow to validate 1,000 times). */
const CAMBODIA = cambodiaStrategyJson();

function slice(g: fc.GeneratorValue): Record<string, any> {
  const plan = { ...CAMBODIA };
  const indicators = plan['indicators'] as unknown[];
  const start = g(fc.integer, { min: 0, max: indicators.length - 4 });
  plan['indicators'] = indicators.slice(start, start + g(fc.integer, { min: 1, max: 4 }));
  return plan;
}

const check = (input: unknown) => expectOnlyLogframeError(() => parseStrategy(input), () => `parseStrategy(${describeInput(input)})`);

describe('fuzzing parseStrategy (checklist 11)', () => {
  it('1,200 random JSON values', () => {
    fc.assert(fc.property(fc.jsonValue({ maxDepth: 4 }), (input) => {
      check(input);
    }), { numRuns: 1_200 });
  });

  it('1,200 random objects with the keys of a strategy (and reserved ones)', () => {
    const value = fc.oneof(fc.jsonValue({ maxDepth: 3 }), fc.array(fc.dictionary(fc.constantFrom('id', 'title', 'level', 'parent', 'result', 'measure', 'name', 'codes', 'targets', 'formula', '__proto__'), fc.jsonValue({ maxDepth: 2 })), { maxLength: 3 }));
    fc.assert(fc.property(fc.dictionary(fc.constantFrom(...STRATEGY_KEYS), value, { maxKeys: 12 }), (input) => {
      check(input);
    }), { numRuns: 1_200 });
  });

  it('1,000 mutations of the Cambodia example', () => {
    fc.assert(fc.property(fc.gen(), (g) => {
      check(mutate(g, slice(g)));
    }), { numRuns: 1_000 });
  });
});
