// Internal: turning the inputs every reader accepts (text, UTF-8 bytes, a stream of UTF-8 chunks)
// into text, strictly: invalid UTF-8 is an error that names its line, never a silent U+FFFD.
import { LogframeError } from '../../problems/index.js';

/**
 * What the readers accept: text, UTF-8 bytes (with or without a BOM), or a stream of UTF-8 byte
 * chunks such as a `ReadableStream<Uint8Array>` or a Node read stream. Never a file path: reading
 * files belongs to the caller (or the CLI).
 *
 * @example
 * ```ts
 * const input: DataInput = new TextEncoder().encode('indicator,period,value\n');
 * input instanceof Uint8Array; // true
 * ```
 *
 * @category Import and export
 */
export type DataInput = string | Uint8Array | AsyncIterable<Uint8Array>;

export function isAsyncIterable(value: unknown): value is AsyncIterable<Uint8Array> {
  return typeof value === 'object' && value !== null && Symbol.asyncIterator in value;
}

/**
 * Counts lines across pieces of text: LF, CRLF and CR each end a line, also when a CRLF is split
 * between two pieces.
 */
export class LineCounter {
  private breaks = 0;
  private pendingCR = false;

  /** The line the next character is on (1-based). */
  get line(): number {
    return 1 + this.breaks + (this.pendingCR ? 1 : 0);
  }

  /** Whether the text so far ends with a CR whose LF may still come. */
  get afterCR(): boolean {
    return this.pendingCR;
  }

  add(text: string): void {
    if (text.length === 0) return;
    let from = 0;
    if (this.pendingCR) {
      // The CR ended a line whether or not an LF follows; an LF right after it belongs to it.
      this.breaks += 1;
      this.pendingCR = false;
      if (text.charCodeAt(0) === 10) from = 1;
    }
    for (let at = text.indexOf('\n', from); at !== -1; at = text.indexOf('\n', at + 1)) this.breaks += 1;
    for (let at = text.indexOf('\r', from); at !== -1; at = text.indexOf('\r', at + 1)) {
      if (at === text.length - 1) this.pendingCR = true;
      else if (text.charCodeAt(at + 1) !== 10) this.breaks += 1;
    }
  }
}

/**
 * Strict UTF-8 decoding chunk by chunk. Keeps a running line count so that an invalid byte can be
 * reported with its line, and strips (and remembers) a leading byte order mark.
 */
export class Utf8Decoder {
  private readonly decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  private readonly lines = new LineCounter();
  private started = false;
  /** Whether the input began with a UTF-8 byte order mark. */
  bom = false;

  decode(chunk: Uint8Array): string {
    let text: string;
    try {
      text = this.decoder.decode(chunk, { stream: true });
    } catch {
      throw invalidUtf8(this.lineOfByte(chunk, firstInvalidByte(chunk)));
    }
    return this.accept(text);
  }

  /** Lines read so far: one more than the line breaks decoded. */
  lineCount(): number {
    return this.lines.line;
  }

  end(): string {
    let text: string;
    try {
      text = this.decoder.decode();
    } catch {
      throw invalidUtf8(this.lines.line);
    }
    return this.accept(text);
  }

  private accept(text: string): string {
    if (!this.started && text.length > 0) {
      this.started = true;
      if (text.charCodeAt(0) === 0xfeff) {
        this.bom = true;
        text = text.slice(1);
      }
    }
    this.lines.add(text);
    return text;
  }

  private lineOfByte(chunk: Uint8Array, position: number): number {
    let lines = this.lines.line - (this.lines.afterCR && chunk[0] === 10 ? 1 : 0);
    for (let i = 0; i < position; i++) {
      if (chunk[i] === 10 || (chunk[i] === 13 && chunk[i + 1] !== 10)) lines += 1;
    }
    return lines;
  }
}

// The first byte of `chunk` at which a fresh strict decoder fails. Up to three leading
// continuation bytes may complete a character begun in the previous chunk, so they are skipped.
function firstInvalidByte(chunk: Uint8Array): number {
  let skip = 0;
  while (skip < 3 && skip < chunk.length && ((chunk[skip] ?? 0) & 0xc0) === 0x80) skip += 1;
  let good = skip;
  let bad = chunk.length;
  while (bad - good > 1) {
    const middle = Math.floor((good + bad) / 2);
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(chunk.subarray(skip, middle), { stream: true });
      good = middle;
    } catch {
      bad = middle;
    }
  }
  return good;
}

function invalidUtf8(line: number): LogframeError {
  return new LogframeError([{
    path: ['line', line],
    code: 'INVALID_UTF8',
    severity: 'error',
    message: `Line ${line} holds bytes that are not valid UTF-8 (the file was probably saved as Windows-1252 or another legacy encoding); save it as UTF-8 ("CSV UTF-8" in Excel) and try again.`,
  }], 'Invalid text encoding');
}

/** Decodes a whole string or byte array; strips a BOM. */
export function textOf(input: string | Uint8Array): { text: string; bom: boolean } {
  if (typeof input === 'string') {
    const bom = input.charCodeAt(0) === 0xfeff;
    return { text: bom ? input.slice(1) : input, bom };
  }
  const decoder = new Utf8Decoder();
  const text = decoder.decode(input) + decoder.end();
  return { text, bom: decoder.bom };
}

/** Reads a whole stream of UTF-8 chunks into text (for formats that cannot be parsed in pieces). */
export async function collectText(input: AsyncIterable<Uint8Array>): Promise<{ text: string; bom: boolean }> {
  const decoder = new Utf8Decoder();
  const parts: string[] = [];
  for await (const chunk of input) parts.push(decoder.decode(chunk));
  parts.push(decoder.end());
  return { text: parts.join(''), bom: decoder.bom };
}

/** Rejects anything that is not one of the accepted input kinds, with a useful message. */
export function wrongInput(what: string): LogframeError {
  return new LogframeError([{
    path: [],
    code: 'WRONG_TYPE',
    severity: 'error',
    message: `Give ${what} as a string, a Uint8Array of UTF-8 bytes or an async iterable of Uint8Array chunks; read files yourself (library code never opens paths).`,
  }], 'Invalid input');
}
