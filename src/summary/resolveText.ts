import type { Text } from '../model/index.js';

/**
 * Picks the text to show in a language: the entry for `lang`, else the English one, else the first
 * one given. A plain string is returned as it is.
 *
 * @param text - A plain string or a string per language.
 * @param lang - The language wanted, e.g. `km`.
 * @returns The string to show.
 *
 * @example
 * ```ts
 * resolveText({ en: 'Prevention', km: 'ការបង្ការ' }, 'km'); // 'ការបង្ការ'
 * resolveText({ fr: 'Prévention', en: 'Prevention' }, 'km'); // 'Prevention'
 * resolveText({ fr: 'Prévention' }, 'km'); // 'Prévention'
 * ```
 *
 * @category Summary
 */
export function resolveText(text: Text, lang: string): string {
  if (typeof text === 'string') return text;
  if (Object.hasOwn(text, lang)) return text[lang] ?? '';
  if (Object.hasOwn(text, 'en')) return text['en'] ?? '';
  const first = Object.keys(text)[0];
  return first === undefined ? '' : text[first] ?? '';
}
