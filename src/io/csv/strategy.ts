import { safeParseStrategy } from '../../model/index.js';
import type { Measure, SafeParseStrategyResult, Strategy } from '../../model/index.js';
import { LogframeError } from '../../problems/index.js';
import type { Problem } from '../../problems/index.js';
import { wrongInput } from '../shared/input.js';
import { unescapeCell } from './cells.js';
import { checkDialect } from './dialect.js';
import type { Delimiter } from './dialect.js';
import { checkHeaderNames } from './header.js';
import { trimCell } from './numbers.js';
import type { NumberDialect } from './numbers.js';
import { isBlankRow, rowProblem } from './records.js';
import { parseRows } from './rows.js';
import { columnOfPath, readStrategyCell, strategyColumn } from './strategyColumns.js';
import type { StrategyColumn } from './strategyColumns.js';

/**
 * Options of {@link readStrategyCsv}.
 *
 * @category Import and export
 */
export interface ReadStrategyCsvOptions extends NumberDialect {
  /**
   * The delimiter: `,` (the default), `;`, or `auto` to detect `,` or `;` from the header line.
   * Without it, a file evidently separated by something else is refused (`CSV_DELIMITER_UNDECLARED`).
   */
  readonly delimiter?: Delimiter | 'auto' | undefined;
  /** Columns to accept and ignore (e.g. a spreadsheet's own notes column). */
  readonly ignoreColumns?: readonly string[] | undefined;
}

type Plan = ({ spec: StrategyColumn; language?: string } | { target: string } | { ignore: true })[];

/**
 * Builds a strategy from an indicators spreadsheet saved as CSV (one row per indicator) and a
 * small object `frame` holding the rest of the strategy (`id`, `title`, `period`, `baselineYear`,
 * `levels`, `actors`, `dimensions`, `results` …), and validates it with `parseStrategy`.
 *
 * Columns: `id`, `title`, `definition`, `result`, `measure`, `unit`, `direction`, `lead`,
 * `supporting` (`;`-separated), `reporter`, `disaggregations` (`;`-separated), `frequency`,
 * `cumulative`, `sensitive`, `baselinePeriod` (default: the frame's `baselineYear`),
 * `baselineValue`, `baselineSource`, `baselineNote`, targets in period-id columns (`2024` … `2028`;
 * blank, `-` or `N/A` for no target), and more (see docs/data-formats.md). Text columns may be given
 * per language (`title.km`). Values follow the row's measure and the number grammar of the
 * observation reader.
 *
 * @param indicatorsCsv - The indicators CSV as text or UTF-8 bytes.
 * @param frame - The rest of the strategy, as parsed JSON (without `indicators`).
 * @param options - Delimiter, number dialect, ignored columns.
 * @returns `{ ok: true, value, warnings }` or `{ ok: false, problems }`; problems in rows have paths
 *   `['indicators', row, column]` and messages that start with the line and column.
 * @throws {LogframeError} Only for invalid UTF-8 or an invalid dialect (a file that cannot be read).
 *
 * @example
 * ```ts
 * const frame = {
 *   id: 'demo', title: 'Demo', period: { start: 2024, end: 2028 }, baselineYear: 2023,
 *   levels: [{ id: 'pillar', title: 'Pillar' }], results: [{ id: 'P', title: 'P', level: 'pillar' }],
 * };
 * const result = safeReadStrategyCsv('id,title,result,measure,baselineValue,2028\ncases,Cases,P,count,164,abc\n', frame);
 * result.ok ? [] : result.problems.map((p) => p.path); // [['indicators', 0, '2028']]
 * ```
 *
 * @category Import and export
 */
