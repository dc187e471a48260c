import type { Value } from '../model/index.js';

/**
 * Whether a sensitive figure must be withheld: a number above 0 and below the threshold. Zero is
 * published: it identifies nobody, and hiding it would make "none" look like "a few".
 */
export function isSmallCell(value: Value | null | undefined, sensitive: boolean, threshold: number): boolean {
  return sensitive && threshold > 0 && typeof value === 'number' && value > 0 && value < threshold;
}

const NUMBER = /(?<![\d.])\d+(?:\.\d+)?(?![\d.])/g;

/**
 * Whether a sentence names a number above 0 and below the threshold. Messages written by scoring
 * (data-quality findings, notes) may quote cells; for sensitive indicators such messages are
 * replaced by a neutral sentence. Ids with digits may trigger it too: a false alarm only hides a
 * sentence, never a figure.
 */
export function mentionsSmallNumber(text: string, threshold: number): boolean {
  if (threshold <= 0) return false;
  for (const match of text.matchAll(NUMBER)) {
    const value = Number(match[0]);
    if (value > 0 && value < threshold) return true;
  }
  return false;
}
