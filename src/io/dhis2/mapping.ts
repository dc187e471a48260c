import * as z from 'zod';
import { findReservedKeys, IdSchema, problemsFromZod } from '../../model/index.js';
import { LogframeError } from '../../problems/index.js';
import type { Problem } from '../../problems/index.js';

/**
 * The uid of DHIS2's default category option combo, which stands for "no disaggregation".
 *
 * @example
 * ```ts
 * DHIS2_DEFAULT_COMBO; // 'HllvX50cXC0'
 * ```
 *
 * @category Import and export
 */
export const DHIS2_DEFAULT_COMBO = 'HllvX50cXC0';

const UidSchema = z.string().regex(/^[A-Za-z][A-Za-z0-9]{10}$/, { message: 'A DHIS2 uid has 11 letters and digits and starts with a letter' });

/**
 * How DHIS2 identifiers map to a strategy: data elements to indicators, organisation units to the
 * codes of one dimension (e.g. `province`) or to actors (`reportedBy`), and category option combos
 * to disaggregations. Every map must be one-to-one so that values can be written back.
 *
 * @example
 * ```ts
 * const mapping = Dhis2MappingSchema.parse({
 *   dataElements: { fbfJHSPpUQD: 'LAW-01' },
 *   orgUnit: { dimension: 'province', codes: { DiszpKrYNg8: 'KH-12' } },
 *   categoryOptionCombos: { pq2XI5kz2BY: { sex: 'female' } },
 * });
 * mapping.defaultCategoryOptionCombo; // 'HllvX50cXC0'
 * ```
 *
 * @category Import and export
 */
export const Dhis2MappingSchema = z.strictObject({
  /** Data element uid → indicator id. */
  dataElements: z.record(UidSchema, IdSchema),
  /** Organisation units: the codes of one dimension (with an optional uid that stands for the total), or actors. */
  orgUnit: z.union([
    z.strictObject({
      /** The dimension whose codes the organisation units are, e.g. `province`. */
      dimension: IdSchema,
      /** Organisation unit uid → dimension code. */
      codes: z.record(UidSchema, IdSchema),
      /** The organisation unit (e.g. the country) whose values are totals over the dimension. */
      total: UidSchema.optional(),
    }),
    z.strictObject({
      /** Organisation units stand for the actors that report. */
      actor: z.literal(true),
      /** Organisation unit uid → actor id (`reportedBy`). */
      actors: z.record(UidSchema, IdSchema),
    }),
  ]),
  /** Category option combo uid → disaggregation (dimension id → code). The default combo is the total. */
  categoryOptionCombos: z.record(UidSchema, z.record(IdSchema, IdSchema)).default({}),
  /** The uid of the default category option combo (DHIS2's own unless the instance differs). */
  defaultCategoryOptionCombo: UidSchema.default(DHIS2_DEFAULT_COMBO),
});

/**
 * A validated DHIS2 mapping.
 *
 * @category Import and export
 */
export type Dhis2Mapping = z.infer<typeof Dhis2MappingSchema>;

/**
 * A DHIS2 mapping as written by a person.
 *
 * @category Import and export
 */
export type Dhis2MappingInput = z.input<typeof Dhis2MappingSchema>;

/**
 * The JSON Schema (draft 2020-12) of a DHIS2 mapping, for editors and tools in other languages.
 *
 * @returns A JSON Schema object.
 *
 * @example
 * ```ts
 * dhis2MappingJsonSchema().required; // ['dataElements', 'orgUnit']
 * ```
 *
 * @category Import and export
 */
export function dhis2MappingJsonSchema(): Record<string, unknown> {
  const { $schema, ...rest } = z.toJSONSchema(Dhis2MappingSchema, { io: 'input', target: 'draft-2020-12' });
  return { $schema, title: 'logframe DHIS2 mapping', description: 'How DHIS2 data elements, organisation units and category option combos map to a logframe strategy.', ...rest };
}

/** The mapping with its reverse lookups, built once per call. */
export interface MappingIndex {
  readonly mapping: Dhis2Mapping;
  readonly indicatorOf: ReadonlyMap<string, string>;
  readonly elementOf: ReadonlyMap<string, string>;
  readonly unitValue: ReadonlyMap<string, string>;
  readonly unitOf: ReadonlyMap<string, string>;
  readonly comboValue: ReadonlyMap<string, Readonly<Record<string, string>>>;
  readonly comboOf: ReadonlyMap<string, string>;
}

/** Validates a mapping (shape, reserved keys, one-to-one maps) and indexes it; throws every problem. */
export function indexMapping(input: unknown): MappingIndex {
  const problems: Problem[] = findReservedKeys(input, ['mapping']);
  const parsed = Dhis2MappingSchema.safeParse(input, { reportInput: true });
  if (!parsed.success) throw new LogframeError([...problems, ...problemsFromZod(parsed.error.issues, ['mapping'])], 'Invalid DHIS2 mapping');
  const mapping = parsed.data;
  const reverse = <T>(entries: [string, T][], key: (value: T) => string, path: string[], what: string) => {
    const map = new Map<string, string>();
    for (const [uid, value] of entries) {
      const k = key(value);
      const previous = map.get(k);
      if (previous !== undefined) {
        problems.push({ path: ['mapping', ...path, uid], code: 'DHIS2_MAPPING_NOT_ONE_TO_ONE', severity: 'error', message: `${uid} and ${previous} both map to ${what} ${JSON.stringify(k)}; map each to its own, so that values can be written back.` });
      } else map.set(k, uid);
    }
    return map;
  };
  const elements = Object.entries(mapping.dataElements);
  const units = 'actor' in mapping.orgUnit ? Object.entries(mapping.orgUnit.actors) : Object.entries(mapping.orgUnit.codes);
  const combos = Object.entries(mapping.categoryOptionCombos);
  const comboKey = (disaggregation: Readonly<Record<string, string>>) => Object.keys(disaggregation).sort().map((key) => `${key}=${disaggregation[key] ?? ''}`).join('|');
  const elementOf = reverse(elements, (id) => id, ['dataElements'], 'indicator');
  const unitOf = reverse(units, (id) => id, ['orgUnit'], 'actor or code');
  const comboOf = reverse(combos, comboKey, ['categoryOptionCombos'], 'disaggregation');
  for (const [uid, disaggregation] of combos) {
    if (Object.keys(disaggregation).length === 0) problems.push({ path: ['mapping', 'categoryOptionCombos', uid], code: 'DHIS2_MAPPING_NOT_ONE_TO_ONE', severity: 'error', message: `${uid} maps to no disaggregation, which is the default combo's meaning; remove it or give its codes.` });
    if (!('actor' in mapping.orgUnit) && mapping.orgUnit.dimension in disaggregation) {
      problems.push({ path: ['mapping', 'categoryOptionCombos', uid], code: 'DHIS2_MAPPING_CONFLICT', severity: 'error', message: `${uid} sets "${mapping.orgUnit.dimension}", which the organisation units already give; remove it from the combo.` });
    }
  }
  if (problems.length > 0) throw new LogframeError(problems, 'Invalid DHIS2 mapping');
  return {
    mapping,
    indicatorOf: new Map(elements),
    elementOf,
    unitValue: new Map(units),
    unitOf,
    comboValue: new Map(combos),
    comboOf,
  };
}

/** The key of a disaggregation used to find its category option combo. */
export function comboKeyOf(disaggregation: Readonly<Record<string, string>>): string {
  return Object.keys(disaggregation).sort().map((key) => `${key}=${disaggregation[key] ?? ''}`).join('|');
}