export function safeReadStrategyCsv(indicatorsCsv: string | Uint8Array, frame: unknown, options: ReadStrategyCsvOptions = {}): SafeParseStrategyResult {
  if (typeof indicatorsCsv !== 'string' && !(indicatorsCsv instanceof Uint8Array)) throw wrongInput('the indicators CSV');
  checkDialect(options);
  const problems: Problem[] = [];
  const indicators: Record<string, unknown>[] = [];
  const lines: number[] = [];
  let header: string[] | undefined;
  let plan: Plan = [];
  const ignored = new Set(options.ignoreColumns ?? []);
  const isKnown = (name: string) => strategyColumn(name) !== undefined;
  const language = isRecord(frame) && typeof frame['language'] === 'string' ? frame['language'] : 'en';

  const layout = parseRows(indicatorsCsv, { delimiter: options.delimiter, isKnownColumn: isKnown }, (cells, line, quote) => {
    if (header === undefined) {
      header = cells.map(trimCell);
      const headerProblems = checkHeaderNames(header);
      plan = header.map((name, index) => {
        const meaning = strategyColumn(name);
        if (meaning) return meaning;
        if (!ignored.has(name) && name !== '' && !headerProblems.some((problem) => problem.path[1] === index)) {
          headerProblems.push({ path: ['header', index], code: 'CSV_HEADER_UNKNOWN', severity: 'error', message: `Column ${index + 1} ("${name}") is not an indicator field or a period id; remove it, fix its name, or pass it in ignoreColumns.` });
        }
        return { ignore: true };
      });
      if (!header.includes('id')) headerProblems.push({ path: ['header'], code: 'CSV_HEADER_MISSING', severity: 'error', message: 'The header has no "id" column; add it with each indicator\'s id.' });
      problems.push(...headerProblems.map((problem) => ({ ...problem, message: `Line ${line}: ${problem.message}` })));
      return headerProblems.length === 0;
    }
    if (quote === undefined && isBlankRow(cells)) return true;
    const row = indicators.length;
    const at = (column: string | undefined): Problem['path'] => (column === undefined ? ['indicators', row] : ['indicators', row, column]);
    const problem = rowProblem(cells, header.length, quote);
    if (problem) problems.push({ ...problem, path: at(undefined), message: `Line ${line}: ${problem.message}` });
    const indicator: Record<string, unknown> = {};
    const measureAt = header.indexOf('measure');
    const measure = measureAt === -1 ? undefined : (trimCell(cells[measureAt] ?? '') as Measure);
    cells.forEach((raw, index) => {
      const meaning = plan[index];
      const text = unescapeCell(raw);
      if (meaning === undefined || 'ignore' in meaning || trimCell(text) === '') return;
      const name = header?.[index] ?? '';
      const kind = 'target' in meaning ? 'value' : meaning.spec.kind;
      const read = readStrategyCell(kind, text, measure, options);
      if ('skip' in read) return;
      if ('issue' in read) {
        problems.push({ path: at(name), code: read.issue.code, severity: 'error', message: `Line ${line}, column "${name}": ${read.issue.message}` });
        return;
      }
      if ('target' in meaning) setPath(indicator, ['targets', meaning.target], read.value);
      else if (meaning.spec.kind === 'text' || meaning.spec.kind === 'longText') setText(indicator, meaning.spec.path, meaning.language, read.value, language);
      else setPath(indicator, meaning.spec.path, read.value);
    });
    const baseline = indicator['baseline'] as Record<string, unknown> | undefined;
    if (baseline && baseline['period'] === undefined && isRecord(frame) && typeof frame['baselineYear'] === 'number') baseline['period'] = String(frame['baselineYear']);
    indicators.push(indicator);
    lines.push(line);
    return true;
  });

  if (layout.refusal !== undefined) return { ok: false, problems: [layout.refusal] };
  if (header === undefined) problems.push({ path: [], code: 'CSV_EMPTY', severity: 'error', message: 'The indicators CSV is empty; it needs a header line (e.g. id,title,result,measure) and one row per indicator.' });
  if (!isRecord(frame)) problems.push({ path: ['frame'], code: 'WRONG_TYPE', severity: 'error', message: 'The frame must be an object holding the strategy without its indicators (id, title, period, baselineYear, levels, results …).' });
  else if ('indicators' in frame) problems.push({ path: ['frame', 'indicators'], code: 'FRAME_HAS_INDICATORS', severity: 'error', message: 'The frame has indicators; give the indicators only in the CSV (one row each).' });
  if (problems.length > 0) return { ok: false, problems };

  const result = safeParseStrategy({ ...(frame as Record<string, unknown>), indicators });
  const locate = (problem: Problem): Problem => {
    const [root, row, ...rest] = problem.path;
    if (root !== 'indicators' || typeof row !== 'number') return problem;
    const column = columnOfPath(rest, header ?? []);
    const path = column === undefined ? problem.path : ['indicators', row, column];
    const where = column === undefined ? `Line ${lines[row] ?? '?'}` : `Line ${lines[row] ?? '?'}, column "${column}"`;
    return { ...problem, path, message: `${where}: ${problem.message}` };
  };
  return result.ok ? { ok: true, value: result.value, warnings: result.warnings.map(locate) } : { ok: false, problems: result.problems.map(locate) };
}

