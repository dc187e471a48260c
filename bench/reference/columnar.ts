/**
 * Reference (c): the tuned columnar implementation of the spec in `naive.ts` — the physical-limit
 * anchor the library's budgets are set against. Not shipped.
 *
 * - `prepareColumnar(strategy)`: per-indicator constants in typed arrays (O(indicators)).
 * - `encodeColumnar(plan, observations)`: `Observation[]` → one typed array per field, with
 *   integer codes for indicator, period, report day and reporter. Dictionaries are null-prototype
 *   objects (performance.md §2.5: faster than `Map` on strings); each distinct period id and date
 *   string is parsed once.
 * - `columnarKernel(plan, columns, asOf)`: one pass over the rows into dense slots
 *   `indicator × period`, then one pass over the indicators and one over the results; the output
 *   is typed arrays too (no allocation per row or per indicator).
 */
import type { Observation, Strategy } from '../../src/index.js';
import { cagr, dayOf, decide, interpolate, NO_DATA, orNull, periodDays, planOf, progress, round9, STATUS_NAMES, timeAfterDay, ZERO_SUBSTITUTE } from './rules.js';
import type { Decision, RefOutput } from './rules.js';

/** Per-indicator constants in typed arrays. */
export interface ColumnarPlan {
  readonly k: number;
  readonly ids: readonly string[];
  readonly index: Record<string, number>;
  readonly kind: Uint8Array;
  readonly dir: Int8Array;
  readonly quarterly: Uint8Array;
  readonly baseline: Float64Array;
  readonly tBaseline: Float64Array;
  readonly target: Float64Array;
  readonly pathStart: Int32Array;
  readonly pathT: Float64Array;
  readonly pathV: Float64Array;
  readonly tolerance: Float64Array;
  readonly weight: Float64Array;
  readonly result: Int32Array;
  readonly lead: Int32Array;
  /** Reporter id → its rank in sorted order (ties of `latest` go to the greatest). */
  readonly reporterRank: Record<string, number>;
  readonly firstYear: number;
  readonly lastYear: number;
  readonly planEndDay: number;
  readonly resultIds: readonly string[];
  readonly resultWeight: Float64Array;
  /** Results in an order where children come before their parent. */
  readonly resultOrder: Int32Array;
  /** Children results of each result, in strategy order (CSR). */
  readonly childStart: Int32Array;
  readonly children: Int32Array;
  readonly topLevel: Int32Array;
  readonly actorIds: readonly string[];
}

/** The encoded observations: one typed array per field. */
export interface Columns {
  readonly n: number;
  readonly indicator: Int32Array;
  readonly period: Int32Array;
  /** NaN for a `null` (or non-numeric) value. */
  readonly value: Float64Array;
  /** Day number of `reportedOn`, or −1 when absent. */
  readonly day: Int32Array;
  /** Reporter rank, −1 when absent. */
  readonly reporter: Int32Array;
  /** 0 draft, 1 submitted, 2 approved. */
  readonly status: Uint8Array;
  /** The period table: one entry per distinct period id. */
  readonly periods: { readonly ids: string[]; readonly year: number[]; readonly quarter: number[]; readonly endDay: number[] };
}

/** The kernel's output: one entry per indicator (NaN for none) plus the roll-ups. */
export interface ColumnarResult {
  readonly currentPeriod: Int32Array;
  readonly current: Float64Array;
  readonly progress: Float64Array;
  readonly expected: Float64Array;
  readonly performance: Float64Array;
  readonly cagr: Float64Array;
  readonly status: Uint8Array;
  readonly score: Float64Array;
  readonly resultScore: Float64Array;
  readonly actorScore: Float64Array;
  plan: number;
  /** Indicator × period cells with at least one row used. */
  groups: number;
}

