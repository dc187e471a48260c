// Hostile names, ids and sources through the whole HTML renderer, checked with a real HTML parser:
// only the template's elements, no handler attributes, only http(s)/mailto links, only lf- ids,
// and the hostile text shown literally (reliability checklist items 12, 13 and 15).
import { parse, parseFragment } from 'parse5';
import type { DefaultTreeAdapterMap } from 'parse5';
import { describe, expect, it } from 'vitest';
import { summarize, toHtml } from '../../src/index.js';
import type { EvaluationSummary } from '../../src/index.js';
import { HTML_ELEMENTS } from '../../src/render/html/dom.js';
import { EVALUATION } from '../fixtures/summary/evaluation.js';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

const HOSTILE = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  "'",
  "' onmouseover='alert(1)",
  '&amp;',
  'a|b|c',
  'line one\nline two\r\nline three',
  '=1+2',
  'abc\u202Edef',
  '\u2066isolate\u2069 and \u202Bembed',
  '</style><script>alert(1)</script>',
  '<!-- comment --><iframe src="javascript:alert(1)"></iframe>',
  '<svg onload=alert(1)><foreignObject><body onload=alert(1)>',
  '{{constructor.constructor("alert(1)")()}}',
];

const HOSTILE_SOURCES = [
  'javascript:alert(1)',
  ' JaVaScRiPt:alert(1)',
  'java\tscript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)',
  'https://example.org/report?a=1&b="2"',
  'mailto:ncct@example.org',
];

/** Keys whose string values are user text (names, titles, ids, units, sources, display strings). */
const USER_KEYS = new Set([
  'id', 'title', 'name', 'shortName', 'leadName', 'lead', 'resultTitle', 'levelTitle', 'actorName', 'indicatorTitle',
  'label', 'unit', 'message', 'indicator', 'actor', 'result', 'parent', 'code', 'dimension', 'display', 'kindLabel',
]);

/** The summary with every user string replaced by a hostile one, in turn; finding params too. */
function poison(summary: EvaluationSummary): EvaluationSummary {
  let turn = 0;
  const next = (): string => HOSTILE[turn++ % HOSTILE.length] ?? '';
  const walk = (value: unknown, key: string): unknown => {
    if (typeof value === 'string') return USER_KEYS.has(key) ? next() : value;
    if (Array.isArray(value)) return value.map((item) => walk(item, key === 'sources' ? 'source' : key));
    if (typeof value === 'object' && value !== null) {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, key === 'params' && typeof v === 'string' ? next() : walk(v, k)]));
    }
    return value;
  };
  const poisoned = walk(summary, '') as EvaluationSummary;
  return {
    ...poisoned,
    plan: { ...poisoned.plan, title: HOSTILE[0] ?? '' },
    indicators: poisoned.indicators.map((indicator, index) => ({
      ...indicator,
      sources: index === 0 ? HOSTILE_SOURCES : indicator.sources,
      // Two ids that map to the same slug, and one that maps to none.
      id: index === 1 ? 'X.\u202E1' : index === 2 ? 'x-1' : index === 3 ? 'ក្រសួង' : indicator.id,
    })),
  };
}

function elements(node: Node): Element[] {
  const own = 'tagName' in node ? [node] : [];
  const children = 'childNodes' in node ? node.childNodes : [];
  const content = 'content' in node ? [node.content as Node] : [];
  return [...own, ...[...children, ...content].flatMap(elements)];
}

function textNodes(node: Node): string[] {
  if (node.nodeName === '#text') return [(node as DefaultTreeAdapterMap['textNode']).value];
  if ('tagName' in node && node.tagName === 'style') return [];
  return 'childNodes' in node ? node.childNodes.flatMap(textNodes) : [];
}

const summary = poison(summarize(EVALUATION));
const cases: Array<[string, string, Node]> = [
  ['page (en)', toHtml(summary), parse(toHtml(summary))],
  ['fragment (en)', toHtml(summary, { fragment: true }), parseFragment(toHtml(summary, { fragment: true }))],
  ['page (km)', toHtml(summary, { lang: 'km' }), parse(toHtml(summary, { lang: 'km' }))],
];

