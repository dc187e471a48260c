// Terminal cells, measured simply and deterministically (no ICU segmentation, which differs between
// ICU versions): combining marks (Khmer vowel signs, coeng, diacritics) take no cell, East Asian
// wide and full-width characters take two, everything else one. Khmer subscript consonants (after
// the coeng U+17D2) are counted as one cell, which overestimates: a line may look shorter than its
// budget, never longer.

const MARK = /^[\p{M}]$/u;
const ZERO_WIDTH = /^[\p{Cf}\p{Cc}]$/u;
const COENG = 0x17d2;

/** True for East Asian wide and full-width code points (Unicode 15 ranges, simplified). */
function isWide(code: number): boolean {
  return (code >= 0x1100 && code <= 0x115f)
    || (code >= 0x2e80 && code <= 0x303e)
    || (code >= 0x3041 && code <= 0x33ff)
    || (code >= 0x3400 && code <= 0x4dbf)
    || (code >= 0x4e00 && code <= 0x9fff)
    || (code >= 0xa000 && code <= 0xa4cf)
    || (code >= 0xac00 && code <= 0xd7a3)
    || (code >= 0xf900 && code <= 0xfaff)
    || (code >= 0xfe30 && code <= 0xfe4f)
    || (code >= 0xff00 && code <= 0xff60)
    || (code >= 0xffe0 && code <= 0xffe6)
    || (code >= 0x1f300 && code <= 0x1f64f)
    || (code >= 0x1f900 && code <= 0x1f9ff)
    || (code >= 0x20000 && code <= 0x3fffd);
}

/** The cells one code point takes. */
function charWidth(character: string): number {
  if (MARK.test(character) || ZERO_WIDTH.test(character)) return 0;
  return isWide(character.codePointAt(0) ?? 0) ? 2 : 1;
}

/**
 * The terminal cells a text takes: combining marks 0, East Asian wide 2, others 1. ANSI colour
 * codes are not expected here: measure text before it is coloured.
 *
 * @param text - Text without control characters.
 * @returns The number of cells.
 */
export function textWidth(text: string): number {
  let width = 0;
  for (const character of text) width += charWidth(character);
  return width;
}

/**
 * Splits text into clusters that must stay together on a line: a base character with the marks that
 * follow it, and a Khmer coeng with the consonant it subscripts.
 */
function clusters(text: string): string[] {
  const result: string[] = [];
  let joinNext = false;
  for (const character of text) {
    const last = result.length - 1;
    if (last >= 0 && (joinNext || MARK.test(character))) result[last] += character;
    else result.push(character);
    joinNext = character.codePointAt(0) === COENG;
  }
  return result;
}

/** A base character with the marks that follow it (a coeng stays with the character before it). */
function marked(text: string): string[] {
  const result: string[] = [];
  for (const character of text) {
    const last = result.length - 1;
    if (last >= 0 && MARK.test(character)) result[last] += character;
    else result.push(character);
  }
  return result;
}

/**
 * Cuts a word wider than `width` into pieces of at most `width` cells, between clusters; a
 * cluster wider than `width` itself (a chain of subscripts no script writes) after a coeng, so that
 * no line grows past its width and none starts with a mark.
 */
function cutWord(word: string, width: number): string[] {
  const pieces: string[] = [];
  let piece = '';
  let used = 0;
  for (const cluster of clusters(word).flatMap((whole) => (textWidth(whole) > width ? marked(whole) : [whole]))) {
    const cells = textWidth(cluster);
    if (used + cells > width && piece !== '') {
      pieces.push(piece);
      piece = '';
      used = 0;
    }
    piece += cluster;
    used += cells;
  }
  if (piece !== '') pieces.push(piece);
  return pieces;
}

/** One word of a text to wrap, with an optional style (an ANSI SGR parameter such as `31`). */
export interface Word {
  readonly text: string;
  readonly style?: string;
  /** Unstyled text glued after the word, e.g. a separator that must not start a line. */
  readonly suffix?: string;
  /** Keep on the same line as the next word when the two fit on a line (a label and its value). */
  readonly keep?: boolean;
}

