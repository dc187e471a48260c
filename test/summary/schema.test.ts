import { describe, expect, it } from 'vitest';
import { EvaluationSummarySchema, FindingCodeSchema, summarize, summaryJsonSchema } from '../../src/summary/index.js';
import { EVALUATION } from '../fixtures/summary/evaluation.js';
import { jsonSchemaValidator } from './helpers.js';

describe('summaryJsonSchema', () => {
  it('is a draft 2020-12 schema with a title, generated from the zod schema', () => {
    const schema = summaryJsonSchema();
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.title).toBe('logframe evaluation summary');
    expect(schema.type).toBe('object');
    expect(schema.additionalProperties).toBe(false);
    expect(Object.keys(schema.properties as object)).toEqual(Object.keys(EvaluationSummarySchema.shape));
  });

  it('is the same every time (the build writes it to schema/summary.json)', () => {
    expect(JSON.stringify(summaryJsonSchema())).toBe(JSON.stringify(summaryJsonSchema()));
  });

  it('lists the finding codes for other tools', () => {
    expect(JSON.stringify(summaryJsonSchema())).toContain(JSON.stringify(FindingCodeSchema.options));
  });

  it('compiles under Ajv strict mode and accepts a summary', () => {
    const validate = jsonSchemaValidator();
    const summary = JSON.parse(JSON.stringify(summarize(EVALUATION))) as unknown;
    expect(validate(summary), JSON.stringify(validate.errors)).toBe(true);
  });

  it('rejects an unknown field, a missing field and a wrong version', () => {
    const validate = jsonSchemaValidator();
    const summary = JSON.parse(JSON.stringify(summarize(EVALUATION))) as Record<string, unknown>;
    expect(validate({ ...summary, extra: 1 })).toBe(false);
    const { headline: _headline, ...withoutHeadline } = summary;
    expect(validate(withoutHeadline)).toBe(false);
    expect(validate({ ...summary, schemaVersion: 2 })).toBe(false);
    expect(EvaluationSummarySchema.safeParse({ ...summary, schemaVersion: 2 }).success).toBe(false);
  });

  it('rejects a score outside 0–100 and a status it does not know', () => {
    const validate = jsonSchemaValidator();
    const summary = JSON.parse(JSON.stringify(summarize(EVALUATION))) as { headline: Record<string, unknown> };
    expect(validate({ ...summary, headline: { ...summary.headline, score: 101 } })).toBe(false);
    expect(validate({ ...summary, headline: { ...summary.headline, status: 'great' } })).toBe(false);
  });
});
