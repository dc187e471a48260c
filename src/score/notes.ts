import type { Note } from './types.js';

/** Adds a note unless the same code and message are already there, keeping first-seen order. */
export function addNote(notes: Note[], code: string, message: string): void {
  if (!notes.some((note) => note.code === code && note.message === message)) notes.push({ code, message });
}

/** Formats a number for a message: up to six significant decimals, no exponent for ordinary sizes. */
export function show(value: unknown): string {
  if (typeof value !== 'number') return JSON.stringify(value);
  if (Number.isInteger(value)) return String(value);
  return String(Number(value.toPrecision(6)));
}

/** Lists ids as `a, b and c`. */
export function listIds(ids: readonly string[]): string {
  if (ids.length <= 1) return ids.join('');
  return `${ids.slice(0, -1).join(', ')} and ${ids[ids.length - 1] ?? ''}`;
}
