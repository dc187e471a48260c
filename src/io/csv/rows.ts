// Internal: runs papaparse over text or over a stream of UTF-8 chunks and hands each raw row (an
// array of cells) to the caller with the line it starts on. Papaparse does the tokenising; this file
// adds what it lacks: strict decoding, line numbers, layout detection and reporting, and a streaming
// path that needs no Node stream module (papaparse reads any object that behaves like a readable
// stream, so a small event emitter fed from the async iterable is enough, in browsers too).
import Papa from 'papaparse';
import type { ParseConfig, Parser } from 'papaparse';
import { LineCounter, Utf8Decoder, textOf } from '../shared/input.js';
import { detectLayout, hasFirstLine, newlineOf } from './dialect.js';
import type { CsvLayout, DelimiterOption } from './dialect.js';

/**
 * Progress of a CSV read, reported to `onProgress` after each chunk of input has been parsed (a
 * stream gives one report per chunk; text or bytes in memory give one).
 *
 * @example
 * ```ts
 * const strategy = parseStrategy({
 *   id: 'demo', title: 'Demo', period: { start: 2024, end: 2028 }, baselineYear: 2023,
 *   levels: [{ id: 'pillar', title: 'Pillar' }], results: [{ id: 'P', title: 'P', level: 'pillar' }],
 *   indicators: [{ id: 'cases', title: 'Cases', result: 'P', measure: 'count', direction: 'none' }],
 * });
 * async function* download() {
 *   yield new TextEncoder().encode('indicator,period,value\ncases,2024,197\n');
 *   yield new TextEncoder().encode('cases,2025,201\n');
 * }
 * const seen: CsvProgress[] = [];
 * await readObservationsCsv(download(), strategy, { onProgress: (progress) => seen.push(progress) });
 * seen; // [{ chunks: 1, rows: 2 }, { chunks: 2, rows: 3 }]
 * ```
 *
 * @category Import and export
 */
export interface CsvProgress {
  /** Chunks of input parsed so far (1 for a string or byte array). */
  readonly chunks: number;
  /** Rows (header included) parsed so far. */
  readonly rows: number;
}

export interface RowOptions {
  readonly delimiter?: DelimiterOption | undefined;
  readonly isKnownColumn: (name: string) => boolean;
  readonly onProgress?: ((progress: CsvProgress) => void) | undefined;
}

/** A broken quote in a row; papaparse then reads the rest of the file into the open field. */
export interface QuoteProblem {
  readonly code: string;
  readonly message: string;
}

/** Receives each row; returns `false` to stop reading. Blank lines arrive as `['']`. */
export type OnRow = (cells: string[], line: number, quote: QuoteProblem | undefined) => boolean;

/** Parses a whole string or byte array synchronously; a layout with a refusal delivers no row. */
export function parseRows(input: string | Uint8Array, options: RowOptions, onRow: OnRow): CsvLayout {
  const { text, bom } = textOf(input);
  const layout = detectLayout(text, bom, options.delimiter, options.isKnownColumn);
  if (layout.refusal !== undefined) return layout;
  const feeder = new RowFeeder(onRow);
  feeder.append(text);
  Papa.parse(text, feeder.config(layout));
  const lines = new LineCounter();
  lines.add(text);
  feeder.finish(lines.line);
  options.onProgress?.({ chunks: 1, rows: feeder.rows });
  return layout;
}

/**
 * Parses a stream chunk by chunk: only the current chunk and the accepted rows stay in memory. A
 * layout with a refusal stops reading at the header line and delivers no row.
 */
export async function parseRowStream(input: AsyncIterable<Uint8Array>, options: RowOptions, onRow: OnRow): Promise<CsvLayout> {
  const decoder = new Utf8Decoder();
  const feeder = new RowFeeder(onRow);
  const stream = new ChunkEmitter();
  let layout: CsvLayout | undefined;
  let head = '';
  let chunks = 0;
  let failure: unknown;
  const done = new Promise<void>((resolve) => {
    feeder.onComplete = resolve;
  });
  const start = (text: string): CsvLayout => {
    const found = detectLayout(text, decoder.bom, options.delimiter, options.isKnownColumn);
    layout = found;
    if (found.refusal !== undefined) return found;
    Papa.parse(stream, {
      ...feeder.config(found),
      error: (error: unknown) => {
        failure = error;
        feeder.onComplete();
      },
    });
    feeder.append(text);
    stream.emit('data', text);
    return found;
  };
  const push = (text: string) => {
    if (layout?.refusal !== undefined) return;
    if (layout !== undefined) {
      feeder.append(text);
      stream.emit('data', text);
    } else {
      head += text;
      if (hasFirstLine(head)) start(head);
    }
    chunks += 1;
    options.onProgress?.({ chunks, rows: feeder.rows });
  };

  for await (const chunk of input) {
    push(decoder.decode(chunk));
    if (feeder.stopped || failure !== undefined || layout?.refusal !== undefined) break;
  }
  if (layout?.refusal !== undefined) return layout;
  if (!feeder.stopped && failure === undefined) {
    const rest = decoder.end();
    if (layout === undefined) {
      const found = start(head + rest);
      if (found.refusal !== undefined) return found;
    } else if (rest !== '') {
      feeder.append(rest);
      stream.emit('data', rest);
    }
    stream.emit('end');
  }
  await done;
  // Papaparse reports errors thrown while it parses a stream here; they are ours, so pass them on.
  if (failure !== undefined) throw failure;
  feeder.finish(decoder.lineCount());
  return layout ?? detectLayout('', decoder.bom, options.delimiter, options.isKnownColumn);
}

