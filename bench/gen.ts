/**
 * Deterministic synthetic national data for the benchmarks and the parity tests.
 *
 * A plan of K indicators under 5 pillars (4 objectives each) led by 22 ministries, 2024–2028 with
 * baseline year 2023, and N observations sampled uniformly, without replacement, over every
 * (indicator, period, disaggregation cell) slot whose period ends by the evaluation date, then
 * shuffled (like a CSV of ministry reports). Each slot is reported at most once, so the data hold
 * no revisions or duplicates: the references in `bench/reference/` rely on that, and the parity
 * test checks that the library found none either.
 *
 * Indicator mix (per performance.md §1, adapted to the library's measures):
 * - 60 % `count` (sum across disaggregations and over time: a flow),
 * - 25 % `percent` (mean across disaggregations, latest over time: a stock),
 * - 15 % `rate` with `aggregation: { disaggregations: 'latest', time: 'latest' }`, national totals
 *   reported by up to 5 ministries (the latest report wins);
 * directions increase 73 %, decrease 22 %, maintain 5 %; annual (`2024`) 55 %, quarterly (`2024Q1`)
 * 45 %; disaggregated by province (25) × sex (2) × age band (4) or a subset of those.
 * Observations: 85 % approved, 13 % submitted, 2 % drafts, 0.3 % explicit `null` values, reported
 * 1–90 days after their period ends (so some are reported after `asOf` and left out).
 *
 * Everything comes from mulberry32 with a fixed seed, so every process rebuilds identical data.
 */
import type { Indicator, Observation, Strategy } from '../src/index.js';

/** A seeded uniform generator on [0, 1) (mulberry32). */
export function mulberry32(seed: number): () => number {
  let a = seed | 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Options of {@link generate}. */
export interface GenOptions {
  /** Number of observations. */
  readonly n: number;
  /** Number of indicators (default N/100, kept between 50 and 20 000; `PERF_K` overrides). */
  readonly k?: number;
  /** Seed (default 20240801). */
  readonly seed?: number;
}

/** What {@link generate} builds. */
export interface Generated {
  /** A strategy in its validated form (what `parseStrategy` returns for it). */
  readonly strategy: Strategy;
  /** Observations in their validated form, in random order. */
  readonly observations: Observation[];
  /** The evaluation date. */
  readonly asOf: string;
  /** Number of indicators. */
  readonly k: number;
}

export const AS_OF = '2026-06-30';
const PLAN_START = 2024;
const PLAN_END = 2028;
const BASELINE_YEAR = 2023;
const PILLARS = 5;
const OBJECTIVES_PER_PILLAR = 4;
const MINISTRIES = 22;
const PROVINCES = 25;
const SEXES = ['female', 'male'] as const;
const AGE_BANDS = ['lt18', '18-29', '30-49', '50plus'] as const;
const SOURCES = ['Ministry annual report', 'Provincial database', 'Survey 2025'] as const;
const LATEST_REPORTERS = 5;

/** Dimension sets of disaggregated indicators, with their weights. */
const DIMENSION_SETS: readonly { readonly dims: readonly string[]; readonly weight: number }[] = [
  { dims: ['province', 'sex', 'ageBand'], weight: 0.25 },
  { dims: ['province', 'sex'], weight: 0.25 },
  { dims: ['province'], weight: 0.15 },
  { dims: ['province', 'ageBand'], weight: 0.15 },
  { dims: ['sex', 'ageBand'], weight: 0.1 },
  { dims: [], weight: 0.1 },
];

const CODES: Readonly<Record<string, readonly string[]>> = {
  province: Array.from({ length: PROVINCES }, (_, i) => `KH-${String(i + 1).padStart(2, '0')}`),
  sex: SEXES,
  ageBand: AGE_BANDS,
};

/** The default number of indicators for N observations. */
export function defaultK(n: number): number {
  const fromEnv = Number(process.env['PERF_K']);
  if (Number.isInteger(fromEnv) && fromEnv > 0) return fromEnv;
  return Math.min(20_000, Math.max(50, Math.round(n / 100)));
}

type Kind = 'count' | 'percent' | 'latest';

interface Plan {
  readonly indicator: Indicator;
  readonly kind: Kind;
  readonly periods: readonly { readonly id: string; readonly end: string }[];
  /** Disaggregation of each cell (for `latest`: the empty total, once per reporter). */
  readonly cells: readonly Readonly<Record<string, string>>[];
  /** Reporter of each cell. */
  readonly reporters: readonly string[];
  /** Typical value of one row. */
  readonly level: number;
}

function cellsOf(dims: readonly string[]): Record<string, string>[] {
  let cells: Record<string, string>[] = [{}];
  for (const dim of dims) {
    const next: Record<string, string>[] = [];
    for (const cell of cells) for (const code of CODES[dim] ?? []) next.push({ ...cell, [dim]: code });
    cells = next;
  }
  return cells;
}

/** `YYYY-MM-DD`, `days` after `date`, in UTC. */
export function addDaysUtc(date: string, days: number): string {
  const ms = Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) + days * 86_400_000;
  return new Date(ms).toISOString().slice(0, 10);
}

