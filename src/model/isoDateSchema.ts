// Apart from the other primitives so that options schemas (evaluate's `asOf`) can use it without
// pulling every model schema into a bundle that never reads a strategy.
import * as z from 'zod';
import { isIsoDate } from '../periods/index.js';

/**
 * A calendar date written `YYYY-MM-DD`, checked to exist (no 30 February). A text of another
 * shape gets one problem, not a second one about the day.
 *
 * @example
 * ```ts
 * IsoDateSchema.parse('2024-02-29'); // '2024-02-29'
 * IsoDateSchema.safeParse('2023-02-29').success; // false
 * ```
 *
 * @category Model
 */
export const IsoDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'Write the date as YYYY-MM-DD, e.g. 2025-03-27', abort: true }).refine(isIsoDate, {
  message: 'Write the date as YYYY-MM-DD, e.g. 2025-03-27, and make sure the day exists',
});
