// The part of papaparse's API that logframe uses, typed here rather than through @types/papaparse,
// which pulls Node's types into every compilation that sees it and would hide a Node built-in used
// by mistake in library code.
declare module 'papaparse' {
  export interface ParseError {
    /** `Quotes`, `Delimiter` or `FieldMismatch`. */
    readonly type: string;
    /** e.g. `MissingQuotes`, `InvalidQuotes`. */
    readonly code: string;
    readonly message: string;
  }
  export interface ParseResult<T> {
    readonly data: T;
    readonly errors: readonly ParseError[];
    /** In step mode, `cursor` is the offset just after the row (its line break included). */
    readonly meta: { readonly cursor: number };
  }
  export interface Parser {
    abort(): void;
  }
  export interface ParseConfig<T> {
    delimiter?: string;
    newline?: string;
    header?: boolean;
    dynamicTyping?: boolean;
    skipEmptyLines?: boolean;
    quoteChar?: string;
    escapeChar?: string;
    comments?: boolean | string;
    step?: (results: ParseResult<T>, parser: Parser) => void;
    complete?: () => void;
    error?: (error: unknown) => void;
  }
  export interface Papa {
    /** Parses a string (synchronously) or a readable stream (one chunk per `data` event). */
    parse<T>(input: string | object, config: ParseConfig<T>): { readonly data: T[] } | undefined;
  }
  const papa: Papa;
  export default papa;
}