const QUARTER_END = ['03-31', '06-30', '09-30', '12-31'] as const;

function periodsOf(frequency: 'Yearly' | 'Quarterly', asOf: string): { id: string; end: string }[] {
  const periods: { id: string; end: string }[] = [];
  for (let year = PLAN_START; year <= PLAN_END; year++) {
    if (frequency === 'Yearly') periods.push({ id: String(year), end: `${year}-12-31` });
    else for (let q = 1; q <= 4; q++) periods.push({ id: `${year}Q${q}`, end: `${year}-${QUARTER_END[q - 1] ?? ''}` });
  }
  return periods.filter((period) => period.end <= asOf);
}

function round(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  const rounded = Math.round(value * factor) / factor;
  return rounded === 0 ? 0 : rounded;
}

/**
 * Builds the plan and its observations.
 *
 * @param options - N, K and the seed.
 * @returns The strategy, the observations and the evaluation date.
 */
export function generate(options: GenOptions): Generated {
  const n = options.n;
  const k = options.k ?? defaultK(n);
  const rng = mulberry32(options.seed ?? 20240801);
  const asOf = AS_OF;

  const actors = Array.from({ length: MINISTRIES }, (_, i) => ({ id: `M${String(i + 1).padStart(2, '0')}`, name: `Ministry ${i + 1}` }));
  const results: Strategy['results'] = [];
  const objectives: string[] = [];
  for (let p = 1; p <= PILLARS; p++) {
    results.push({ id: `P${p}`, title: `Pillar ${p}`, level: 'pillar' });
    for (let o = 1; o <= OBJECTIVES_PER_PILLAR; o++) {
      const id = `P${p}.O${o}`;
      objectives.push(id);
      results.push({ id, title: `Objective ${p}.${o}`, level: 'objective', parent: `P${p}` });
    }
  }
  const dimensions: Strategy['dimensions'] = [
    { id: 'province', title: 'Province', codes: (CODES['province'] ?? []).map((code) => ({ code, label: `Province ${code}` })) },
    { id: 'sex', title: 'Sex', codes: SEXES.map((code) => ({ code, label: code })) },
    { id: 'ageBand', title: 'Age band', codes: AGE_BANDS.map((code) => ({ code, label: code })) },
  ];

  // First pass: indicator shapes and slot capacity, so that values can be scaled to the expected totals.
  interface Shape { kind: Kind; direction: Indicator['direction']; frequency: 'Yearly' | 'Quarterly'; dims: readonly string[]; lead: string; supporting: string[] }
  const shapes: Shape[] = [];
  let capacity = 0;
  for (let i = 0; i < k; i++) {
    const r = rng();
    const kind: Kind = r < 0.6 ? 'count' : r < 0.85 ? 'percent' : 'latest';
    const d = rng();
    const direction: Indicator['direction'] = d < 0.73 ? 'increase' : d < 0.95 ? 'decrease' : 'maintain';
    const frequency = rng() < 0.55 ? 'Yearly' : 'Quarterly';
    let dims: readonly string[] = [];
    if (kind !== 'latest') {
      let w = rng();
      for (const set of DIMENSION_SETS) {
        w -= set.weight;
        if (w < 0) {
          dims = set.dims;
          break;
        }
      }
    }
    const leadIndex = Math.floor(rng() * MINISTRIES);
    const lead = (actors[leadIndex] as { id: string }).id;
    const supporting = kind === 'latest'
      ? Array.from({ length: LATEST_REPORTERS - 1 }, (_, j) => (actors[(leadIndex + 1 + j) % MINISTRIES] as { id: string }).id)
      : [];
    shapes.push({ kind, direction, frequency, dims, lead, supporting });
    const cells = kind === 'latest' ? LATEST_REPORTERS : cellsOf(dims).length;
    capacity += cells * periodsOf(frequency, asOf).length;
  }
  if (n > capacity) throw new Error(`N=${n} exceeds the ${capacity} slots of K=${k} indicators; raise K.`);
  const share = n / capacity;

  const plans: Plan[] = [];
  const indicators: Indicator[] = [];
  for (let i = 0; i < k; i++) {
    const shape = shapes[i] as Shape;
    const id = `IND-${String(i + 1).padStart(5, '0')}`;
    const periods = periodsOf(shape.frequency, asOf);
    const cells = shape.kind === 'latest' ? Array.from({ length: LATEST_REPORTERS }, () => ({})) : cellsOf(shape.dims);
    const reporters = shape.kind === 'latest' ? [shape.lead, ...shape.supporting] : cells.map(() => shape.lead);
    const perYear = shape.frequency === 'Quarterly' ? 4 : 1;
    let level: number;
    let baseline: number;
    let end: number;
    const increase = shape.direction === 'increase';
    const decrease = shape.direction === 'decrease';
    if (shape.kind === 'count') {
      level = 5 + Math.floor(rng() * 46);
      const expected = Math.max(1, level * share * cells.length * perYear);
      baseline = Math.max(1, Math.round(expected * (increase ? 0.65 + rng() * 0.4 : decrease ? 0.95 + rng() * 0.4 : 0.9 + rng() * 0.2)));
      end = increase ? Math.round(baseline * (1.15 + rng() * 0.6)) + 1 : decrease ? Math.max(0, Math.round(baseline * (0.4 + rng() * 0.45))) : baseline;
    } else if (shape.kind === 'percent') {
      level = 20 + rng() * 60;
      baseline = round(level * (increase ? 0.75 + rng() * 0.3 : decrease ? 0.95 + rng() * 0.3 : 0.95 + rng() * 0.1), 1);
      baseline = Math.min(99, baseline);
      end = increase ? Math.min(100, round(baseline * (1.1 + rng() * 0.4) + 1, 1)) : decrease ? round(baseline * (0.5 + rng() * 0.4), 1) : baseline;
    } else {
      level = 2 + rng() * 30;
      baseline = round(level * (increase ? 0.7 + rng() * 0.4 : decrease ? 0.95 + rng() * 0.4 : 0.95 + rng() * 0.1), 2);
      end = increase ? round(baseline * (1.2 + rng() * 0.5), 2) : decrease ? round(baseline * (0.5 + rng() * 0.4), 2) : baseline;
    }
    const targets: Record<string, number> = {};
    for (let year = PLAN_START; year <= PLAN_END; year++) {
      const share5 = (year - BASELINE_YEAR) / (PLAN_END - BASELINE_YEAR);
      const value = baseline + (end - baseline) * share5;
      targets[String(year)] = shape.kind === 'count' ? Math.round(value) : round(value, shape.kind === 'percent' ? 1 : 2);
    }
    const indicator: Indicator = {
      id,
      title: `Indicator ${i + 1}`,
      result: objectives[i % objectives.length] as string,
      measure: shape.kind === 'count' ? 'count' : shape.kind === 'percent' ? 'percent' : 'rate',
      ...(shape.kind === 'latest' ? { ratePer: 100_000 } : {}),
      direction: shape.direction,
      ...(shape.direction === 'maintain' ? { tolerance: shape.kind === 'count' ? Math.max(1, Math.round(baseline * 0.1)) : round(baseline * 0.1, 2) } : {}),
      ...(shape.kind === 'latest' ? { aggregation: { disaggregations: 'latest' as const, time: 'latest' as const } } : {}),
      cumulative: false,
      baseline: { period: String(BASELINE_YEAR), value: baseline },
      targets,
      sensitive: false,
      lead: shape.lead,
      supporting: shape.supporting,
      disaggregations: [...shape.dims],
      frequency: shape.frequency,
      weight: 1 + Math.floor(rng() * 3),
    };
    indicators.push(indicator);
    plans.push({ indicator, kind: shape.kind, periods, cells, reporters, level });
  }

  const strategy: Strategy = {
    schemaVersion: 1,
    id: 'SYN-NSP',
    title: 'Synthetic national strategic plan',
    period: { start: PLAN_START, end: PLAN_END },
    baselineYear: BASELINE_YEAR,
    levels: [{ id: 'pillar', title: 'Pillar' }, { id: 'objective', title: 'Objective' }],
    actors,
    dimensions,
    results,
    indicators,
    language: 'en',
  };

  // Selection sampling (Knuth's algorithm S): exactly n slots, each equally likely.
  const slotPlan = new Int32Array(n);
  const slotPeriod = new Int32Array(n);
  const slotCell = new Int32Array(n);
  let chosen = 0;
  let left = capacity;
  plans.forEach((plan, p) => {
    plan.periods.forEach((_, t) => {
      for (let c = 0; c < plan.cells.length; c++) {
        if (rng() * left < n - chosen) {
          slotPlan[chosen] = p;
          slotPeriod[chosen] = t;
          slotCell[chosen] = c;
          chosen++;
        }
        left--;
      }
    });
  });
  // Fisher–Yates on the slots: reports arrive in no particular order. The objects are then made
  // in that order, as a JSON or CSV reader would make them (so that memory order is array order).
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    const held = order[i] as number;
    order[i] = order[j] as number;
    order[j] = held;
  }
  const observations: Observation[] = new Array<Observation>(n);
  const reportedCache = new Map<string, string>();
  for (let i = 0; i < n; i++) {
    const slot = order[i] as number;
    const plan = plans[slotPlan[slot] as number] as Plan;
    observations[i] = observationOf(plan, plan.periods[slotPeriod[slot] as number] as { id: string; end: string }, slotCell[slot] as number, rng, reportedCache);
  }
  return { strategy, observations, asOf, k };
}

