import { describe, expect, it } from 'vitest';
import { formatPath, LogframeError, parseStrategy, safeParseStrategy } from '../../src/index.js';
import { cambodiaStrategyJson, tinyStrategy } from './helpers.js';

function problemsOf(input: unknown) {
  const result = safeParseStrategy(input);
  if (result.ok) throw new Error('expected problems');
  return result.problems;
}

describe('parseStrategy', () => {
  it('accepts the Cambodia example and fills defaults', () => {
    const strategy = parseStrategy(cambodiaStrategyJson());
    expect(strategy.id).toBe('KH-NSP-CTIP-2024-2028');
    expect(strategy.results.filter((result) => result.level === 'pillar')).toHaveLength(5);
    expect(strategy.indicators.length).toBeGreaterThanOrEqual(39);
    expect(strategy.actors.length).toBeGreaterThanOrEqual(22);
    expect(strategy.indicators.every((indicator) => Array.isArray(indicator.supporting))).toBe(true);
  });

  it('reports all five integrity problems of a broken copy in one LogframeError', () => {
    const broken = cambodiaStrategyJson();
    const indicators = broken.indicators as Record<string, any>[];
    const results = broken.results as Record<string, any>[];
    // 1. a duplicate id
    indicators[1]!.id = indicators[0]!.id;
    // 2. an unknown parent
    results[6]!.parent = 'NO-SUCH-PILLAR';
    // 3. a target for 2031
    indicators[2]!.targets['2031'] = 5;
    // 4. an increase indicator whose end target is below its baseline
    const increasing = indicators.findIndex((indicator, index) => index > 3 && indicator.direction === 'increase' && typeof indicator.baseline?.value === 'number' && indicator.baseline.value > 10 && !indicator.formula && !indicator.ratio);
    indicators[increasing]!.targets = { '2024': 1, '2028': 1 };
    // 5. a formula cycle
    indicators.push(
      { id: 'CYC-A', title: 'A', result: results[0]!.id, measure: 'ratio', direction: 'none', formula: '#{CYC-B} + 1' },
      { id: 'CYC-B', title: 'B', result: results[0]!.id, measure: 'ratio', direction: 'none', formula: '#{CYC-A} * 2' },
    );

    let error: unknown;
    try {
      parseStrategy(broken);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(LogframeError);
    const problems = (error as LogframeError).problems;
    const codes = problems.map((problem) => problem.code);
    expect(codes).toContain('DUPLICATE_ID');
    expect(codes).toContain('UNKNOWN_REFERENCE');
    expect(codes).toContain('TARGET_OUTSIDE_PLAN');
    expect(codes).toContain('TARGET_CONTRADICTS_DIRECTION');
    expect(problems.find((problem) => problem.code === 'DUPLICATE_ID')?.path).toEqual(['indicators', 1, 'id']);
    expect(problems.find((problem) => problem.code === 'UNKNOWN_REFERENCE')?.path).toEqual(['results', 6, 'parent']);
    expect(formatPath(problems.find((problem) => problem.code === 'TARGET_OUTSIDE_PLAN')!.path)).toBe('indicators[2].targets.2031');
    expect(problems.find((problem) => problem.code === 'TARGET_CONTRADICTS_DIRECTION')?.path.slice(0, 3)).toEqual(['indicators', increasing, 'targets']);
    // The formula cycle is checked once the references resolve: fix those and it shows.
    indicators[1]!.id = 'UNIQUE';
    results[6]!.parent = results[0]!.id;
    const again = problemsOf(broken);
    const cycle = again.find((problem) => problem.code === 'FORMULA_CYCLE');
    expect(cycle?.message).toContain('CYC-A → CYC-B → CYC-A');
    expect((error as LogframeError).message).toContain('indicators[2].targets.2031');
  });

  it('reports every problem with path, code, message and severity', () => {
    for (const problem of problemsOf({ id: 'x y', title: '', period: { start: 2028, end: 2024 } })) {
      expect(problem.path).toBeInstanceOf(Array);
      expect(problem.code).toMatch(/^[A-Z_]+$/);
      expect(problem.message.length).toBeGreaterThan(10);
      expect(problem.severity).toBe('error');
    }
  });

  it('rejects unknown keys instead of dropping them', () => {
    const input = tinyStrategy();
    input.indicators[0].colour = 'red';
    const problem = problemsOf(input).find((p) => p.code === 'UNKNOWN_KEY');
    expect(problem?.path).toEqual(['indicators', 0, 'colour']);
  });

  it('rejects reserved keys wherever user keys are accepted', () => {
    const input = JSON.parse(JSON.stringify(tinyStrategy()).replace('"2024":315', '"__proto__":315,"2024":315')) as Record<string, unknown>;
    const problem = problemsOf(input).find((p) => p.code === 'RESERVED_KEY');
    expect(problem?.path).toEqual(['indicators', 0, 'targets', '__proto__']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('checks values against measures', () => {
    const input = tinyStrategy();
    input.indicators[0].baseline.value = 3.5;
    input.indicators[1].targets['2028'] = 120;
    const codes = problemsOf(input).map((p) => p.code);
    expect(codes).toContain('VALUE_NOT_COUNT');
    expect(codes).toContain('VALUE_OUT_OF_RANGE');
  });

  it('requires a baseline for scored indicators', () => {
    const input = tinyStrategy();
    delete input.indicators[0].baseline;
    expect(problemsOf(input).map((p) => p.code)).toContain('BASELINE_MISSING');
    input.indicators[0].direction = 'none';
    expect(safeParseStrategy(input).ok).toBe(true);
  });

  it('finds cycles in the results tree once, whatever the order', () => {
    const input = tinyStrategy();
    input.results[0].parent = 'O1';
    const cycles = problemsOf(input).filter((p) => p.code === 'RESULT_CYCLE' || p.code === 'RESULT_LEVEL_ORDER');
    expect(cycles.filter((p) => p.code === 'RESULT_CYCLE')).toHaveLength(1);
    expect(cycles.find((p) => p.code === 'RESULT_CYCLE')?.message).toMatch(/O1 → P1 → O1|P1 → O1 → P1/);
  });

  it('rejects invalid period ids in targets with the reason', () => {
    const input = tinyStrategy();
    input.indicators[0].targets = { '2024Q5': 3 };
    const problem = problemsOf(input).find((p) => p.code === 'PERIOD_INVALID');
    expect(problem?.path).toEqual(['indicators', 0, 'targets', '2024Q5']);
    expect(problem?.message).toContain('2024Q5');
  });

  it('rejects ids with invisible or bidirectional control characters', () => {
    const input = tinyStrategy();
    input.indicators[0].id = 'char\u202Eged';
    expect(problemsOf(input)[0]?.path).toEqual(['indicators', 0, 'id']);
  });

  it('names unknown formula references with their position', () => {
    const input = tinyStrategy();
    input.indicators.push({ id: 'ratio', title: 'R', result: 'O1', measure: 'ratio', direction: 'none', formula: 'charged / nothing' });
    const problem = problemsOf(input).find((p) => p.code.startsWith('FORMULA_'));
    expect(problem?.path).toEqual(['indicators', 2, 'formula']);
    expect(problem?.message).toContain('nothing');
  });

  it('is deterministic and does not mutate its input', () => {
    const input = cambodiaStrategyJson();
    const before = JSON.stringify(input);
    expect(JSON.stringify(parseStrategy(input))).toBe(JSON.stringify(parseStrategy(input)));
    expect(JSON.stringify(input)).toBe(before);
  });
});
