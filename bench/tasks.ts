/**
 * The benchmark's tasks: each one a setup (not timed) that returns the function to time. A task
 * runs alone in its own child process (see `bench/index.ts`), on data loaded from the generator's
 * cache, so that one task's heap and JIT state cannot change another's figures.
 */
import * as math from 'mathjs';
import * as z from 'zod';
import {
  compileFormula,
  evaluate,
  indexObservations,
  allPeriodValues,
  ObservationSchema,
  parseObservations,
  scoreIndicator,
  summarize,
  toCsv,
  toHtml,
  toMarkdown,
  toText,
} from '../src/index.js';
import type { Observation, Strategy } from '../src/index.js';
import { columnarKernel, encodeColumnar, prepareColumnar } from './reference/columnar.js';
import { naiveEvaluate } from './reference/naive.js';

/** What every task's setup gets. */
export interface TaskData {
  readonly n: number;
  readonly strategy: Strategy;
  /** Validated observations (the library's `Observation[]`), as parsed from the JSON file. */
  readonly observations: readonly Observation[];
  /** The JSON text of the observations, to make fresh raw input from. */
  readonly json: string;
  readonly asOf: string;
}

export interface TaskSpec {
  /** What the figure is about. */
  readonly label: string;
  /** Whether the time is per observation (else per call, e.g. a formula evaluation). */
  readonly perObservation: boolean;
  /** Calls per timed iteration (for micro tasks). */
  readonly callsPerIteration?: number;
  /** Returns the function to time, given the data (`undefined` for tasks without data). */
  setup(data: TaskData | undefined): () => unknown;
}

function need(data: TaskData | undefined): TaskData {
  if (data === undefined) throw new Error('This task needs data');
  return data;
}

/** Scores every indicator from an index, the way `evaluate` does (without the roll-ups). */
function scoreAllFrom(strategy: Strategy, index: ReturnType<typeof indexObservations>): number {
  const values = allPeriodValues(strategy, index);
  let scored = 0;
  for (const indicator of strategy.indicators) {
    if (scoreIndicator(strategy, index, indicator.id, { method: 'default' }, values).score !== null) scored++;
  }
  return scored;
}

const FORMULA = 'convictions / prosecutions * 100';
const FORMULA_CALLS = 100_000;

export const TASKS: Readonly<Record<string, TaskSpec>> = {
  'lib.parseObservations': {
    label: 'parseObservations (validate raw JSON objects)',
    perObservation: true,
    setup(data) {
      const { strategy, json } = need(data);
      const input: unknown = JSON.parse(json);
      return () => parseObservations(input, strategy);
    },
  },
  'lib.evaluate': {
    label: 'evaluate (validated Observation[] in)',
    perObservation: true,
    setup(data) {
      const { strategy, observations, asOf } = need(data);
      return () => evaluate(strategy, observations, { asOf });
    },
  },
  'lib.index': {
    label: 'indexObservations (store build only)',
    perObservation: true,
    setup(data) {
      const { strategy, observations, asOf } = need(data);
      return () => indexObservations(strategy, observations, { asOf });
    },
  },
  'lib.score': {
    label: 'scoring every indicator from a built index',
    perObservation: true,
    setup(data) {
      const { strategy, observations, asOf } = need(data);
      const index = indexObservations(strategy, observations, { asOf });
      return () => scoreAllFrom(strategy, index);
    },
  },
  'lib.summarize': {
    label: 'summarize (from an Evaluation)',
    perObservation: true,
    setup(data) {
      const { strategy, observations, asOf } = need(data);
      const evaluation = evaluate(strategy, observations, { asOf });
      return () => summarize(evaluation);
    },
  },
  'lib.toHtml': renderTask('toHtml', (summary) => toHtml(summary)),
  'lib.toMarkdown': renderTask('toMarkdown', (summary) => toMarkdown(summary)),
  'lib.toCsv': renderTask('toCsv', (summary) => toCsv(summary)),
  'lib.toText': renderTask('toText', (summary) => toText(summary)),
  'ref.naive': {
    label: 'reference: naive Map-based (Observation[] in)',
    perObservation: true,
    setup(data) {
      const { strategy, observations, asOf } = need(data);
      return () => naiveEvaluate(strategy, observations, asOf);
    },
  },
  'ref.columnar.e2e': {
    label: 'reference: columnar, prepare + encode + kernel (Observation[] in)',
    perObservation: true,
    setup(data) {
      const { strategy, observations, asOf } = need(data);
      return () => {
        const plan = prepareColumnar(strategy);
        return columnarKernel(plan, encodeColumnar(plan, observations), asOf);
      };
    },
  },
  'ref.columnar.encode': {
    label: 'reference: columnar encode only',
    perObservation: true,
    setup(data) {
      const { strategy, observations } = need(data);
      const plan = prepareColumnar(strategy);
      return () => encodeColumnar(plan, observations);
    },
  },
  'ref.columnar.kernel': {
    label: 'reference: columnar kernel (typed columns in)',
    perObservation: true,
    setup(data) {
      const { strategy, observations, asOf } = need(data);
      const plan = prepareColumnar(strategy);
      const columns = encodeColumnar(plan, observations);
      return () => columnarKernel(plan, columns, asOf);
    },
  },
  'anchor.zod': {
    label: 'anchor: z.array(ObservationSchema).parse (zod alone)',
    perObservation: true,
    setup(data) {
      const { json } = need(data);
      const input: unknown = JSON.parse(json);
      const schema = z.array(ObservationSchema);
      return () => schema.parse(input);
    },
  },
  'micro.formula.closure': {
    label: `formula "${FORMULA}": compileFormula once, evaluate per call`,
    perObservation: false,
    callsPerIteration: FORMULA_CALLS,
    setup() {
      const compiled = compileFormula(FORMULA);
      const values = new Float64Array(FORMULA_CALLS * 2);
      for (let i = 0; i < values.length; i++) values[i] = 1 + ((i * 7919) % 1000);
      let row = 0;
      const lookup = (id: string): number => (id === 'convictions' ? (values[2 * row] as number) : (values[2 * row + 1] as number));
      return () => {
        let total = 0;
        for (row = 0; row < FORMULA_CALLS; row++) {
          const result = compiled.evaluate(lookup);
          if (result.ok) total += result.value;
        }
        return total;
      };
    },
  },
  'micro.formula.mathjs': {
    label: `formula "${FORMULA}": mathjs compile once, evaluate per call (for comparison)`,
    perObservation: false,
    callsPerIteration: FORMULA_CALLS,
    setup() {
      const compiled = math.compile(FORMULA);
      const values = new Float64Array(FORMULA_CALLS * 2);
      for (let i = 0; i < values.length; i++) values[i] = 1 + ((i * 7919) % 1000);
      return () => {
        let total = 0;
        for (let row = 0; row < FORMULA_CALLS; row++) {
          total += compiled.evaluate({ convictions: values[2 * row], prosecutions: values[2 * row + 1] }) as number;
        }
        return total;
      };
    },
  },
};

