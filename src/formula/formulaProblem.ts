import type { Problem } from '../problems/index.js';

/** The stable codes of the problems a formula check reports. */
export type FormulaProblemCode =
  | 'FORMULA_EMPTY'
  | 'FORMULA_TOO_LONG'
  | 'FORMULA_TOO_DEEP'
  | 'FORMULA_TOO_COMPLEX'
  | 'FORMULA_SYNTAX'
  | 'FORMULA_NOT_ALLOWED'
  | 'FORMULA_UNKNOWN_REFERENCE';

/**
 * Builds one formula problem. The path is empty because a formula does not know where it sits in
 * a strategy; the caller prefixes it (e.g. `['indicators', 4, 'formula']`).
 */
export function formulaProblem(code: FormulaProblemCode, message: string): Problem {
  return { path: [], code, message, severity: 'error' };
}

/** ` at character 7`, or nothing when the position is not known. */
export function atCharacter(position: number | undefined): string {
  return position === undefined ? '' : ` at character ${position}`;
}

/** The allowed vocabulary, repeated in every refusal so that the fix is in the message. */
export const ALLOWED_VOCABULARY = 'use only + - * / ^, parentheses, min, max, abs, round';

/** Quotes user text for a message, shortened so that a long formula cannot flood a report. */
export function quote(text: string): string {
  const flat = text.replace(/\s+/g, ' ');
  const shown = flat.length > 40 ? `${flat.slice(0, 39)}…` : flat;
  return `\`${shown}\``;
}
