import type { ReferenceSpan } from './scanFormula.js';

/** Formula text that mathjs can read, with the way back to the user's text. */
export interface SubstitutedFormula {
  /** The text with every `#{…}` replaced by a generated plain name. */
  readonly text: string;
  /** Generated name → the indicator id it stands for. */
  readonly idsBySymbol: ReadonlyMap<string, string>;
  /** Turns a 1-based position in `text` into the 1-based position in the user's text. */
  readonly toOriginal: (position: number) => number;
}

interface Replacement {
  readonly at: number;
  readonly length: number;
  readonly originalAt: number;
  readonly originalLength: number;
}

/**
 * Replaces each `#{…}` by a name that mathjs reads as a plain symbol. The names share a prefix that
 * occurs nowhere in the user's text, so no name the user wrote can collide with a generated one.
 */
export function substituteReferences(expression: string, spans: readonly ReferenceSpan[]): SubstitutedFormula {
  const idsBySymbol = new Map<string, string>();
  if (spans.length === 0) return { text: expression, idsBySymbol, toOriginal: (position) => position };
  let prefix = 'ref_';
  while (expression.includes(prefix)) prefix = `${prefix}_`;
  const symbolsById = new Map<string, string>();
  const replacements: Replacement[] = [];
  let text = '';
  let copied = 0;
  for (const span of spans) {
    let symbol = symbolsById.get(span.id);
    if (symbol === undefined) {
      symbol = `${prefix}${symbolsById.size}`;
      symbolsById.set(span.id, symbol);
      idsBySymbol.set(symbol, span.id);
    }
    text += expression.slice(copied, span.start);
    replacements.push({ at: text.length, length: symbol.length, originalAt: span.start, originalLength: span.end - span.start });
    text += symbol;
    copied = span.end;
  }
  text += expression.slice(copied);
  return { text, idsBySymbol, toOriginal: (position) => mapBack(replacements, position) };
}

function mapBack(replacements: readonly Replacement[], position: number): number {
  const index = position - 1;
  let shift = 0;
  for (const replacement of replacements) {
    if (index < replacement.at) break;
    // Inside a generated name: point at the `#` of the reference it replaced.
    if (index < replacement.at + replacement.length) return replacement.originalAt + 1;
    shift += replacement.originalLength - replacement.length;
  }
  return index + shift + 1;
}