function renderTask(name: string, render: (summary: ReturnType<typeof summarize>) => string): TaskSpec {
  return {
    label: `${name} (from an EvaluationSummary)`,
    perObservation: true,
    setup(data) {
      const { strategy, observations, asOf } = need(data);
      const summary = summarize(evaluate(strategy, observations, { asOf }));
      return () => render(summary);
    },
  };
}

/** Memory probes: what is held after a full GC, and what one call allocates. */
export const MEMORY_TASKS: Readonly<Record<string, { label: string; build(data: TaskData): () => unknown }>> = {
  'lib.index': { label: 'indexObservations: the index (the library\'s per-observation store)', build: ({ strategy, observations, asOf }) => () => indexObservations(strategy, observations, { asOf }) },
  'lib.score': {
    label: 'scoring every indicator from a built index',
    build: ({ strategy, observations, asOf }) => {
      const index = indexObservations(strategy, observations, { asOf });
      return () => scoreAllFrom(strategy, index);
    },
  },
  'lib.evaluate': { label: 'evaluate (Observation[] in)', build: ({ strategy, observations, asOf }) => () => evaluate(strategy, observations, { asOf }) },
  'lib.parseObservations': {
    label: 'parseObservations (its output: the validated copies)',
    build: ({ strategy, json }) => {
      const input: unknown = JSON.parse(json);
      return () => parseObservations(input, strategy);
    },
  },
  'ref.columnar.encode': {
    label: 'reference: columnar columns',
    build: ({ strategy, observations }) => {
      const plan = prepareColumnar(strategy);
      return () => encodeColumnar(plan, observations);
    },
  },
  'ref.columnar.kernel': {
    label: 'reference: columnar kernel (typed columns in)',
    build: ({ strategy, observations, asOf }) => {
      const plan = prepareColumnar(strategy);
      const columns = encodeColumnar(plan, observations);
      return () => columnarKernel(plan, columns, asOf);
    },
  },
  'ref.columnar.e2e': {
    label: 'reference: columnar e2e',
    build: ({ strategy, observations, asOf }) => () => {
      const plan = prepareColumnar(strategy);
      return columnarKernel(plan, encodeColumnar(plan, observations), asOf);
    },
  },
  'ref.naive': { label: 'reference: naive', build: ({ strategy, observations, asOf }) => () => naiveEvaluate(strategy, observations, asOf) },
};
