import type * as z from 'zod';
import type { PathSegment, Problem } from '../problems/index.js';
import { checkEnum, checkNumber, invalidFormat, isObjectInput, refinementFailed, unknownKeys, wrongType } from '../score/optionChecks.js';
import type { Checked } from '../score/optionChecks.js';
import type { SummarizeOptionsSchema } from './options.js';

// Why by hand: `SummarizeOptionsSchema.safeParse` was one of the reasons the evaluate + summarize +
// toHtml bundle carried zod (docs/performance.md, bundle budgets). SummarizeOptionsSchema stays the
// specification and the oracle: test/summary/checkSummarizeOptions.prop.test.ts asserts that this
// gives exactly what its safeParse and problemsFromZod give (see ../score/optionChecks.ts).

/**
 * Options of {@link summarize} once checked: defaults filled in.
 */
export type SummarizeSettings = z.output<typeof SummarizeOptionsSchema>;

/**
 * zod's pattern for `z.iso.datetime({ offset: true })`: a real calendar date, `T`, hours, minutes
 * and seconds with an optional fraction, then `Z` or an offset `±hh:mm`.
 */
export const ISO_DATETIME = /^(?:(?:\d\d[2468][048]|\d\d[13579][26]|\d\d0[48]|[02468][048]00|[13579][26]00)-02-29|\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\d|30)|(?:02)-(?:0[1-9]|1\d|2[0-8])))T(?:(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:\.\d+)?(?:Z|([+-](?:[01]\d|2[0-3]):[0-5]\d)))$/;

const KEYS = ['lang', 'smallCellThreshold', 'generatedAt', 'maxFindings', 'strategy'];

/**
 * Checks the options of {@link summarize} as `SummarizeOptionsSchema.safeParse` would, without zod.
 *
 * @param input - The options as given.
 * @param prefix - A path to put in front of every problem's path (`['options']`).
 * @returns The options with defaults filled in (keys in schema order), or every problem found —
 *   the problems `problemsFromZod` makes of the schema's issues.
 */
export function checkSummarizeOptions(input: unknown, prefix: readonly PathSegment[]): Checked<SummarizeSettings> {
  const problems: Problem[] = [];
  if (!isObjectInput(input)) {
    wrongType(problems, prefix, 'object', input);
    return { ok: false, problems };
  }
  const at = (key: string): PathSegment[] => [...prefix, key];
  const out: Record<string, unknown> = {};

  const lang = input.lang;
  if (lang !== undefined) checkEnum(problems, at('lang'), lang, ['en', 'km']);
  out.lang = lang === undefined ? 'en' : lang;

  const threshold = input.smallCellThreshold;
  if (threshold !== undefined) checkNumber(problems, at('smallCellThreshold'), threshold, { int: true, min: 0, max: 1_000_000 });
  out.smallCellThreshold = threshold === undefined ? 5 : threshold;

  if ('generatedAt' in input) {
    const generatedAt = input.generatedAt;
    if (typeof generatedAt === 'string') {
      if (!ISO_DATETIME.test(generatedAt)) invalidFormat(problems, at('generatedAt'), 'Invalid ISO datetime', generatedAt);
    } else if (generatedAt !== undefined) {
      wrongType(problems, at('generatedAt'), 'string', generatedAt);
    }
    out.generatedAt = generatedAt;
  }

  const maxFindings = input.maxFindings;
  if (maxFindings !== undefined) checkNumber(problems, at('maxFindings'), maxFindings, { int: true, min: 0, max: 10_000 });
  out.maxFindings = maxFindings === undefined ? 50 : maxFindings;

  if ('strategy' in input) {
    const strategy = input.strategy;
    if (strategy !== undefined && !(typeof strategy === 'object' && strategy !== null && Array.isArray((strategy as { levels?: unknown }).levels))) {
      refinementFailed(problems, at('strategy'), 'Pass the strategy returned by parseStrategy');
    }
    out.strategy = strategy;
  }

  unknownKeys(problems, prefix, input, KEYS);
  return problems.length > 0 ? { ok: false, problems } : { ok: true, value: out as SummarizeSettings };
}