/**
 * Counts lines from the raw text of each row (papaparse's cursor marks where a row ends), keeping
 * only the text not yet parsed, and holds back a final empty row, which may be only the file's
 * last line break.
 */
class RowFeeder {
  rows = 0;
  stopped = false;
  onComplete: () => void = () => undefined;
  private readonly lines = new LineCounter();
  private heldBlank: number | undefined;
  private pending = '';
  private offset = 0;

  constructor(private readonly onRow: OnRow) {}

  /** Adds text about to be handed to papaparse. */
  append(text: string): void {
    this.pending = this.pending + text;
  }

  /** Counts the lines of the row that ends at `cursor` (its own line break included) and drops its text. */
  private consume(cursor: number): void {
    this.lines.add(this.pending.slice(0, cursor - this.offset));
    this.pending = this.pending.slice(cursor - this.offset);
    this.offset = cursor;
  }

  config(layout: CsvLayout): ParseConfig<string[]> {
    return {
      delimiter: layout.delimiter,
      newline: newlineOf(layout.lineEnding),
      header: false,
      dynamicTyping: false,
      skipEmptyLines: false,
      quoteChar: '"',
      escapeChar: '"',
      comments: false,
      step: (results, parser) => {
        if (this.stopped) return;
        const cells = results.data;
        const line = this.lines.line;
        this.consume(results.meta.cursor);
        this.rows += 1;
        const broken = results.errors.find((error) => error.type === 'Quotes');
        const quote = broken ? { code: 'CSV_QUOTES', message: quoteMessage(broken.code, line) } : undefined;
        if (cells.length === 1 && cells[0] === '' && quote === undefined) {
          if (this.heldBlank !== undefined) this.deliver([''], this.heldBlank, undefined, parser);
          this.heldBlank = line;
          return;
        }
        if (this.heldBlank !== undefined) this.deliver([''], this.heldBlank, undefined, parser);
        this.heldBlank = undefined;
        this.deliver(cells, line, quote, parser);
      },
      complete: () => this.onComplete(),
    };
  }

  /** Reports a held blank row unless it is the empty "line" after the file's final line break. */
  finish(lines: number): void {
    if (this.heldBlank !== undefined && this.heldBlank !== lines) this.deliver([''], this.heldBlank, undefined, undefined);
    this.heldBlank = undefined;
  }

  private deliver(cells: string[], line: number, quote: QuoteProblem | undefined, parser: Parser | undefined): void {
    if (this.stopped) return;
    if (!this.onRow(cells, line, quote)) {
      this.stopped = true;
      parser?.abort();
    }
  }
}

function quoteMessage(code: string | undefined, line: number): string {
  return code === 'MissingQuotes'
    ? `A quoted field that starts on line ${line} is never closed, so the rest of the file was read into it; close the quote (write "" for a quote inside a quoted field).`
    : `A quoted field on line ${line} has text after its closing quote; quote the whole field and write "" for a quote inside it.`;
}

/** Just enough of a Node readable stream for papaparse's stream reader; no Node module needed. */
class ChunkEmitter {
  readonly readable = true;
  private readonly listeners = new Map<string, ((data?: string) => void)[]>();

  read(): null {
    return null;
  }

  on(event: string, listener: (data?: string) => void): this {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    return this;
  }

  removeListener(event: string, listener: (data?: string) => void): this {
    this.listeners.set(event, (this.listeners.get(event) ?? []).filter((known) => known !== listener));
    return this;
  }

  pause(): void {}

  resume(): void {}

  emit(event: string, data?: string): void {
    for (const listener of this.listeners.get(event) ?? []) listener(data);
  }
}
