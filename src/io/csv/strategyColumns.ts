// Internal: the columns of an indicators spreadsheet (one row per indicator) and how each cell
// becomes a field of the indicator. Columns that hold text can also be given per language
// (`title.km`); period-id columns (`2024`, `2025Q2` …) hold targets.
import { safeParsePeriod } from '../../periods/index.js';
import type { Measure } from '../../model/index.js';
import { readNumber, readValue, trimCell } from './numbers.js';
import type { CellIssue, NumberDialect } from './numbers.js';

type Kind = 'id' | 'string' | 'text' | 'longText' | 'number' | 'boolean' | 'list' | 'value' | 'levels' | 'references';

export interface StrategyColumn {
  readonly name: string;
  readonly path: readonly string[];
  readonly kind: Kind;
}

const column = (name: string, kind: Kind, path: readonly string[] = [name]): StrategyColumn => ({ name, kind, path });

/** Every column an indicators CSV may have, besides target columns named by period id. */
export const STRATEGY_COLUMNS: readonly StrategyColumn[] = [
  column('id', 'id'),
  column('title', 'text'),
  column('definition', 'longText'),
  column('result', 'id'),
  column('measure', 'id'),
  column('unit', 'string'),
  column('ratePer', 'number'),
  column('currency', 'id'),
  column('levels', 'levels'),
  column('direction', 'id'),
  column('tolerance', 'number'),
  column('rangeMin', 'number', ['range', 'min']),
  column('rangeMax', 'number', ['range', 'max']),
  column('limitsMin', 'number', ['limits', 'min']),
  column('limitsMax', 'number', ['limits', 'max']),
  column('decimals', 'number'),
  column('aggregationDisaggregations', 'id', ['aggregation', 'disaggregations']),
  column('aggregationTime', 'id', ['aggregation', 'time']),
  column('cumulative', 'boolean'),
  column('interpretation', 'id'),
  column('baselinePeriod', 'id', ['baseline', 'period']),
  column('baselineValue', 'value', ['baseline', 'value']),
  column('baselineSource', 'longText', ['baseline', 'source']),
  column('baselineNote', 'longText', ['baseline', 'note']),
  column('sensitive', 'boolean'),
  column('lead', 'id'),
  column('supporting', 'list'),
  column('reporter', 'id'),
  column('disaggregations', 'list'),
  column('frequency', 'id'),
  column('formula', 'string'),
  column('ratioNumerator', 'id', ['ratio', 'numerator']),
  column('ratioDenominator', 'id', ['ratio', 'denominator']),
  column('ratioFactor', 'number', ['ratio', 'factor']),
  column('weight', 'number'),
  column('meansOfVerification', 'longText'),
  column('tags', 'list'),
  column('references', 'references'),
];

const BY_NAME = new Map(STRATEGY_COLUMNS.map((spec) => [spec.name, spec]));
const LANGUAGE = /^([A-Za-z]+)\.([a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*)$/;

/** What a header cell of an indicators CSV means: a field (maybe in one language), a target period, or nothing known. */
export function strategyColumn(name: string): { spec: StrategyColumn; language?: string } | { target: string } | undefined {
  const spec = BY_NAME.get(name);
  if (spec) return { spec };
  const language = LANGUAGE.exec(name);
  const base = language ? BY_NAME.get(language[1] ?? '') : undefined;
  if (base && language && (base.kind === 'text' || base.kind === 'longText')) return { spec: base, language: language[2] ?? '' };
  if (safeParsePeriod(name).ok) return { target: name };
  return undefined;
}

/** Reads one non-blank cell of a field column; `measure` is the row's, for value columns. */
export function readStrategyCell(kind: Kind, raw: string, measure: Measure | undefined, dialect: NumberDialect): { value: unknown } | { issue: CellIssue } | { skip: true } {
  const text = trimCell(raw);
  switch (kind) {
    case 'id':
    case 'string':
    case 'text':
      return { value: text };
    case 'longText':
      return { value: raw };
    case 'number': {
      const read = readNumber(text, dialect);
      return 'issue' in read ? { issue: read.issue } : { value: read.value };
    }
    case 'boolean': {
      const read = readValue(text, 'boolean', dialect);
      return read.kind === 'value' ? { value: read.value } : read.kind === 'invalid' ? { issue: read.issue } : { skip: true };
    }
    case 'list':
      return { value: splitList(text) };
    case 'levels':
      return { value: splitList(text).map((item) => {
        const at = item.indexOf('=');
        return at === -1 ? { code: item, label: item } : { code: item.slice(0, at).trim(), label: item.slice(at + 1).trim() };
      }) };
    case 'references':
      return { value: splitList(text).map((item) => {
        const at = item.indexOf(':');
        return { vocabulary: at === -1 ? '' : item.slice(0, at).trim(), code: item.slice(at + 1).trim() };
      }) };
    case 'value': {
      const read = readValue(raw, measure, dialect);
      if (read.kind === 'missing') return { skip: true };
      return read.kind === 'invalid' ? { issue: read.issue } : { value: read.value };
    }
  }
}

function splitList(text: string): string[] {
  return text.split(';').map((item) => item.trim()).filter((item) => item !== '');
}

/** The column a model path inside an indicator belongs to (longest matching field path), for messages. */
export function columnOfPath(rest: readonly (string | number)[], header: readonly string[]): string | undefined {
  if (rest[0] === 'targets' && typeof rest[1] === 'string') return rest[1];
  let best: StrategyColumn | undefined;
  for (const spec of STRATEGY_COLUMNS) {
    if (spec.path.every((segment, index) => rest[index] === segment) && (best === undefined || spec.path.length > best.path.length)) best = spec;
  }
  if (best === undefined) return undefined;
  const language = rest[best.path.length];
  if ((best.kind === 'text' || best.kind === 'longText') && typeof language === 'string' && header.includes(`${best.name}.${language}`)) return `${best.name}.${language}`;
  return best.name;
}
