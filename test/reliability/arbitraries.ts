// fast-check arbitraries that build VALID plans and observations as raw JSON (what a person or
// another system writes): a results tree whose levels deepen, acyclic actor hierarchies,
// dimensions with codes, indicators of every measure with directions, baselines and targets that
// agree, computed indicators (formulas and ratios) over earlier indicators only, and reported values
// that fit their measure. Names mix ASCII, Khmer, hostile markup and JavaScript property names, so
// that the properties also exercise escaping and plain-object lookups.
import fc from 'fast-check';

/** Texts that have broken renderers and lookups elsewhere. */
export const HOSTILE_TEXT = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  'a|b|c',
  'line1\nline2',
  '=1+2',
  '[x](javascript:alert(1))',
  'abc\u202Eevil',
  'constructor',
  '__proto__',
  'toString',
  'ក្រសួងយុត្តិធម៌',
] as const;

/** Id-shaped names that are also properties of every plain object. */
export const PROPERTY_IDS = ['toString', 'hasOwnProperty', 'valueOf', 'isPrototypeOf', 'toLocaleString'] as const;

type Json = Record<string, unknown>;

/** Words a renderer must never print by accident; generated names never contain them. */
export const WORDS_LOOKED_FOR = /NaN|Infinity|undefined|object Object/i;
type Gen = fc.GeneratorValue;

const MEASURES = ['count', 'percent', 'ratio', 'rate', 'currency', 'boolean', 'ordinal', 'qualitative'] as const;
type MeasureName = (typeof MEASURES)[number];
const NUMERIC = new Set<MeasureName>(['count', 'percent', 'ratio', 'rate', 'currency']);

function text(g: Gen): unknown {
  const one = (): string => {
    const kind = g(fc.integer, { min: 0, max: 9 });
    if (kind === 0) return g(fc.constantFrom, ...HOSTILE_TEXT);
    const raw = g(fc.string, { unit: kind < 3 ? 'grapheme' : 'grapheme-ascii', minLength: 1, maxLength: 24 });
    // Keep out the words the renderer tests look for (NaN, Infinity, undefined).
    return raw.trim() === '' || WORDS_LOOKED_FOR.test(raw) ? `t${raw.length}` : raw;
  };
  return g(fc.boolean) ? one() : { en: one(), km: one() };
}

function uniqueIds(g: Gen, prefix: string, count: number): string[] {
  const ids: string[] = [];
  for (let index = 0; index < count; index++) {
    const kind = g(fc.integer, { min: 0, max: 7 });
    let id = kind === 0 ? g(fc.constantFrom, ...PROPERTY_IDS)
      : kind === 1 ? g(fc.stringMatching, /^[A-Za-z0-9][A-Za-z0-9._-]{0,10}$/)
        : `${prefix}${index}`;
    if (WORDS_LOOKED_FOR.test(id)) id = `${prefix}${index}`;
    while (ids.includes(id)) id = `${id}-${index}`;
    ids.push(id);
  }
  return ids;
}

function pick<T>(g: Gen, items: readonly T[]): T {
  return items[g(fc.integer, { min: 0, max: items.length - 1 })] as T;
}

function subset<T>(g: Gen, items: readonly T[], max = items.length): T[] {
  return items.filter(() => g(fc.boolean)).slice(0, max);
}

/** A value that fits the measure; `near` and `side` steer numbers relative to a baseline. */
function valueFor(g: Gen, measure: MeasureName, levels: readonly string[], near?: number, side?: 'up' | 'down'): unknown {
  switch (measure) {
    case 'boolean':
      return side === 'up' ? true : g(fc.boolean);
    case 'ordinal':
      return side === 'up' ? levels[levels.length - 1] : pick(g, levels);
    case 'qualitative':
      return g(fc.string, { maxLength: 40 });
    default:
      break;
  }
  const low = measure === 'ratio' ? -1e6 : 0;
  const high = measure === 'percent' ? 100 : 1e6;
  let value: number;
  if (measure === 'count') {
    const base = near ?? 0;
    const step = g(fc.integer, { min: 0, max: 500 });
    value = side === 'up' ? base + step : side === 'down' ? Math.max(0, base - step) : g(fc.integer, { min: 0, max: 2000 });
  } else {
    const base = near ?? 0;
    const step = g(fc.double, { min: 0, max: 1000, noNaN: true });
    value = side === 'up' ? base + step : side === 'down' ? base - step : g(fc.double, { min: low, max: high, noNaN: true });
    // Sometimes exactly -0: JSON.parse('-0') gives it, and it must never come out again.
    if (measure === 'ratio' && side === undefined && g(fc.integer, { min: 0, max: 15 }) === 0) value = -0;
  }
  return Math.min(high, Math.max(low, value));
}

