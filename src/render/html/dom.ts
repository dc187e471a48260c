// A tiny HTML builder with escaping by default: a plain string is always text (escaped); only
// markup made here (an `Html` value) goes out as it is. Element and attribute names are fixed by
// the types below, never taken from data, so user text can reach the output only as escaped text
// or as a quoted, escaped attribute value.
import { escapeHtml } from '../escape/html.js';
import { stripInvisible } from '../escape/invisible.js';

/**
 * Every element the HTML renderer writes. The injection tests check that a page holds no other.
 */
export const HTML_ELEMENTS = [
  'html', 'head', 'body', 'meta', 'title', 'style',
  'section', 'header', 'footer', 'div', 'span', 'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'dl', 'dt', 'dd', 'ul', 'ol', 'li', 'table', 'caption', 'thead', 'tbody', 'tr', 'th', 'td',
  'bdi', 'a', 'small', 'strong', 'abbr',
  'svg', 'rect', 'line', 'polyline', 'circle', 'g',
] as const;

/** An element name the renderer may write. */
export type ElementName = (typeof HTML_ELEMENTS)[number];

/** Elements without an end tag. */
const VOID = new Set<string>(['meta']);

/** SVG elements written self-closed (HTML parsers accept `/>` on foreign elements). */
const SELF_CLOSED = new Set<string>(['rect', 'line', 'polyline', 'circle']);

/**
 * Attribute names the renderer may write. No `on*` handler and no `style` attribute: the output
 * must work under a strict Content-Security-Policy.
 */
export type AttributeName =
  | 'class' | 'id' | 'lang' | 'dir' | 'title' | 'role' | 'href' | 'rel' | 'scope' | 'colspan' | 'tabindex'
  | 'charset' | 'name' | 'content' | 'http-equiv' | 'translate'
  | 'aria-label' | 'aria-hidden' | 'aria-labelledby'
  | 'xmlns' | 'viewBox' | 'width' | 'height' | 'x' | 'y' | 'x1' | 'y1' | 'x2' | 'y2' | 'cx' | 'cy' | 'r'
  | 'rx' | 'points' | 'focusable' | 'preserveAspectRatio' | 'data-status' | 'data-severity';

/** Attributes of one element; `null`, `undefined` and `false` leave the attribute out. */
export type Attributes = Partial<Record<AttributeName, string | number | boolean | null | undefined>>;

/** Markup made by this builder: safe to write as it is. */
export class Html {
  /** The markup. */
  readonly markup: string;

  constructor(markup: string) {
    this.markup = markup;
  }

  toString(): string {
    return this.markup;
  }
}

/** What an element can hold: markup, text (escaped), nothing, or a list of these. */
export type Child = Html | string | null | undefined | false | readonly Child[];

/** Markup from the renderer's own constants (the stylesheet, the doctype); never for data. */
export function trusted(markup: string): Html {
  return new Html(markup);
}

/** Writes children: markup as it is, text escaped. */
export function render(child: Child): string {
  if (child === null || child === undefined || child === false) return '';
  if (child instanceof Html) return child.markup;
  if (typeof child === 'string') return escapeHtml(child);
  // Types keep numbers and objects out; a plain JavaScript caller gets a clear error, not "[object Object]".
  if (!Array.isArray(child)) throw new TypeError(`Cannot write a ${typeof child} as HTML: pass text or markup.`);
  return child.map(render).join('');
}

/** Joins children into one piece of markup. */
export function fragment(...children: Child[]): Html {
  return new Html(render(children));
}

function attributes(attrs: Attributes): string {
  let out = '';
  for (const [name, value] of Object.entries(attrs) as Array<[AttributeName, Attributes[AttributeName]]>) {
    if (value === null || value === undefined || value === false) continue;
    // Always quoted, always escaped: a value can never end the attribute or the tag. No <bdi> can
    // isolate text inside an attribute (a tooltip, an accessible name), so bidi and invisible
    // controls are dropped there.
    out += value === true ? ` ${name}` : ` ${name}="${escapeHtml(stripInvisible(String(value)))}"`;
  }
  return out;
}

/** An element with attributes and children. */
export function el(name: ElementName, attrs: Attributes = {}, ...children: Child[]): Html {
  const open = `<${name}${attributes(attrs)}`;
  if (VOID.has(name)) return new Html(`${open}>`);
  if (SELF_CLOSED.has(name) && children.length === 0) return new Html(`${open}/>`);
  return new Html(`${open}>${render(children)}</${name}>`);
}

/**
 * User text (a title, a name, a source): isolated in `<bdi>` so that right-to-left characters or
 * bidi controls inside it cannot reorder the text around it.
 */
export function userText(text: string, attrs: Attributes = {}): Html {
  return el('bdi', attrs, text);
}

/** Lines joined with a newline, so that the page source stays readable and diffs stay small. */
export function lines(...children: Child[]): Html {
  return new Html(children.filter((child) => child !== null && child !== undefined && child !== false).map(render).join('\n'));
}