describe.each(cases)('hostile input in a %s', (_, html, tree) => {
  const all = elements(tree);

  it('holds only the template elements', () => {
    const allowed = new Set<string>(HTML_ELEMENTS);
    for (const element of all) expect(allowed.has(element.tagName), element.tagName).toBe(true);
    for (const name of ['script', 'img', 'iframe', 'foreignObject', 'object', 'embed', 'link', 'body'].filter((tag) => !html.startsWith('<!doctype') || tag !== 'body')) {
      expect(all.some((element) => element.tagName === name), name).toBe(false);
    }
  });

  it('has no event-handler attribute and only known attributes', () => {
    for (const element of all) {
      for (const attribute of element.attrs) {
        expect(attribute.name.toLowerCase().startsWith('on'), attribute.name).toBe(false);
        expect(attribute.name).toMatch(/^(class|id|lang|dir|title|role|href|rel|scope|tabindex|charset|name|content|http-equiv|aria-[a-z]+|viewBox|preserveAspectRatio|focusable|width|height|x|y|x1|x2|y1|y2|cx|cy|r|rx|points|data-status|data-severity)$/);
      }
    }
  });

  it('links only to http(s) and mailto, from the sources that are such URLs', () => {
    const hrefs = all.map((element) => element.attrs.find((attribute) => attribute.name === 'href')?.value).filter((href): href is string => href !== undefined);
    expect(hrefs).toEqual(['https://example.org/report?a=1&b="2"', 'mailto:ncct@example.org']);
    for (const href of hrefs) expect(href).toMatch(/^(https?:\/\/|mailto:)/);
    expect(html).not.toMatch(/href="\s*(javascript|data|vbscript)/i);
  });

  it('gives every id the lf- prefix and [a-z0-9-] only, each once', () => {
    const ids = all.map((element) => element.attrs.find((attribute) => attribute.name === 'id')?.value).filter((id): id is string => id !== undefined);
    for (const id of ids) expect(id).toMatch(/^lf-[a-z0-9-]+$/);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toContain('lf-ind-x-1');
    expect(ids).toContain('lf-ind-x-1-2');
    expect(ids.some((id) => /^lf-ind-x(-\d+)?$/.test(id))).toBe(true);
  });

  it('shows the hostile text literally in text nodes', () => {
    const texts = textNodes(tree);
    const joined = texts.join('\u0000');
    for (const hostile of [...HOSTILE, 'javascript:alert(1)', ' JaVaScRiPt:alert(1)', 'data:text/html,<script>alert(1)</script>']) {
      // The parser turns CRLF into LF, as every browser does.
      expect(joined, JSON.stringify(hostile)).toContain(hostile.replace(/\r\n/g, '\n'));
    }
  });

  it('wraps user text in bdi, so that bidi controls stay inside it', () => {
    for (const text of textNodes(tree)) {
      if (/[\u202A-\u202E\u2066-\u2069]/.test(text)) {
        const holder = all.find((element) => element.childNodes.some((child) => child.nodeName === '#text' && (child as DefaultTreeAdapterMap['textNode']).value === text));
        expect(holder?.tagName, JSON.stringify(text)).toBe('bdi');
      }
    }
  });

  it('keeps hostile text whole inside quoted attribute values', () => {
    const labels = all.map((element) => element.attrs.find((attribute) => attribute.name === 'aria-label')?.value).filter((value): value is string => value !== undefined);
    expect(labels.some((label) => label.endsWith(`: ${HOSTILE[0] ?? ''}`))).toBe(true);
  });
});

describe('hostile input in sentences', () => {
  it('removes bidi controls from names spliced into findings, where no bdi can isolate them', () => {
    const finding = { code: 'PILLAR_OFF_TRACK' as const, params: { levelTitle: 'Pillar', title: 'abc\u202Edef', id: 'P', score: 10 }, ids: ['P'], severity: 'high' as const, text: '' };
    const html = toHtml({ ...summarize(EVALUATION), findings: [finding] }, { fragment: true });
    expect(html).toContain('Pillar “abcdef” (P) is off track');
  });
});