/** A line being built: its words and its width so far. */
interface Line {
  readonly words: Word[];
  width: number;
}

/**
 * Wraps words into lines of at most `width` cells: the first line starts with `first`, the others
 * with `rest` (both plain spaces or a short marker). Words wider than a line are cut between
 * clusters; words marked `keep` move to the next line with the word after them. With `color`, each
 * run of styled words is wrapped in its ANSI code; widths never count codes.
 *
 * @param words - The words, already free of control characters.
 * @param width - The line width in terminal cells.
 * @param first - The first line's indent.
 * @param rest - The other lines' indent.
 * @param color - Whether to write ANSI codes for styled words.
 * @returns The lines, without trailing spaces or line breaks.
 */
export function wrapWords(words: readonly Word[], width: number, first: string, rest: string, color: boolean): string[] {
  const lines: Line[] = [];
  const indentWidth = textWidth(rest);
  // A word wider than the narrower line is cut into pieces that fit any line.
  const room = Math.max(1, width - Math.max(textWidth(first), indentWidth));
  let line: Line = { words: [], width: textWidth(first) };
  const place = (word: Word, cells: number): void => {
    if (line.words.length > 0 && line.width + 1 + cells > width) {
      lines.push(line);
      line = { words: [], width: indentWidth };
    }
    line.width += (line.words.length > 0 ? 1 : 0) + cells;
    line.words.push(word);
  };
  for (const unit of units(words)) {
    const cells = unit.reduce((sum, word, index) => sum + (index > 0 ? 1 : 0) + wordWidth(word), 0);
    // A unit that fits on a fresh line is never split: it moves to the next line whole.
    if (unit.length > 1 && cells <= room) {
      if (line.words.length > 0 && line.width + 1 + cells > width) {
        lines.push(line);
        line = { words: [], width: indentWidth };
      }
      for (const word of unit) place(word, wordWidth(word));
      continue;
    }
    for (const word of unit) {
      const suffix = word.suffix ?? '';
      const pieces = wordWidth(word) > room ? cutWord(word.text, Math.max(1, room - textWidth(suffix))) : [word.text];
      pieces.forEach((piece, index) => {
        const last = index === pieces.length - 1;
        const cut: Word = { text: piece, ...(word.style === undefined ? {} : { style: word.style }), ...(last && suffix !== '' ? { suffix } : {}) };
        place(cut, wordWidth(cut));
      });
    }
  }
  if (line.words.length > 0 || lines.length === 0) lines.push(line);
  return lines.map((built, index) => ((index === 0 ? first : rest) + joinLine(built.words, color)).trimEnd());
}

/** The words of a line, space-separated; with colour, a run of words in one style gets one code. */
function joinLine(line: readonly Word[], color: boolean): string {
  let text = '';
  line.forEach((word, index) => {
    const previous = line[index - 1];
    const next = line[index + 1];
    const opens = color && word.style !== undefined && (previous?.style !== word.style || previous.suffix !== undefined);
    const closes = color && word.style !== undefined && (next?.style !== word.style || word.suffix !== undefined);
    text += `${index > 0 ? ' ' : ''}${opens ? `\u001b[${word.style ?? ''}m` : ''}${word.text}${closes ? '\u001b[0m' : ''}${word.suffix ?? ''}`;
  });
  return text;
}

function wordWidth(word: Word): number {
  return textWidth(word.text) + textWidth(word.suffix ?? '');
}

/** Groups words joined by `keep` into units. */
function units(words: readonly Word[]): Word[][] {
  const result: Word[][] = [];
  let current: Word[] = [];
  for (const word of words) {
    current.push(word);
    if (word.keep !== true) {
      result.push(current);
      current = [];
    }
  }
  if (current.length > 0) result.push(current);
  return result;
}

/** Splits text on spaces into words, all with the same style. */
export function words(text: string, style?: string): Word[] {
  return text.split(' ').filter((part) => part !== '').map((part) => (style === undefined ? { text: part } : { text: part, style }));
}