export function prepareColumnar(strategy: Strategy): ColumnarPlan {
  const { indicators } = planOf(strategy);
  const k = indicators.length;
  const index: Record<string, number> = Object.create(null) as Record<string, number>;
  const kind = new Uint8Array(k);
  const dir = new Int8Array(k);
  const quarterly = new Uint8Array(k);
  const baseline = new Float64Array(k);
  const tBaseline = new Float64Array(k);
  const target = new Float64Array(k);
  const pathStart = new Int32Array(k + 1);
  const tolerance = new Float64Array(k);
  const weight = new Float64Array(k);
  const result = new Int32Array(k);
  const lead = new Int32Array(k);
  const pathT: number[] = [];
  const pathV: number[] = [];
  indicators.forEach((plan, i) => {
    index[plan.id] = i;
    kind[i] = plan.kind;
    dir[i] = plan.dir;
    quarterly[i] = plan.quarterly ? 1 : 0;
    baseline[i] = plan.baseline;
    tBaseline[i] = plan.tBaseline;
    target[i] = plan.target;
    pathStart[i] = pathT.length;
    pathT.push(...plan.pathT);
    pathV.push(...plan.pathV);
    tolerance[i] = plan.tolerance;
    weight[i] = plan.weight;
    result[i] = plan.result;
    lead[i] = plan.lead;
  });
  pathStart[k] = pathT.length;
  const reporterRank: Record<string, number> = Object.create(null) as Record<string, number>;
  [...strategy.actors.map((actor) => actor.id)].sort().forEach((id, rank) => {
    reporterRank[id] = rank;
  });
  const resultIndex = new Map(strategy.results.map((item, i) => [item.id, i]));
  const r = strategy.results.length;
  const childLists: number[][] = strategy.results.map(() => []);
  const top: number[] = [];
  strategy.results.forEach((item, i) => {
    const parent = item.parent === undefined ? undefined : resultIndex.get(item.parent);
    if (parent === undefined) top.push(i);
    else childLists[parent]?.push(i);
  });
  const childStart = new Int32Array(r + 1);
  const children: number[] = [];
  childLists.forEach((list, i) => {
    childStart[i] = children.length;
    children.push(...list);
  });
  childStart[r] = children.length;
  const order: number[] = [];
  const visit = (i: number) => {
    for (const child of childLists[i] ?? []) visit(child);
    order.push(i);
  };
  for (const i of top) visit(i);
  return {
    k,
    ids: indicators.map((plan) => plan.id),
    index,
    kind,
    dir,
    quarterly,
    baseline,
    tBaseline,
    target,
    pathStart,
    pathT: Float64Array.from(pathT),
    pathV: Float64Array.from(pathV),
    tolerance,
    weight,
    result,
    lead,
    reporterRank,
    firstYear: strategy.period.start - 1,
    lastYear: strategy.period.end,
    planEndDay: dayOf(`${strategy.period.end}-12-31`),
    resultIds: strategy.results.map((item) => item.id),
    resultWeight: Float64Array.from(strategy.results.map((item) => item.weight ?? 1)),
    resultOrder: Int32Array.from(order),
    childStart,
    children: Int32Array.from(children),
    topLevel: Int32Array.from(top),
    actorIds: strategy.actors.map((actor) => actor.id),
  };
}

const STATUS_CODE: Record<string, number> = Object.assign(Object.create(null) as Record<string, number>, { draft: 0, submitted: 1, approved: 2 });

/** Encodes observations into typed columns (rows of unknown indicators get −1). */
export function encodeColumnar(plan: ColumnarPlan, observations: readonly Observation[]): Columns {
  const n = observations.length;
  const indicator = new Int32Array(n);
  const period = new Int32Array(n);
  const value = new Float64Array(n);
  const day = new Int32Array(n);
  const reporter = new Int32Array(n);
  const status = new Uint8Array(n);
  const periodIndex: Record<string, number> = Object.create(null) as Record<string, number>;
  const periods = { ids: [] as string[], year: [] as number[], quarter: [] as number[], endDay: [] as number[] };
  const days: Record<string, number> = Object.create(null) as Record<string, number>;
  const index = plan.index;
  const ranks = plan.reporterRank;
  for (let row = 0; row < n; row++) {
    const observation = observations[row] as Observation;
    const i = index[observation.indicator];
    indicator[row] = i === undefined ? -1 : i;
    const id = observation.period;
    let p = periodIndex[id];
    if (p === undefined) {
      const parsed = periodDays(id);
      p = periods.ids.length;
      periods.ids.push(id);
      periods.year.push(parsed.year);
      periods.quarter.push(parsed.quarter);
      periods.endDay.push(parsed.end);
      periodIndex[id] = p;
    }
    period[row] = p;
    const v = observation.value;
    value[row] = typeof v === 'number' ? v : NaN;
    const date = observation.reportedOn;
    if (date === undefined) day[row] = -1;
    else {
      let d = days[date];
      if (d === undefined) {
        d = dayOf(date);
        days[date] = d;
      }
      day[row] = d;
    }
    const by = observation.reportedBy;
    const rank = by === undefined ? undefined : ranks[by];
    reporter[row] = rank === undefined ? -1 : rank;
    status[row] = STATUS_CODE[observation.status] ?? 0;
  }
  return { n, indicator, period, value, day, reporter, status, periods };
}

