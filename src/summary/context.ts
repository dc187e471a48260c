import type { Strategy, Value } from '../model/index.js';
import { EN_LABELS, fillTemplate, getLabels } from '../locale/labels/index.js';
import type { Labels } from '../locale/labels/index.js';
import { formatNumber } from '../locale/format/index.js';
import type { Evaluation } from '../rollup/types.js';
import { resolveText } from './resolveText.js';
import type { SummaryLanguage } from './schemaParts.js';

/** What every part of a summary needs: language, labels, protection threshold and name look-ups. */
export interface SummaryContext {
  readonly lang: SummaryLanguage;
  /** Labels of the summary's language (display strings). */
  readonly labels: Labels;
  /** English labels (the `text` of findings and methodology notes). */
  readonly english: Labels;
  readonly threshold: number;
  /** The display of a withheld figure, e.g. `<5`. */
  readonly smallCellDisplay: string;
  readonly indicatorTitle: (id: string) => string;
  readonly resultTitle: (id: string) => string;
  readonly actorName: (id: string) => string;
  readonly actorShortName: (id: string) => string | null;
  readonly levelTitle: (level: string) => string;
  /** Formats a value at some decimals: numbers in the language, booleans as yes/no, ordinal codes by their label. */
  readonly display: (value: Value, decimals: number, indicator: string) => string;
}

/** Builds the look-ups once per summary: titles and names resolved to `lang`, labels, the small-cell display. */
export function buildContext(evaluation: Evaluation, lang: SummaryLanguage, threshold: number, strategy: Strategy | undefined): SummaryContext {
  const labels = getLabels(lang);
  const text = (value: Parameters<typeof resolveText>[0]) => resolveText(value, lang);
  const indicators = new Map(evaluation.indicators.map((result) => [result.indicator, text(result.title)]));
  const results = new Map(evaluation.results.flatMap((result) => (result.id === null ? [] : [[result.id, text(result.title)] as const])));
  const actors = new Map<string, string>();
  const shortNames = new Map<string, string>();
  for (const actor of strategy?.actors ?? []) {
    actors.set(actor.id, text(actor.name));
    if (actor.shortName !== undefined) shortNames.set(actor.id, text(actor.shortName));
  }
  // The evaluation's own names win over the strategy's: they are what was scored.
  for (const card of evaluation.actors) {
    actors.set(card.actor, text(card.name));
    const shortName = (card as { readonly shortName?: Parameters<typeof resolveText>[0] }).shortName;
    if (shortName !== undefined) shortNames.set(card.actor, text(shortName));
  }
  const levels = new Map((strategy?.levels ?? []).map((level) => [level.id, text(level.title)]));
  const ordinal = new Map<string, Map<string, string>>();
  for (const indicator of strategy?.indicators ?? []) {
    if (indicator.levels) ordinal.set(indicator.id, new Map(indicator.levels.map((level) => [level.code, text(level.label)])));
  }
  return {
    lang,
    labels,
    english: EN_LABELS,
    threshold,
    smallCellDisplay: fillTemplate(labels.common['smallCell'] ?? '<{threshold}', { threshold }, labels),
    indicatorTitle: (id) => indicators.get(id) ?? id,
    resultTitle: (id) => results.get(id) ?? id,
    actorName: (id) => actors.get(id) ?? id,
    actorShortName: (id) => shortNames.get(id) ?? null,
    levelTitle: (level) => levels.get(level) ?? (Object.hasOwn(labels.levels, level) ? labels.levels[level] : undefined) ?? capitalise(level),
    display: (value, decimals, indicator) => {
      if (typeof value === 'number') return formatNumber(value, { decimals, lang });
      if (typeof value === 'boolean') return (value ? labels.common['yes'] : labels.common['no']) ?? String(value);
      return ordinal.get(indicator)?.get(value) ?? value;
    },
  };
}

function capitalise(id: string): string {
  return id.length === 0 ? id : id.charAt(0).toUpperCase() + id.slice(1);
}
