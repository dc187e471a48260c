/**
 * Characters that change how text is displayed without being seen: bidirectional controls
 * (U+061C, U+200E, U+200F, U+202A–U+202E, U+2066–U+2069, the "Trojan Source" set), zero-width
 * characters (U+180E, U+200B–U+200D, U+2060–U+2064, U+FEFF), C0 controls other than tab, CR and
 * LF, DEL and the C1 controls (which include the one-byte terminal escape U+009B).
 */
const INVISIBLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;

/** Every line break a renderer may meet: CRLF, CR, LF, VT, FF, NEL, LINE and PARAGRAPH SEPARATOR. */
const LINE_BREAKS = /\r\n|[\r\n\u000B\u000C\u0085\u2028\u2029]/g;

/**
 * Removes the characters of user text that could make it display differently from what it holds
 * (bidi overrides and isolates, zero-width characters, control characters except tab, CR and LF)
 * and normalises it to NFC, so that the NFC and NFD spellings of a name look and compare the same.
 *
 * Renderers that cannot isolate right-to-left text (Markdown without HTML, CSV, terminals) strip the
 * bidi controls rather than balance them: a name has no business reordering its neighbours.
 *
 * @param text - User text (a title, a name, a note).
 * @returns The text without those characters, in NFC.
 */
export function stripInvisible(text: string): string {
  return text.normalize('NFC').replace(INVISIBLE, '');
}

/**
 * {@link stripInvisible}, then every line break and tab becomes a space, runs of spaces become one,
 * and the ends are trimmed: the form of user text that must stay on one line (a table cell, a
 * heading, a list item).
 *
 * @param text - User text.
 * @returns The text on one line.
 */
export function oneLine(text: string): string {
  // Line breaks become spaces before the controls go, so that words on two lines stay two words.
  return stripInvisible(text.replace(LINE_BREAKS, ' ')).replace(/[\t ]+/g, ' ').trim();
}
