import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { AS_OF, observations2024, run, strategyFile } from './helpers.js';

/** Prints a schema and compiles it: it must be valid JSON and a valid JSON Schema. */
function schema(name: string) {
  const result = run(['schema', name]);
  expect(result.status).toBe(0);
  expect(result.stderr).toBe('');
  const value = JSON.parse(result.stdout) as { $schema: string; title: string };
  expect(value.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
  expect(value.title).toContain(name);
  return new Ajv2020({ strict: false, allErrors: true }).compile(value);
}

describe('logframe schema', () => {
  it('prints the strategy schema, which the Cambodia example satisfies', () => {
    const validate = schema('strategy');
    expect(validate(JSON.parse(readFileSync(strategyFile, 'utf8'))), JSON.stringify(validate.errors)).toBe(true);
    expect(validate({ id: 'x' })).toBe(false);
  });

  it('prints the observation schema, which the example data satisfies', () => {
    const validate = schema('observation');
    expect(validate(JSON.parse(readFileSync(observations2024, 'utf8'))), JSON.stringify(validate.errors)).toBe(true);
  });

  it('prints the summary schema, which evaluate --format json satisfies', () => {
    const validate = schema('summary');
    const summary = run(['evaluate', strategyFile, '--data', observations2024, '--as-of', AS_OF, '--format', 'json']);
    expect(validate(JSON.parse(summary.stdout)), JSON.stringify(validate.errors)).toBe(true);
  });

  it('is wrong usage (exit 2) without a name or with an unknown one', () => {
    for (const args of [['schema'], ['schema', 'indicator'], ['schema', 'strategy', 'observation']]) {
      const result = run(args);
      expect(result.status, args.join(' ')).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toContain('strategy');
    }
  });
});