/** One valid strategy as raw JSON. */
export function buildStrategy(g: Gen): Json {
  const start = g(fc.integer, { min: 2020, max: 2030 });
  const end = start + g(fc.integer, { min: 0, max: 5 });
  const baselineYear = start - 1;

  const levelIds = uniqueIds(g, 'L', g(fc.integer, { min: 1, max: 3 }));
  const levels = levelIds.map((id) => ({ id, title: text(g) }));

  const actorIds = uniqueIds(g, 'A', g(fc.integer, { min: 0, max: 5 }));
  const actors = actorIds.map((id, index) => {
    const actor: Json = { id, name: text(g) };
    if (g(fc.boolean)) actor['shortName'] = text(g);
    if (index > 0 && g(fc.boolean)) actor['parent'] = pick(g, actorIds.slice(0, index));
    return actor;
  });

  const dimensionIds = uniqueIds(g, 'D', g(fc.integer, { min: 0, max: 2 }));
  const dimensions = dimensionIds.map((id) => ({
    id,
    title: text(g),
    codes: uniqueIds(g, 'c', g(fc.integer, { min: 1, max: 4 })).map((code) => ({ code, label: text(g) })),
  }));

  // The tree: results at level k have a parent at level k-1.
  const resultIds = uniqueIds(g, 'R', 12);
  const results: Json[] = [];
  let previous: string[] = [];
  let next = 0;
  levelIds.forEach((level, depth) => {
    const here: string[] = [];
    const count = depth === 0 ? g(fc.integer, { min: 1, max: 3 }) : previous.length === 0 ? 0 : g(fc.integer, { min: 0, max: 3 });
    for (let index = 0; index < count; index++) {
      const id = resultIds[next++] as string;
      const result: Json = { id, title: text(g), level };
      if (depth > 0) result['parent'] = pick(g, previous);
      if (actorIds.length > 0 && g(fc.boolean)) result['lead'] = pick(g, actorIds);
      if (g(fc.boolean)) result['weight'] = g(fc.integer, { min: 1, max: 5 });
      results.push(result);
      here.push(id);
    }
    previous = here;
  });
  const resultList = results.map((result) => result['id'] as string);

  const years = Array.from({ length: end - start + 1 }, (_, index) => String(start + index));
  const indicatorIds = uniqueIds(g, 'I', 9);
  const indicators: Json[] = [];
  const numericIds: string[] = [];
  const baseCount = g(fc.integer, { min: 0, max: 6 });
  for (let index = 0; index < baseCount; index++) {
    const id = indicatorIds[index] as string;
    const measure = pick(g, MEASURES);
    const indicator: Json = { id, title: text(g), result: pick(g, resultList), measure };
    const levelCodes = measure === 'ordinal' ? uniqueIds(g, 'lv', g(fc.integer, { min: 2, max: 4 })) : [];
    if (measure === 'ordinal') indicator['levels'] = levelCodes.map((code) => ({ code, label: text(g) }));
    if (measure === 'rate') indicator['ratePer'] = pick(g, [1000, 100_000]);
    if (measure === 'currency') indicator['currency'] = pick(g, ['USD', 'KHR']);
    const direction = NUMERIC.has(measure)
      ? pick(g, ['increase', 'decrease', 'maintain', 'range', 'none'] as const)
      : measure === 'qualitative' ? 'none' : pick(g, ['increase', 'none'] as const);
    indicator['direction'] = direction;
    if (direction === 'maintain' && g(fc.boolean)) indicator['tolerance'] = g(fc.integer, { min: 0, max: 10 });
    if (direction === 'range') {
      const a = valueFor(g, measure, levelCodes) as number;
      const b = valueFor(g, measure, levelCodes) as number;
      indicator['range'] = { min: Math.min(a, b), max: Math.max(a, b) };
    }
    const baselineValue = measure === 'boolean' ? false : measure === 'ordinal' ? levelCodes[0] : valueFor(g, measure, levelCodes);
    if (direction !== 'none' || g(fc.boolean)) {
      const baseline: Json = { period: String(baselineYear), value: baselineValue };
      if (g(fc.boolean)) baseline['source'] = 'illustrative';
      indicator['baseline'] = baseline;
    }
    const side = direction === 'increase' ? 'up' : direction === 'decrease' ? 'down' : undefined;
    const near = typeof baselineValue === 'number' ? baselineValue : undefined;
    const targets: Json = {};
    for (const year of subset(g, years)) {
      const value = valueFor(g, measure, levelCodes, near, side);
      if (g(fc.integer, { min: 0, max: 3 }) === 0) {
        const revision = { value: valueFor(g, measure, levelCodes, near, side), effective: `${year}-07-01`, note: text(g) };
        targets[year] = { value, source: 'illustrative', revisions: [revision] };
      } else targets[year] = value;
    }
    indicator['targets'] = targets;
    if (actorIds.length > 0 && g(fc.boolean)) {
      const lead = pick(g, actorIds);
      indicator['lead'] = lead;
      const supporting = subset(g, actorIds.filter((actor) => actor !== lead), 3);
      indicator['supporting'] = supporting;
      if (g(fc.boolean)) indicator['shares'] = Object.fromEntries([lead, ...supporting].map((actor) => [actor, g(fc.constantFrom, 0, 0.5, 1)]));
      if (g(fc.boolean)) indicator['reporter'] = pick(g, actorIds);
    }
    indicator['disaggregations'] = subset(g, dimensionIds);
    indicator['frequency'] = pick(g, ['Yearly', 'Yearly', 'Quarterly', 'SixMonthly', 'Monthly'] as const);
    if (measure === 'count' && g(fc.boolean)) indicator['cumulative'] = true;
    if (g(fc.boolean)) indicator['decimals'] = g(fc.integer, { min: 0, max: 6 });
    if (g(fc.boolean)) indicator['sensitive'] = true;
    if (g(fc.boolean)) indicator['weight'] = g(fc.integer, { min: 1, max: 10 });
    if (g(fc.boolean)) indicator['unit'] = g(fc.constantFrom, '%', 'cases', 'USD', '<b>u</b>', '=1+2');
    if (NUMERIC.has(measure) && g(fc.boolean)) {
      indicator['aggregation'] = { disaggregations: pick(g, ['sum', 'mean', 'min', 'max', 'latest'] as const), time: pick(g, ['sum', 'latest', 'mean'] as const) };
    }
    indicators.push(indicator);
    if (NUMERIC.has(measure)) numericIds.push(id);
  }

  // Computed indicators, over earlier numeric ones only (so no cycle).
  const computedCount = numericIds.length === 0 ? 0 : g(fc.integer, { min: 0, max: 2 });
  for (let index = 0; index < computedCount; index++) {
    const id = indicatorIds[baseCount + index] as string;
    const indicator: Json = { id, title: text(g), result: pick(g, resultList), measure: 'ratio', direction: 'none' };
    if (g(fc.boolean)) {
      const refs = Array.from({ length: g(fc.integer, { min: 1, max: 3 }) }, () => `#{${pick(g, numericIds)}}`);
      const operators = refs.slice(1).map(() => pick(g, [' + ', ' - ', ' * ', ' / ']));
      let formula = refs.reduce((sum, ref, position) => (position === 0 ? ref : `${sum}${operators[position - 1] ?? ' + '}${ref}`), '');
      if (g(fc.boolean)) formula = `max(${formula}, 0)`;
      if (g(fc.boolean)) formula = `round(${formula}, 2)`;
      indicator['formula'] = formula;
    } else {
      indicator['ratio'] = { numerator: pick(g, numericIds), denominator: pick(g, numericIds), factor: pick(g, [1, 100, 1000]) };
    }
    if (g(fc.boolean)) {
      indicator['direction'] = 'increase';
      indicator['baseline'] = { period: String(baselineYear), value: 0 };
      indicator['targets'] = { [String(end)]: 1 };
    }
    indicators.push(indicator);
    numericIds.push(id);
  }

  const strategy: Json = {
    id: uniqueIds(g, 'S', 1)[0],
    title: text(g),
    period: { start, end },
    baselineYear,
    levels,
    actors,
    dimensions,
    results,
    indicators,
  };
  if (actorIds.length > 0 && g(fc.boolean)) strategy['owner'] = pick(g, actorIds);
  if (g(fc.boolean)) strategy['description'] = g(fc.string, { maxLength: 80 });
  if (g(fc.boolean)) strategy['language'] = pick(g, ['en', 'km']);
  return strategy;
}

