import * as z from 'zod';
import { withoutNegativeZero } from './withoutNegativeZero.js';

/**
 * An identifier of a result, indicator, actor, dimension or code: ASCII letters, digits, `.`, `_`
 * and `-`, starting with a letter or digit, at most 100 characters.
 *
 * Ids are ASCII on purpose: invisible and right-to-left control characters cannot hide in them,
 * and two spellings that look the same cannot name two things. `constructor` and `prototype` are
 * refused: ids become keys (disaggregations, shares), where those names are refused as reserved.
 *
 * @example
 * ```ts
 * IdSchema.parse('LAW-01'); // 'LAW-01'
 * IdSchema.safeParse('LAW\u202E01').success; // false
 * IdSchema.safeParse('constructor').success; // false
 * ```
 *
 * @category Model
 */
export const IdSchema = z
  .string()
  .regex(/^(?!(?:constructor|prototype)$)[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/, {
    message: 'Use 1–100 ASCII letters, digits, ".", "_" or "-", starting with a letter or digit (but not "constructor" or "prototype")',
  });

/**
 * A language tag such as `en`, `km` or `fr-CA`.
 *
 * @example
 * ```ts
 * LanguageTagSchema.parse('km'); // 'km'
 * ```
 *
 * @category Model
 */
export const LanguageTagSchema = z.string().regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, {
  message: 'Use a language tag such as "en", "km" or "fr-CA"',
});

/**
 * Text shown to people: either one plain string or a string per language (`{ en, km, … }`).
 *
 * @example
 * ```ts
 * TextSchema.parse({ en: 'Prevention', km: 'ការបង្ការ' }); // { en: 'Prevention', km: 'ការបង្ការ' }
 * ```
 *
 * @category Model
 */
export const TextSchema = z.union([
  z.string().trim().min(1).max(2000),
  z.record(LanguageTagSchema, z.string().trim().min(1).max(2000)).refine((text) => Object.keys(text).length > 0, {
    message: 'Give the text in at least one language, e.g. { "en": "…" }',
  }),
]);

/**
 * Text shown to people, in one language or several.
 *
 * @category Model
 */
export type Text = z.infer<typeof TextSchema>;

/**
 * A longer text (definitions, notes, sources): one string or one per language, up to 20,000 characters.
 *
 * @example
 * ```ts
 * LongTextSchema.parse('Counted at first-instance verdict.'); // 'Counted at first-instance verdict.'
 * ```
 *
 * @category Model
 */
export const LongTextSchema = z.union([
  z.string().max(20_000),
  z.record(LanguageTagSchema, z.string().max(20_000)),
]);

/**
 * A reported, baseline or target value: a finite number, a boolean (milestones) or a string
 * (ordinal level codes and qualitative text).
 *
 * @example
 * ```ts
 * ValueSchema.parse(197); // 197
 * ValueSchema.parse(true); // true
 * ```
 *
 * @category Model
 */
export const ValueSchema = z.union([z.number().overwrite(withoutNegativeZero), z.boolean(), z.string().max(20_000)]);

/**
 * A reported, baseline or target value.
 *
 * @category Model
 */
export type Value = z.infer<typeof ValueSchema>;

/**
 * An external reference of a result or indicator in another vocabulary, e.g. SDG indicator 16.2.2
 * (IATI's `reference` element).
 *
 * @example
 * ```ts
 * ReferenceSchema.parse({ vocabulary: '9', code: '16.2.2' }); // { vocabulary: '9', code: '16.2.2' }
 * ```
 *
 * @category Model
 */
export const ReferenceSchema = z.strictObject({
  /** The vocabulary, e.g. an IATI IndicatorVocabulary code (`9` = UN SDG indicators) or a name such as `SDG`. */
  vocabulary: z.string().min(1).max(200),
  /** The code in that vocabulary, e.g. `16.2.2`. */
  code: z.string().min(1).max(200),
  /** A link to the vocabulary or the code's definition. */
  uri: z.string().max(2000).optional(),
});

/**
 * An external reference of a result or indicator.
 *
 * @category Model
 */
export type Reference = z.infer<typeof ReferenceSchema>;
