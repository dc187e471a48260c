// Internal: texts as IATI narratives and back, values as IATI @value strings, and sources as
// document links. A plain text is written as one narrative in the activity's language (no
// xml:lang); a text per language gets xml:lang on every narrative, so that reading back tells the
// two shapes apart.
import type { Measure, Value } from '../../model/index.js';
import type { PathSegment } from '../../problems/index.js';
import { formatNumber } from '../shared/text.js';
import type { AnyText } from '../shared/text.js';
import { childrenOf } from './xml.js';
import type { XmlElement, XmlNode, XmlText } from './xml.js';

export function narratives(xml: XmlText, text: AnyText, path: readonly PathSegment[]): XmlNode[] {
  if (typeof text === 'string') return [xml.element('narrative', {}, [xml.text(text, path)], path)];
  return Object.entries(text).map(([lang, value]) => xml.element('narrative', { 'xml:lang': lang }, [xml.text(value, [...path, lang])], [...path, lang]));
}

/** An element holding narratives, or nothing for an absent or empty text. */
export function textElement(xml: XmlText, tag: string, text: AnyText | undefined, path: readonly PathSegment[]): XmlNode[] {
  if (text === undefined) return [];
  const children = narratives(xml, text, path);
  return children.length === 0 ? [] : [xml.element(tag, {}, children, path)];
}

/** Reads the narratives of an element back into a plain text or a text per language. */
export function readNarratives(element: XmlElement | undefined, defaultLanguage: string): AnyText | undefined {
  if (element === undefined) return undefined;
  const items = childrenOf(element, 'narrative');
  if (items.length === 0) return undefined;
  const first = items[0];
  if (items.length === 1 && first !== undefined && first.attributes['xml:lang'] === undefined) return first.text;
  const texts: Record<string, string> = {};
  for (const item of items) texts[item.attributes['xml:lang'] ?? defaultLanguage] = item.text;
  return texts;
}

/** The @value of a value: numbers in plain decimal notation, booleans 1/0, codes as they are; none for qualitative text or null. */
export function valueAttribute(value: Value | null, measure: Measure): string | undefined {
  if (value === null || measure === 'qualitative') return undefined;
  if (typeof value === 'number') return formatNumber(value);
  if (typeof value === 'boolean') return value ? '1' : '0';
  return value;
}

/** A `document-link` for a source that is a web address (IATI links documents, it has no free source text). */
export function sourceLink(xml: XmlText, source: AnyText | undefined, path: readonly PathSegment[]): XmlNode[] {
  if (typeof source !== 'string' || !/^https?:\/\/\S+$/i.test(source)) return [];
  return [xml.element('document-link', { url: source, format: formatOf(source) }, [
    xml.element('title', {}, [xml.element('narrative', {}, [xml.text(source, path)], path)], path),
    xml.element('category', { code: 'A08' }, [], path),
  ], path)];
}

const FORMATS: Readonly<Record<string, string>> = {
  pdf: 'application/pdf',
  csv: 'text/csv',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  json: 'application/json',
};

/** The MIME type IATI asks for, from the address's file extension (a web page otherwise). */
function formatOf(url: string): string {
  const extension = /\.([A-Za-z0-9]+)(?:[?#].*)?$/.exec(url)?.[1]?.toLowerCase() ?? '';
  return FORMATS[extension] ?? 'text/html';
}