const PERIOD_FORMS = [
  (year: number) => String(year),
  (year: number, n: number) => `${year}Q${(n % 4) + 1}`,
  (year: number, n: number) => `${year}S${(n % 2) + 1}`,
  (year: number, n: number) => `${year}${String((n % 12) + 1).padStart(2, '0')}`,
];

/** Valid observations (raw JSON) for a raw strategy built by {@link buildStrategy}. */
export function buildObservations(g: Gen, strategy: Json, max = 30): Json[] {
  const period = strategy['period'] as { start: number; end: number };
  const baselineYear = strategy['baselineYear'] as number;
  const indicators = (strategy['indicators'] as Json[]).filter((indicator) => indicator['formula'] === undefined && indicator['ratio'] === undefined);
  if (indicators.length === 0) return [];
  const actorIds = (strategy['actors'] as Json[]).map((actor) => actor['id'] as string);
  const dimensions = new Map((strategy['dimensions'] as Json[]).map((dimension) => [dimension['id'] as string, (dimension['codes'] as Json[]).map((code) => code['code'] as string)]));
  const count = g(fc.integer, { min: 0, max: max });
  const observations: Json[] = [];
  for (let index = 0; index < count; index++) {
    const indicator = pick(g, indicators);
    const measure = indicator['measure'] as MeasureName;
    const levels = ((indicator['levels'] as Json[] | undefined) ?? []).map((level) => level['code'] as string);
    const year = g(fc.integer, { min: baselineYear, max: period.end });
    const observation: Json = {
      indicator: indicator['id'],
      period: pick(g, PERIOD_FORMS)(year, g(fc.nat, 11)),
      value: g(fc.integer, { min: 0, max: 12 }) === 0 ? null : valueFor(g, measure, levels),
    };
    const dims = indicator['disaggregations'] as string[];
    if (dims.length > 0 && g(fc.boolean)) observation['disaggregation'] = Object.fromEntries(dims.map((dimension) => [dimension, pick(g, dimensions.get(dimension) ?? [])]));
    else if (g(fc.boolean)) observation['disaggregation'] = {};
    if (actorIds.length > 0 && g(fc.boolean)) observation['reportedBy'] = pick(g, actorIds);
    if (g(fc.boolean)) observation['reportedOn'] = `${g(fc.integer, { min: year, max: period.end + 1 })}-${String(g(fc.integer, { min: 1, max: 12 })).padStart(2, '0')}-${String(g(fc.integer, { min: 1, max: 28 })).padStart(2, '0')}`;
    if (g(fc.boolean)) observation['status'] = pick(g, ['draft', 'submitted', 'approved'] as const);
    if (g(fc.boolean)) observation['source'] = text(g);
    if (g(fc.integer, { min: 0, max: 4 }) === 0) observation['note'] = g(fc.string, { maxLength: 30 });
    observations.push(observation);
  }
  return observations;
}

/** A valid plan and valid observations for it, as raw JSON. */
export const planArb: fc.Arbitrary<{ strategy: Json; observations: Json[] }> = fc.gen().map((g) => {
  const strategy = buildStrategy(g);
  return { strategy, observations: buildObservations(g, strategy) };
});

/** A plan, its observations, and evaluation options. */
export const evaluationCaseArb = fc.record({
  plan: planArb,
  asOf: fc.constantFrom('2019-06-30', '2024-03-27', '2025-03-27', '2026-12-31', '2031-01-15', '2036-06-30'),
  method: fc.constantFrom('default', 'eurostat', 'opensdg', 'unsd2023', 'escap', 'tolaactivity'),
  aggregation: fc.constantFrom('mean', 'worst'),
  includeDrafts: fc.boolean(),
  graceDays: fc.integer({ min: 0, max: 120 }),
  breakdown: fc.boolean(),
  lang: fc.constantFrom('en', 'km'),
  smallCellThreshold: fc.constantFrom(0, 5, 10),
});
