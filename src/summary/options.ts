import * as z from 'zod';
import type { Strategy } from '../model/index.js';

/**
 * Options of {@link summarize}, validated; defaults are documented on each field.
 *
 * @example
 * ```ts
 * SummarizeOptionsSchema.parse({}).smallCellThreshold; // 5
 * ```
 *
 * @category Summary
 */
export const SummarizeOptionsSchema = z.strictObject({
  /** The language titles resolve to (default `en`): a text's `km` entry for `km`, else its `en` entry, else its first. */
  lang: z.enum(['en', 'km']).default('en'),
  /** Sensitive figures above 0 and below this are withheld and shown as `<5` (default 5; 0 turns protection off). */
  smallCellThreshold: z.number().int().min(0).max(1_000_000).default(5),
  /** When the summary was made (ISO date-time); copied as is, never read from a clock. Absent by default. */
  generatedAt: z.iso.datetime({ offset: true }).optional(),
  /** The most findings to keep, most important first (default 50). */
  maxFindings: z.number().int().min(0).max(10_000).default(50),
  /** The strategy evaluated, for what an evaluation does not carry: level names, actors' short names, ordinal level labels. */
  strategy: z.custom<Strategy>((value) => typeof value === 'object' && value !== null && Array.isArray((value as { levels?: unknown }).levels), {
    message: 'Pass the strategy returned by parseStrategy',
  }).optional(),
});

/**
 * Options of {@link summarize} as given by a caller.
 *
 * @category Summary
 */
export type SummarizeOptions = z.input<typeof SummarizeOptionsSchema>;