/** Scores from encoded columns. */
export function columnarKernel(plan: ColumnarPlan, columns: Columns, asOf: string): ColumnarResult {
  const k = plan.k;
  const table = columns.periods;
  const pCount = table.ids.length;
  const asOfDay = dayOf(asOf);
  const slots = k * pCount;
  const sum = new Float64Array(slots);
  const count = new Int32Array(slots);
  const latestKey = new Float64Array(slots).fill(-1);
  const latest = new Float64Array(slots);
  const endDay = Int32Array.from(table.endDay);

  const { n, indicator, period, value, day, reporter, status } = columns;
  for (let row = 0; row < n; row++) {
    const i = indicator[row] as number;
    const v = value[row] as number;
    if (i < 0 || status[row] === 0 || v !== v) continue;
    const p = period[row] as number;
    let d = day[row] as number;
    if (d < 0) d = endDay[p] as number;
    if (d > asOfDay) continue;
    const slot = i * pCount + p;
    sum[slot] = (sum[slot] as number) + v;
    count[slot] = (count[slot] as number) + 1;
    const key = d * 1024 + (reporter[row] as number) + 1;
    if (key >= (latestKey[slot] as number)) {
      latestKey[slot] = key;
      latest[slot] = v;
    }
  }

  // Period lookup by (year, quarter) and the time of each period's end.
  const y0 = plan.firstYear;
  const years = plan.lastYear - y0 + 1;
  const lookup = new Int32Array(years * 5).fill(-1);
  const tEnd = new Float64Array(pCount);
  for (let p = 0; p < pCount; p++) {
    const y = (table.year[p] as number) - y0;
    if (y >= 0 && y < years) lookup[y * 5 + (table.quarter[p] as number)] = p;
    tEnd[p] = timeAfterDay(endDay[p] as number);
  }
  const yearEnd = new Int32Array(years);
  const tYear = new Float64Array(years);
  for (let y = 0; y < years; y++) {
    yearEnd[y] = Date.UTC(y0 + y, 11, 31) / 86_400_000;
    tYear[y] = timeAfterDay(yearEnd[y] as number);
  }
  let groups = 0;
  for (let slot = 0; slot < slots; slot++) if ((count[slot] as number) > 0) groups++;

  const out: ColumnarResult = {
    currentPeriod: new Int32Array(k).fill(-1),
    current: new Float64Array(k).fill(NaN),
    progress: new Float64Array(k).fill(NaN),
    expected: new Float64Array(k).fill(NaN),
    performance: new Float64Array(k).fill(NaN),
    cagr: new Float64Array(k).fill(NaN),
    status: new Uint8Array(k).fill(NO_DATA),
    score: new Float64Array(k).fill(NaN),
    resultScore: new Float64Array(plan.resultIds.length).fill(NaN),
    actorScore: new Float64Array(plan.actorIds.length).fill(NaN),
    plan: NaN,
    groups,
  };
  const decision: Decision = { status: 0, score: NaN };
  const resultSum = new Float64Array(plan.resultIds.length);
  const resultWeights = new Float64Array(plan.resultIds.length);
  const actorSum = new Float64Array(plan.actorIds.length);
  const actorWeights = new Float64Array(plan.actorIds.length);
  const { kind, quarterly, dir, baseline, target, tBaseline, pathStart, pathT, pathV } = plan;

  for (let i = 0; i < k; i++) {
    const base = i * pCount;
    const tb = tBaseline[i] as number;
    let c = NaN;
    let cp = -1;
    let ct = NaN;
    let cEnd = 0;
    const q = quarterly[i] === 1;
    if (kind[i] === 0) {
      for (let y = 0; y < years; y++) {
        if ((yearEnd[y] as number) > asOfDay || (tYear[y] as number) <= tb) continue;
        let total = 0;
        let complete = true;
        if (q) {
          for (let quarter = 1; quarter <= 4; quarter++) {
            const p = lookup[y * 5 + quarter] as number;
            if (p < 0 || (count[base + p] as number) === 0) {
              complete = false;
              break;
            }
            total += sum[base + p] as number;
          }
        } else {
          const p = lookup[y * 5] as number;
          if (p < 0 || (count[base + p] as number) === 0) complete = false;
          else total = sum[base + p] as number;
        }
        if (!complete) continue;
        c = total;
        cp = y;
        ct = tYear[y] as number;
        cEnd = yearEnd[y] as number;
      }
      // Report the year as its period id (annual id of that year).
      if (cp >= 0) cp = -2 - cp;
    } else {
      const mean = kind[i] === 1;
      for (let y = 0; y < years; y++) {
        const from = q ? 1 : 0;
        const to = q ? 4 : 0;
        for (let quarter = from; quarter <= to; quarter++) {
          const p = lookup[y * 5 + quarter] as number;
          if (p < 0) continue;
          const slot = base + p;
          const cnt = count[slot] as number;
          if (cnt === 0 || (endDay[p] as number) > asOfDay || (tEnd[p] as number) <= tb) continue;
          c = mean ? (sum[slot] as number) / cnt : (latest[slot] as number);
          cp = p;
          ct = tEnd[p] as number;
          cEnd = endDay[p] as number;
        }
      }
    }
    if (cp === -1) continue;
    out.currentPeriod[i] = cp;
    out.current[i] = c;
    const d = dir[i] as number;
    const b = baseline[i] as number;
    const t = target[i] as number;
    const e = interpolate(pathT, pathV, pathStart[i] as number, pathStart[i + 1] as number, ct);
    const p = d === 0 ? NaN : progress(b, t, c, d);
    const ep = d === 0 ? NaN : progress(b, t, e, d);
    let perf = p === p && ep === ep && ep > 0 ? p / ep : NaN;
    if (!Number.isFinite(perf)) perf = NaN;
    out.expected[i] = e;
    out.progress[i] = p;
    out.performance[i] = perf;
    out.cagr[i] = cagr(b === 0 ? ZERO_SUBSTITUTE : b, c, ct - tb);
    decide(decision, d, b, t, c, p, ep, perf, plan.tolerance[i] as number, cEnd >= plan.planEndDay);
    out.status[i] = decision.status;
    const score = decision.score;
    out.score[i] = score;
    if (score === score) {
      const w = plan.weight[i] as number;
      const r = plan.result[i] as number;
      if (r >= 0) {
        resultSum[r] = (resultSum[r] as number) + w * score;
        resultWeights[r] = (resultWeights[r] as number) + w;
      }
      const a = plan.lead[i] as number;
      if (a >= 0) {
        actorSum[a] = (actorSum[a] as number) + w * score;
        actorWeights[a] = (actorWeights[a] as number) + w;
      }
    }
  }

  const order = plan.resultOrder;
  for (let j = 0; j < order.length; j++) {
    const r = order[j] as number;
    let s = resultSum[r] as number;
    let w = resultWeights[r] as number;
    for (let c = plan.childStart[r] as number; c < (plan.childStart[r + 1] as number); c++) {
      const child = plan.children[c] as number;
      const cs = out.resultScore[child] as number;
      if (cs !== cs) continue;
      const cw = plan.resultWeight[child] as number;
      s += cw * cs;
      w += cw;
    }
    out.resultScore[r] = w > 0 ? round9(s / w) : NaN;
  }
  let ps = 0;
  let pw = 0;
  for (let j = 0; j < plan.topLevel.length; j++) {
    const r = plan.topLevel[j] as number;
    const cs = out.resultScore[r] as number;
    if (cs !== cs) continue;
    const cw = plan.resultWeight[r] as number;
    ps += cw * cs;
    pw += cw;
  }
  out.plan = pw > 0 ? round9(ps / pw) : NaN;
  for (let a = 0; a < plan.actorIds.length; a++) out.actorScore[a] = (actorWeights[a] as number) > 0 ? round9((actorSum[a] as number) / (actorWeights[a] as number)) : NaN;
  return out;
}

