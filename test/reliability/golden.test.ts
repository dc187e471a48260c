// Checklist items 3 (determinism), 4 (TZ independence) and 26: the evaluation and the summary (in
// English and Khmer) of the Cambodia example as of 2025-03-27 are byte-identical to a committed
// golden file. scripts/test-timezones.mjs runs this file under six TZ values; the last test here
// also renders under the zones the checklist names that the matrix does not (Sao Paulo, Apia,
// Lord Howe), in process.
//
// After an intended change of output, rewrite the golden file with
//
//     UPDATE_GOLDEN=1 npx vitest run test/reliability/golden.test.ts
//
// and read the diff before committing it.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { summarize } from '../../src/index.js';
import { AS_OF, cambodiaPipeline, ROOT } from './helpers.js';

const GOLDEN = join(ROOT, 'test', 'fixtures', 'reliability', `cambodia-summary-${AS_OF}.json`);

/** The golden text: evaluation and summaries, two-space JSON (readable diffs), one final newline. */
function goldenText(): string {
  const { strategy, evaluation, summary } = cambodiaPipeline();
  const km = summarize(evaluation, { strategy, lang: 'km' });
  return `${JSON.stringify({ asOf: AS_OF, evaluation, summary: { en: summary, km } }, null, 2)}\n`;
}

describe(`the Cambodia example as of ${AS_OF}: evaluation and summary JSON`, () => {
  it('matches test/fixtures/reliability/cambodia-summary-2025-03-27.json byte for byte', () => {
    const actual = goldenText();
    if (process.env['UPDATE_GOLDEN'] === '1') {
      mkdirSync(dirname(GOLDEN), { recursive: true });
      writeFileSync(GOLDEN, actual, 'utf8');
    }
    expect(existsSync(GOLDEN), `${GOLDEN} is missing: run UPDATE_GOLDEN=1 npx vitest run test/reliability/golden.test.ts`).toBe(true);
    const expected = readFileSync(GOLDEN, 'utf8');
    // Lines first, for a readable diff; then the whole text.
    expect(actual.split('\n')).toEqual(expected.split('\n'));
    expect(actual === expected).toBe(true);
  });

  it('is the same when made twice in one process', () => {
    expect(goldenText()).toBe(goldenText());
  });

  it('is the same under America/Sao_Paulo, Pacific/Apia and Australia/Lord_Howe (zones with midnight DST gaps, a skipped day and half-hour DST)', () => {
    const expected = goldenText();
    const before = process.env['TZ'];
    try {
      for (const [zone, offset] of [['America/Sao_Paulo', 180], ['Pacific/Apia', -780], ['Australia/Lord_Howe', -660]] as const) {
        // Node applies a TZ assigned at run time; the offset on 1 January 2024 proves it took effect.
        process.env['TZ'] = zone;
        expect(new Date(2024, 0, 1).getTimezoneOffset(), `TZ=${zone} took effect`).toBe(offset);
        expect(goldenText() === expected, `output under ${zone}`).toBe(true);
      }
    } finally {
      if (before === undefined) delete process.env['TZ'];
      else process.env['TZ'] = before;
    }
  });
});
