// Internal: small helpers for text and numbers shared by the CSV, DHIS2 and IATI writers.

/** A text in one language or several (`Text` and `LongText` of the model). */
export type AnyText = string | Readonly<Record<string, string>>;

/** The text in `lang`, else in `fallback`, else in the first language given. */
export function textIn(text: AnyText | undefined, lang: string, fallback = 'en'): string {
  if (text === undefined) return '';
  if (typeof text === 'string') return text;
  return text[lang] ?? text[fallback] ?? Object.values(text)[0] ?? '';
}

/**
 * A number in plain decimal notation, as the readers' number grammar accepts it: no exponent,
 * no `-0`, no locale formatting (`String(1e21)` would give `1e+21`).
 */
export function formatNumber(value: number): string {
  if (value === 0) return '0';
  const text = String(value);
  const match = /^(-?)(\d+)(?:\.(\d+))?e([+-]\d+)$/.exec(text);
  if (!match) return text;
  const [, sign = '', whole = '', fraction = '', exponent = '0'] = match;
  const digits = whole + fraction;
  const point = whole.length + Number(exponent);
  if (point <= 0) return `${sign}0.${'0'.repeat(-point)}${digits}`;
  if (point >= digits.length) return `${sign}${digits}${'0'.repeat(point - digits.length)}`;
  return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
}

/** Objects keyed by user data are built without a prototype, so no key can reach `Object.prototype`. */
export function dictionary<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}

export const RESERVED_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);
