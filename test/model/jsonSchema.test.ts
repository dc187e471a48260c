import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { observationJsonSchema, strategyJsonSchema } from '../../src/index.js';
import { cambodiaObservationsJson, cambodiaStrategyJson } from './helpers.js';

// The JSON Schemas shipped for tools in other languages, generated from the zod schemas.
const ajv = new Ajv2020({ allErrors: true, strict: false });

describe('generated JSON Schemas', () => {
  const validateStrategy = ajv.compile(strategyJsonSchema());
  const validateObservations = ajv.compile(observationJsonSchema());

  it('accept the Cambodia example', () => {
    expect(validateStrategy(cambodiaStrategyJson()), JSON.stringify(validateStrategy.errors)).toBe(true);
    expect(validateObservations(cambodiaObservationsJson()), JSON.stringify(validateObservations.errors)).toBe(true);
  });

  it('reject a broken copy', () => {
    const strategy = cambodiaStrategyJson();
    strategy.indicators[0].measure = 'kilograms';
    strategy.indicators[1].colour = 'red';
    delete strategy.results;
    expect(validateStrategy(strategy)).toBe(false);
    const paths = (validateStrategy.errors ?? []).map((error: { instancePath: string }) => error.instancePath);
    expect(paths).toContain('/indicators/0/measure');
    const observations = cambodiaObservationsJson();
    observations[0]!.value = { not: 'a value' };
    observations[1]!.reportedOn = '2025-1-5';
    expect(validateObservations(observations)).toBe(false);
  });
});
