/**
 * A source (a string or a text per language) as one string: the strategy's language, else
 * English, else the first language in code order; `null` when empty.
 */
export function sourceText(source: string | Readonly<Record<string, string>> | undefined, language: string): string | null {
  if (source === undefined) return null;
  if (typeof source === 'string') return source.trim() === '' ? null : source;
  const text = source[language] ?? source['en'] ?? Object.keys(source).sort().map((key) => source[key]).find((value) => value !== undefined);
  return text === undefined || text.trim() === '' ? null : text;
}