/**
 * Builds and validates a strategy from an indicators CSV and a frame; see {@link safeReadStrategyCsv}.
 *
 * @param indicatorsCsv - The indicators CSV as text or UTF-8 bytes.
 * @param frame - The rest of the strategy, as parsed JSON (without `indicators`).
 * @param options - Delimiter, number dialect, ignored columns.
 * @returns The validated strategy.
 * @throws {LogframeError} Listing every problem, with `['indicators', row, column]` paths for cells.
 *
 * @example
 * ```ts
 * const frame = {
 *   id: 'demo', title: 'Demo', period: { start: 2024, end: 2028 }, baselineYear: 2023,
 *   levels: [{ id: 'pillar', title: 'Pillar' }], results: [{ id: 'P', title: 'P', level: 'pillar' }],
 *   actors: [{ id: 'MOJ', name: 'Ministry of Justice' }, { id: 'MOI', name: 'Ministry of Interior' }],
 * };
 * const csv = 'id,title,title.km,result,measure,lead,supporting,baselineValue,2024,2028\n' +
 *   'charged,People charged,មនុស្សត្រូវបានចោទប្រកាន់,P,count,MOJ,MOI,307,315,375\n';
 * const strategy = readStrategyCsv(csv, frame);
 * strategy.indicators[0]?.targets; // { '2024': 315, '2028': 375 }
 * strategy.indicators[0]?.baseline; // { period: '2023', value: 307 }
 * ```
 *
 * @category Import and export
 */
export function readStrategyCsv(indicatorsCsv: string | Uint8Array, frame: unknown, options: ReadStrategyCsvOptions = {}): Strategy {
  const result = safeReadStrategyCsv(indicatorsCsv, frame, options);
  if (!result.ok) throw new LogframeError(result.problems, 'Invalid strategy');
  return result.value;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// A text given both plainly (`title`) and per language (`title.km`) becomes one text per language,
// the plain one in the strategy's language.
function setText(target: Record<string, unknown>, path: readonly string[], language: string | undefined, value: unknown, defaultLanguage: string): void {
  const parent = path.slice(0, -1);
  const key = path[path.length - 1] ?? '';
  let node = target;
  for (const segment of parent) {
    const next = node[segment];
    if (typeof next === 'object' && next !== null) node = next as Record<string, unknown>;
    else {
      const created: Record<string, unknown> = {};
      node[segment] = created;
      node = created;
    }
  }
  const current = node[key];
  if (language === undefined) {
    if (typeof current === 'object' && current !== null) (current as Record<string, unknown>)[defaultLanguage] = value;
    else node[key] = value;
    return;
  }
  const texts: Record<string, unknown> = typeof current === 'object' && current !== null ? (current as Record<string, unknown>) : {};
  if (typeof current === 'string') texts[defaultLanguage] = current;
  texts[language] = value;
  node[key] = texts;
}

// Paths come from the column table, period ids and language tags (all checked), never from free text.
function setPath(target: Record<string, unknown>, path: readonly string[], value: unknown): void {
  let node = target;
  path.forEach((segment, index) => {
    if (index === path.length - 1) node[segment] = value;
    else {
      const next = node[segment];
      if (typeof next === 'object' && next !== null) node = next as Record<string, unknown>;
      else {
        const created: Record<string, unknown> = {};
        node[segment] = created;
        node = created;
      }
    }
  });
}
