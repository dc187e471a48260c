import { oneLine } from './invisible.js';

/**
 * ASCII punctuation that can start Markdown syntax anywhere on a line: code spans, emphasis,
 * strike-through, links and images, raw HTML and autolinks, entities, table cell separators,
 * headings' closing sequences, math (`$`), attribute blocks (`{}`) and GitHub mentions (`@`).
 * CommonMark lets any ASCII punctuation be escaped with a backslash, so escaping more than needed
 * is harmless; `.`, `-`, `(`, `)` and `,` are left alone because they are only syntax at the start
 * of a line (handled below) or after a `]` (which is escaped).
 */
const INLINE_SYNTAX = /[\\`*_~[\]<>&|#!$@{}^]/g;

/**
 * At the start of a line: list markers (`- `, `+ `, `1. `, `1) `), thematic breaks (`---`) and setext
 * underlines (`===`). A sign before a digit (`-4%`) is never syntax and stays as it is.
 */
const LEADING_SYNTAX = /^(\d{1,9})([.)])(?=\s|$)|^([-+=])(?!\d)/;

/**
 * Escapes user text for Markdown so that it renders as the same literal text, on one line, in a
 * table cell, a heading or a list item: every Markdown syntax character is backslash-escaped
 * (`[x](javascript:…)`, `<script>`, backticks, `|` and a leading `#` all stay text, even under a
 * renderer with raw HTML turned on), line breaks and tabs become spaces, and bidi controls,
 * zero-width and control characters are removed (plain Markdown cannot isolate right-to-left text).
 *
 * @param text - User text, e.g. an indicator's title.
 * @returns The escaped text, on one line, trimmed.
 *
 * @example
 * ```ts
 * escapeMarkdown('a|b [x](javascript:alert(1))'); // 'a\\|b \\[x\\](javascript:alert(1))'
 * escapeMarkdown('# <b>Title</b>\nnext'); // '\\# \\<b\\>Title\\</b\\> next'
 * escapeMarkdown('1. first'); // '1\\. first'
 * ```
 *
 * @category Rendering
 */
export function escapeMarkdown(text: string): string {
  const escaped = oneLine(text).replace(INLINE_SYNTAX, (character) => `\\${character}`);
  return escaped.replace(LEADING_SYNTAX, (whole, digits: string | undefined, mark: string | undefined, sign: string | undefined) => (
    sign !== undefined ? `\\${sign}` : `${digits ?? ''}\\${mark ?? ''}`
  ));
}
