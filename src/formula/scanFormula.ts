import type { Problem } from '../problems/index.js';
import { atCharacter, formulaProblem } from './formulaProblem.js';

/** A `#{…}` reference in the formula text. */
export interface ReferenceSpan {
  /** 0-based index of the `#`. */
  readonly start: number;
  /** 0-based index just after the closing `}`. */
  readonly end: number;
  /** The indicator id between the braces, trimmed. */
  readonly id: string;
}

/** What one linear pass over the raw text learns before anything recursive touches it. */
export interface FormulaScan {
  /** The deepest nesting of `(`, `[` and `{` (braces of `#{…}` do not count). */
  readonly depth: number;
  /** Operands: numbers, names and `#{…}` references. */
  readonly terms: number;
  /** Every `#{…}` reference, in order. */
  readonly references: readonly ReferenceSpan[];
  /** Misused `#`: a stray `#`, an empty `#{}` or an unclosed `#{`. */
  readonly problems: readonly Problem[];
}

const OPENING = new Set(['(', '[', '{']);
const CLOSING = new Set([')', ']', '}']);

/**
 * Reads the text once, without recursion, so that limits hold even for input built to overflow a
 * recursive parser (10,000 nested parentheses, a 3,000-term sum).
 */
export function scanFormula(text: string): FormulaScan {
  let depth = 0;
  let deepest = 0;
  let terms = 0;
  const references: ReferenceSpan[] = [];
  const problems: Problem[] = [];
  let index = 0;
  while (index < text.length) {
    const char = text.charAt(index);
    if (char === '#') {
      index = readReference(text, index, references, problems);
      terms += 1;
    } else if (isWordChar(char)) {
      index = skipWord(text, index);
      terms += 1;
    } else {
      if (OPENING.has(char)) deepest = Math.max(deepest, (depth += 1));
      else if (CLOSING.has(char) && depth > 0) depth -= 1;
      index += 1;
    }
  }
  return { depth: deepest, terms, references, problems };
}

function readReference(text: string, start: number, references: ReferenceSpan[], problems: Problem[]): number {
  // mathjs would read a bare `#` as the start of a comment and silently drop the rest of the line.
  if (text.charAt(start + 1) !== '{') {
    problems.push(formulaProblem('FORMULA_SYNTAX',
      `Formula has a \`#\`${atCharacter(start + 1)} that does not start a reference; write ids such as LAW-05 as #{LAW-05}.`));
    return start + 1;
  }
  const close = text.indexOf('}', start + 2);
  if (close === -1) {
    problems.push(formulaProblem('FORMULA_SYNTAX',
      `Formula has a \`#{\`${atCharacter(start + 1)} that is not closed; end the reference with \`}\`, e.g. #{LAW-05}.`));
    return text.length;
  }
  const id = text.slice(start + 2, close).trim();
  if (id === '') {
    problems.push(formulaProblem('FORMULA_SYNTAX',
      `Formula has an empty reference \`#{}\`${atCharacter(start + 1)}; write an indicator id between the braces, e.g. #{LAW-05}.`));
  } else {
    references.push({ start, end: close + 1, id });
  }
  return close + 1;
}

/** Letters, digits, `_`, `$`, `.` and anything beyond ASCII: the characters of names and numbers. */
function isWordChar(char: string): boolean {
  const code = char.charCodeAt(0);
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) ||
    char === '_' || char === '$' || char === '.' || code > 127;
}

function skipWord(text: string, start: number): number {
  let index = start;
  while (index < text.length) {
    const char = text.charAt(index);
    if (isWordChar(char)) {
      index += 1;
    } else if ((char === '+' || char === '-') && /^[0-9.][0-9.]*[eE]$/.test(text.slice(start, index))) {
      // The sign of an exponent (1e-5) belongs to the number.
      index += 1;
    } else {
      break;
    }
  }
  return index;
}