/** Encode + kernel: the end-to-end path from `Observation[]`. */
export function columnarEvaluate(plan: ColumnarPlan, observations: readonly Observation[], asOf: string): ColumnarResult {
  return columnarKernel(plan, encodeColumnar(plan, observations), asOf);
}

/** The kernel's output in the shared shape (for the parity test; not timed). */
export function columnarOutput(plan: ColumnarPlan, columns: Columns, result: ColumnarResult): RefOutput {
  const indicators = plan.ids.map((id, i) => {
    const cp = result.currentPeriod[i] as number;
    const currentPeriod = cp === -1 ? null : cp <= -2 ? String(plan.firstYear + (-2 - cp)) : (columns.periods.ids[cp] as string);
    return {
      id,
      currentPeriod,
      current: orNull(result.current[i] as number),
      progress: orNull(result.progress[i] as number),
      expected: orNull(result.expected[i] as number),
      performance: orNull(result.performance[i] as number),
      cagr: orNull(result.cagr[i] as number),
      status: STATUS_NAMES[result.status[i] as number] ?? 'no-data',
      score: orNull(result.score[i] as number),
    };
  });
  return {
    indicators,
    results: plan.resultIds.map((id, r) => ({ id, score: orNull(result.resultScore[r] as number) })),
    plan: orNull(result.plan),
    actors: plan.actorIds.map((id, a) => ({ id, score: orNull(result.actorScore[a] as number) })),
  };
}
