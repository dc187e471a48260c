import { roundHalfAwayFromZero } from '../../formula/index.js';
import { formatDate, formatNumber, formatPercent } from '../format/index.js';
import type { Labels } from './types.js';

/**
 * A value a template placeholder can take.
 *
 * @category Labels
 */
export type TemplateParam = string | number | boolean | null;

const PLACEHOLDER = /\{([A-Za-z0-9_]+)(?::([A-Za-z]+))?\}/g;

/**
 * Fills a label template: each `{name}` is replaced by `params[name]`, and `{name:format}` formats
 * it first. Formats: `percent` (a fraction as a whole percentage), `score` (a whole number),
 * `number` (up to two decimals), `date`, and look-ups into the labels: `status`, `statusMeaning`,
 * `dqKind`, `level`, `aggregation`, `presetName`, `presetDescription`. Numbers without a format
 * show up to two decimals, booleans become yes/no, and `null` becomes "n/a", all in the labels'
 * language. An unknown placeholder is left as it is, so that a mistake shows.
 *
 * @param template - The template, e.g. `'{title} is {status:status}'`.
 * @param params - The values, by name.
 * @param labels - The labels of the language to write in.
 * @returns The sentence.
 *
 * @example
 * ```ts
 * fillTemplate('{name}: {share:percent}, {status:status}', { name: 'MOJ', share: 0.875, status: 'at-risk' }, getLabels('en'));
 * // 'MOJ: 88%, At risk'
 * ```
 *
 * @category Labels
 */
export function fillTemplate(template: string, params: Readonly<Record<string, TemplateParam>>, labels: Labels): string {
  return template.replace(PLACEHOLDER, (whole, name: string, format: string | undefined) => {
    if (!Object.hasOwn(params, name)) return whole;
    return formatParam(params[name] ?? null, format, labels);
  });
}

function formatParam(value: TemplateParam, format: string | undefined, labels: Labels): string {
  if (value === null) return labels.common['notAvailable'] ?? 'n/a';
  if (typeof value === 'boolean') return (value ? labels.common['yes'] : labels.common['no']) ?? String(value);
  const lang = labels.lang;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return labels.common['notAvailable'] ?? 'n/a';
    if (format === 'percent') return formatPercent(value, { lang });
    if (format === 'score') return formatNumber(value, { lang });
    return formatNumber(value, { decimals: shortestDecimals(value, 2), lang });
  }
  switch (format) {
    case 'status': return lookUp(labels.status, value);
    case 'statusMeaning': return lookUp(labels.statusMeaning, value);
    case 'dqKind': return lookUp(labels.dataQualityKinds, value);
    case 'level': return lookUp(labels.levels, value);
    case 'aggregation': return lookUp(labels.aggregation, value);
    case 'presetName': return (Object.hasOwn(labels.presets, value) ? labels.presets[value]?.name : undefined) ?? value;
    case 'presetDescription':
      return (Object.hasOwn(labels.presets, value) ? labels.presets[value]?.description : labels.presets['custom']?.description) ?? '';
    case 'date': return formatDate(value, lang);
    default: return value;
  }
}

function lookUp(table: Readonly<Record<string, string>>, key: string): string {
  return (Object.hasOwn(table, key) ? table[key] : undefined) ?? key;
}

/** The fewest decimals (up to `max`) that show the value rounded to `max` decimals: 0.6, not 0.60. */
function shortestDecimals(value: number, max: number): number {
  const rounded = roundHalfAwayFromZero(value, max);
  for (let decimals = 0; decimals < max; decimals += 1) {
    if (roundHalfAwayFromZero(rounded, decimals) === rounded) return decimals;
  }
  return max;
}
