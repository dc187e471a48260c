// Internal: the XML layer of the IATI writer and reader, on fast-xml-parser's ordered tree
// (`[{ tag: [children], ':@': { '@_attr': value } }, { '#text': … }]`). Escaping is done here, not by
// the library, so that line breaks survive in attributes (&#10;) and CR in text (&#13;), and so that
// characters XML 1.0 cannot hold at all are refused instead of written.
import { XMLBuilder, XMLParser, XMLValidator } from 'fast-xml-parser';
import { LogframeError } from '../../problems/index.js';
import type { PathSegment } from '../../problems/index.js';

/** A node of the ordered tree: one element (with attributes) or one text. */
export type XmlNode = { readonly [tag: string]: XmlNode[] | Readonly<Record<string, string>> } | { readonly '#text': string };

export type Attributes = Readonly<Record<string, string | undefined>>;

const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Collects paths of strings that XML 1.0 cannot hold, so that the writer can refuse them all at once. */
export class XmlText {
  readonly invalid: PathSegment[][] = [];

  private check(text: string, path: readonly PathSegment[]): void {
    if (INVALID_XML.test(text)) this.invalid.push([...path]);
  }

  text(text: string, path: readonly PathSegment[]): XmlNode {
    this.check(text, path);
    return { '#text': text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r/g, '&#13;') };
  }

  element(tag: string, attributes: Attributes, children: readonly XmlNode[], path: readonly PathSegment[]): XmlNode {
    const escaped: Record<string, string> = {};
    for (const [name, value] of Object.entries(attributes)) {
      if (value === undefined) continue;
      this.check(value, path);
      escaped[`@_${name}`] = value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/\t/g, '&#9;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;');
    }
    const node: Record<string, XmlNode[] | Record<string, string>> = { [tag]: [...children] };
    if (Object.keys(escaped).length > 0) node[':@'] = escaped;
    return node as XmlNode;
  }

  throwIfInvalid(): void {
    if (this.invalid.length === 0) return;
    throw new LogframeError(this.invalid.map((path) => ({
      path,
      code: 'XML_INVALID_CHARACTER',
      severity: 'error' as const,
      message: 'This text holds a control character (or half of a surrogate pair) that XML cannot represent; remove it.',
    })), 'Cannot write IATI XML');
  }
}

/** Serialises the tree with an XML declaration, two-space indentation and a final line break. */
export function buildXml(root: XmlNode): string {
  const builder = new XMLBuilder({ preserveOrder: true, ignoreAttributes: false, attributeNamePrefix: '@_', format: true, indentBy: '  ', suppressEmptyNode: true, processEntities: false });
  return `<?xml version="1.0" encoding="UTF-8"?>\n${(builder.build([root]) as string).trim()}\n`;
}

/** A parsed element: its tag, attributes (unprefixed) and children. */
export interface XmlElement {
  readonly tag: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly children: readonly XmlElement[];
  readonly text: string;
}

/** Parses XML into plain elements; refuses malformed XML with its line. */
export function parseXml(text: string): XmlElement[] {
  const valid = XMLValidator.validate(text);
  if (valid !== true) {
    throw new LogframeError([{ path: ['line', valid.err.line], code: 'XML_INVALID', severity: 'error', message: `Line ${valid.err.line}: ${valid.err.msg}; fix the XML (the file may be truncated or not XML at all).` }], 'Invalid XML');
  }
  let tree: unknown;
  try {
    tree = new XMLParser({ preserveOrder: true, ignoreAttributes: false, attributeNamePrefix: '@_', trimValues: false, parseTagValue: false, parseAttributeValue: false, htmlEntities: true, ignoreDeclaration: true, ignorePiTags: true }).parse(text);
  } catch (error) {
    throw new LogframeError([{ path: [], code: 'XML_INVALID', severity: 'error', message: `The XML could not be read: ${(error as Error).message}.` }], 'Invalid XML');
  }
  return toElements(tree as readonly Record<string, unknown>[]);
}

function toElements(nodes: readonly Record<string, unknown>[]): XmlElement[] {
  const elements: XmlElement[] = [];
  for (const node of nodes) {
    const tag = Object.keys(node).find((key) => key !== ':@' && key !== '#text');
    if (tag === undefined) continue;
    const attributes: Record<string, string> = {};
    for (const [name, value] of Object.entries((node[':@'] ?? {}) as Record<string, unknown>)) attributes[name.replace(/^@_/, '')] = String(value);
    const kids = (node[tag] ?? []) as readonly Record<string, unknown>[];
    const text = kids.map((kid) => (typeof kid['#text'] === 'string' ? kid['#text'] : '')).join('');
    elements.push({ tag, attributes, children: toElements(kids), text });
  }
  return elements;
}

/** The children of `element` with the given tag. */
export function childrenOf(element: XmlElement, tag: string): XmlElement[] {
  return element.children.filter((child) => child.tag === tag);
}

/** The first child of `element` with the given tag. */
export function childOf(element: XmlElement, tag: string): XmlElement | undefined {
  return element.children.find((child) => child.tag === tag);
}