function observationOf(plan: Plan, period: { id: string; end: string }, cell: number, rng: () => number, reportedCache: Map<string, string>): Observation {
  const s = rng();
  const status: Observation['status'] = s < 0.85 ? 'approved' : s < 0.98 ? 'submitted' : 'draft';
  let value: number | null;
  if (rng() < 0.003) value = null;
  else if (plan.kind === 'count') value = Math.floor(rng() * (2 * plan.level + 1));
  else if (plan.kind === 'percent') value = Math.min(100, Math.max(0, round(plan.level - 15 + rng() * 30, 1)));
  else value = round(plan.level * (0.8 + rng() * 0.4), 2);
  const days = 1 + Math.floor(rng() * 90);
  const key = `${period.end}+${days}`;
  let reportedOn = reportedCache.get(key);
  if (reportedOn === undefined) {
    reportedOn = addDaysUtc(period.end, days);
    reportedCache.set(key, reportedOn);
  }
  const sourceDraw = rng();
  const observation: Observation = {
    indicator: plan.indicator.id,
    period: period.id,
    value,
    disaggregation: { ...(plan.cells[cell] ?? {}) },
    reportedBy: plan.reporters[cell] as string,
    reportedOn,
    status,
    ...(sourceDraw < 0.5 ? { source: SOURCES[Math.floor(sourceDraw * 6)] as string } : {}),
  };
  return observation;
}

/**
 * The observations as a JSON text, as a file would hold them: parsing it gives fresh objects and
 * fresh strings, like reading a real file (what `parseObservations` sees).
 */
export function observationsJson(observations: readonly Observation[]): string {
  return JSON.stringify(observations);
}
