// Checklist items 7, 8, 12, 13, 14 and 15 end to end: one hostile plan (every name, title, unit,
// label and source hostile) goes through the PUBLIC pipeline — parseStrategy → parseObservations →
// evaluate → summarize — into every renderer, and each output is read back with a real parser:
// HTML with parse5, Markdown with markdown-it (raw HTML on, the worst consumer), CSV with both
// papaparse and csv-parse, text by its characters. test/render/*Injection* feed hostile summaries
// straight to the renderers; this file proves the same holds for what the pipeline produces.
import { parse as parseCsvSync } from 'csv-parse/sync';
import MarkdownIt from 'markdown-it';
import Papa from 'papaparse';
import { parse, parseFragment } from 'parse5';
import type { DefaultTreeAdapterMap } from 'parse5';
import { describe, expect, it } from 'vitest';
import { evaluate, parseObservations, parseStrategy, summarize, toCsv, toHtml, toMarkdown, toText } from '../../src/index.js';
import type { EvaluationSummary } from '../../src/index.js';
import { HTML_ELEMENTS } from '../../src/render/html/dom.js';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

/** The brief's hostile names, and more of the same families. */
const HOSTILE = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  "' onmouseover='alert(1)",
  'a|b|c',
  'line one\nline two\r\nline three',
  '=1+2',
  '+SUM(A1)',
  '-2+3',
  '@cmd',
  '\t=x',
  '＝1+2',
  'a,b;=1+2',
  'q"x',
  'abc\u202Eevil\u202C',
  '\u2066isolate\u2069 zero\u200Bwidth',
  '[x](javascript:alert(1))',
  '![img](http://x/y.png)',
  '`code` ``x``',
  '# heading',
  '<b>x</b> &amp; *bold* _it_ ~~s~~',
  'back\\slash\\',
  '<!-- c --><iframe src="javascript:alert(1)"></iframe>',
  '</style><svg onload=alert(1)>',
  '{{constructor.constructor("alert(1)")()}}',
  'esc\u001b[31mred\u001b[0m\u0007bell',
  'ក្រសួងយុត្តិធម៌ | <i>km</i>',
] as const;

const HOSTILE_SOURCES = ['javascript:alert(1)', ' JaVaScRiPt:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:msgbox(1)', 'https://example.org/?a=1&b="2"', 'mailto:ncct@example.org'];

const n = HOSTILE.length;
const h = (index: number): string => HOSTILE[index % n] ?? '';

function hostilePlan(): { strategy: Record<string, unknown>; observations: Record<string, unknown>[] } {
  const strategy = {
    id: 'HOSTILE', title: HOSTILE.join(' '), description: h(1), period: { start: 2024, end: 2028 }, baselineYear: 2023,
    levels: [{ id: 'pillar', title: h(3) }, { id: 'objective', title: { en: h(0), km: h(25) } }],
    actors: HOSTILE.map((_, index) => ({ id: `A${index}`, name: h(index), shortName: h(index + 7) })),
    dimensions: [{ id: 'province', title: h(5), codes: HOSTILE.slice(0, 6).map((_, index) => ({ code: `KH-${index + 1}`, label: h(index + 11) })) }],
    results: [
      ...HOSTILE.map((_, index) => ({ id: `P${index}`, level: 'pillar', title: h(index), lead: `A${index}` })),
      ...HOSTILE.map((_, index) => ({ id: `O${index}`, level: 'objective', parent: `P${index}`, title: { en: h(index + 1), km: h(index + 2) } })),
    ],
    indicators: HOSTILE.map((_, index) => ({
      id: `I${index}`, title: h(index + 2), definition: h(index + 3), result: `O${index}`, measure: 'count', unit: h(index + 4),
      direction: 'increase', lead: `A${index}`, supporting: [`A${(index + 1) % n}`], disaggregations: index < 3 ? ['province'] : [],
      baseline: { period: '2023', value: 10, source: HOSTILE_SOURCES[index % HOSTILE_SOURCES.length] },
      targets: { '2024': 12, '2028': 20 }, tags: [h(index + 6)],
    })),
  };
  const observations = HOSTILE.flatMap((_, index) => index < 3
    ? HOSTILE.slice(0, 6).map((__, code) => ({ indicator: `I${index}`, period: '2024', value: 2 + code, disaggregation: { province: `KH-${code + 1}` }, reportedBy: `A${index}`, reportedOn: '2025-02-01', source: h(index + code), note: h(index + code + 1) }))
    : [{ indicator: `I${index}`, period: '2024', value: index % 3 === 0 ? 8 : 14, reportedBy: `A${index}`, reportedOn: '2025-02-01', source: h(index + 9), note: h(index + 10) }]);
  return { strategy, observations };
}

function pipeline(lang: 'en' | 'km'): EvaluationSummary {
  const { strategy: raw, observations: rawObservations } = hostilePlan();
  const strategy = parseStrategy(raw);
  const { observations, rejected } = parseObservations(rawObservations, strategy);
  expect(rejected).toEqual([]);
  const evaluation = evaluate(strategy, observations, { asOf: '2025-03-27', breakdowns: ['province'] });
  return summarize(evaluation, { strategy, lang, smallCellThreshold: 0 });
}

/** What each hostile text looks like once the model has trimmed it. */
const TRIMMED = HOSTILE.map((text) => text.trim());
const INVISIBLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;
const visible = (text: string): string => text.normalize('NFC').replace(INVISIBLE, '');
const oneLine = (text: string): string => visible(text.replace(/\r\n|[\r\n\u000B\u000C\u0085\u2028\u2029]/g, ' ')).replace(/[\t ]+/g, ' ').trim();

for (const lang of ['en', 'km'] as const) {
  const summary = pipeline(lang);

  describe(`hostile plan → HTML, parsed with parse5 (${lang}; checklist 12, 13, 15)`, () => {
    const pages: Array<[string, string, Node]> = [
      ['page', toHtml(summary), parse(toHtml(summary))],
      ['fragment', toHtml(summary, { fragment: true }), parseFragment(toHtml(summary, { fragment: true }))],
    ];
    const elements = (node: Node): Element[] => [
      ...('tagName' in node ? [node] : []),
      ...('childNodes' in node ? node.childNodes : []).flatMap(elements),
      ...('content' in node ? elements(node.content as Node) : []),
    ];
    const texts = (node: Node): string[] => node.nodeName === '#text'
      ? [(node as DefaultTreeAdapterMap['textNode']).value]
      : 'tagName' in node && node.tagName === 'style' ? [] : 'childNodes' in node ? node.childNodes.flatMap(texts) : [];

    it.each(pages)('%s: only template elements and attributes, no handler, no script', (_, html, tree) => {
      const allowed = new Set<string>(HTML_ELEMENTS);
      for (const element of elements(tree)) {
        expect(allowed.has(element.tagName), element.tagName).toBe(true);
        for (const attribute of element.attrs) expect(attribute.name.toLowerCase(), `${element.tagName}[${attribute.name}]`).not.toMatch(/^on|^style$|^src$|^srcdoc$|^formaction$/);
      }
      expect(elements(tree).some((element) => ['script', 'img', 'iframe', 'i', 'b'].includes(element.tagName))).toBe(false);
      expect(html).not.toMatch(/<script|<img|<iframe|<svg onload/i);
    });

    it.each(pages)('%s: links only to http(s)/mailto, ids only lf-[a-z0-9-], each once', (_, __, tree) => {
      const all = elements(tree);
      const hrefs = all.flatMap((element) => element.attrs.filter((attribute) => attribute.name === 'href').map((attribute) => attribute.value));
      for (const href of hrefs) expect(href).toMatch(/^(https?:\/\/|mailto:)/);
      const ids = all.flatMap((element) => element.attrs.filter((attribute) => attribute.name === 'id').map((attribute) => attribute.value));
      for (const id of ids) expect(id).toMatch(/^lf-[a-z0-9-]+$/);
      expect(new Set(ids).size).toBe(ids.length);
    });

    it.each(pages)('%s: every hostile name is shown as literal text, and bidi controls only inside <bdi>', (_, __, tree) => {
      const joined = texts(tree).join('\u0000');
      for (const text of TRIMMED) {
        const shown = text.replace(/\r\n?/g, '\n');
        expect(joined.includes(shown) || joined.includes(visible(shown)) || joined.includes(oneLine(shown)), JSON.stringify(text)).toBe(true);
      }
      const all = elements(tree);
      for (const element of all) {
        for (const child of element.childNodes) {
          if (child.nodeName === '#text' && /[\u202A-\u202E\u2066-\u2069]/.test((child as DefaultTreeAdapterMap['textNode']).value)) {
            expect(element.tagName).toBe('bdi');
          }
        }
      }
    });
  });

  describe(`hostile plan → Markdown, rendered by markdown-it with raw HTML on (${lang}; checklist 14, 15)`, () => {
    const markdown = toMarkdown(summary);
    const md = new MarkdownIt({ html: true });
    const html = md.render(markdown);
    const tokens = md.parse(markdown, {});
    // A consumer that also turns bare URLs into links.
    const linkified = new MarkdownIt({ html: true, linkify: true }).parse(markdown, {}).flatMap((token) => token.children ?? []);

    it('every table row has as many cells as its header', () => {
      let header = 0;
      let cells = 0;
      let inHead = false;
      let tables = 0;
      let rows = 0;
      for (const token of tokens) {
        if (token.type === 'table_open') tables += 1;
        if (token.type === 'thead_open') inHead = true;
        if (token.type === 'thead_close') inHead = false;
        if (token.type === 'tr_open') cells = 0;
        if (token.type === 'th_open' || token.type === 'td_open') cells += 1;
        if (token.type === 'tr_close') {
          if (inHead) header = cells;
          else {
            rows += 1;
            expect(cells).toBe(header);
          }
        }
      }
      expect(tables).toBeGreaterThanOrEqual(3);
      // Source lines that start a table row, minus header and rule lines, are the rows markdown-it saw.
      const written = markdown.split('\n\n').filter((block) => block.startsWith('|')).reduce((sum, block) => sum + block.split('\n').filter((line) => line.startsWith('|')).length - 2, 0);
      expect(rows).toBe(written);
    });

    it('no raw HTML, image, or link gets through; the only tags are the renderer\'s own', () => {
      expect(tokens.some((token) => token.type === 'html_block' || token.type === 'html_inline')).toBe(false);
      expect(tokens.flatMap((token) => token.children ?? []).some((token) => ['html_inline', 'image', 'link_open'].includes(token.type))).toBe(false);
      expect(html).not.toMatch(/<(script|img|iframe|svg|a|b|i|code|em|del|s)[\s>]/i);
      // Attributes exist only inside real tags; escaped hostile text never makes one.
      expect(html).not.toMatch(/<[a-z][^>]*\s(href|src|on\w+)\s*=/i);
      // linkify may link a bare http(s) URL written in a name, never anything else, and never an image.
      for (const token of linkified.filter((child) => child.type === 'link_open')) expect(token.attrGet('href')).toMatch(/^(https?:\/\/|mailto:)/);
      expect(linkified.some((child) => child.type === 'image' || child.type === 'html_inline')).toBe(false);
      for (const tag of html.match(/<[a-z][^>]*>/gi) ?? []) expect(tag).toMatch(/^<(h[1-6]|p|ul|ol|li|table|thead|tbody|tr|th|td|strong|br)( style="text-align:(right|left|center)")?>$/);
    });

    it('every hostile name is shown as literal text on one line, without bidi or control characters', () => {
      for (const text of TRIMMED) expect(html, JSON.stringify(text)).toContain(md.utils.escapeHtml(oneLine(text)));
      expect(markdown).not.toMatch(/[\u202A-\u202E\u2066-\u2069\u200B-\u200F\uFEFF\u061C]/);
      expect(markdown).not.toMatch(/[\u0000-\u0009\u000B-\u001F\u007F-\u009F]/);
    });
  });

  describe(`hostile plan → CSV, read back with papaparse and csv-parse (${lang}; checklist 7, 8)`, () => {
    const csv = toCsv(summary, { rows: ['indicators', 'results', 'actors'], bom: lang === 'km' });
    const body = csv.replace(/^\uFEFF/, '');
    // The local papaparse typings declare `data` only; the parse result has `errors` too.
    const papa = Papa.parse<string[]>(body, { header: false, dynamicTyping: false, delimiter: ',', newline: '\r\n' }) as { data: string[][]; errors?: unknown[] } | undefined;
    const papaData = papa?.data ?? [];
    const papaRows = papaData.filter((row, index) => !(index === papaData.length - 1 && row.length === 1 && row[0] === ''));
    const csvParseRows = parseCsvSync(body, { relax_column_count: false, record_delimiter: '\r\n', bom: true }) as string[][];

    it('both parsers read the same rows, every row as wide as the header, CRLF line ends', () => {
      expect(papa?.errors ?? []).toEqual([]);
      expect(csvParseRows).toEqual(papaRows);
      expect(papaRows).toHaveLength(1 + summary.indicators.length + summary.results.length + summary.actors.length);
      for (const row of papaRows) expect(row).toHaveLength(papaRows[0]?.length ?? -1);
      expect(body.replace(/"[^"]*"/g, '').split('\n').every((line, index, lines) => index === lines.length - 1 || line.endsWith('\r'))).toBe(true);
    });

    it('no text cell starts with a character a spreadsheet would run; numbers stay numbers', () => {
      for (const row of papaRows) {
        for (const cell of row) {
          if (/^-?\d+(\.\d+)?(e[+-]?\d+)?$/.test(cell)) continue;
          expect(cell, JSON.stringify(cell)).not.toMatch(/^[=+\-@\t\r\n＝＋－＠]/);
        }
      }
    });

    it('each title reads back as the original, less invisible characters and the one added apostrophe', () => {
      const header = papaRows[0] ?? [];
      const title = header.indexOf('title');
      expect(title).toBeGreaterThan(0);
      const expected = [...summary.indicators.map((row) => row.title), ...summary.results.map((row) => row.title), ...summary.actors.map((row) => row.name)];
      papaRows.slice(1).forEach((row, index) => {
        const original = visible(expected[index] ?? '');
        const cell = row[title] ?? '';
        expect(/^[=+\-@\t\r\n＝＋－＠]/.test(original) ? `'${original}` : original).toBe(cell);
      });
    });
  });

  describe(`hostile plan → text (${lang})`, () => {
    const text = toText(summary);
    it('holds no control, escape or bidi character but line feeds, and shows every name', () => {
      expect(text).not.toMatch(/[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\u200B-\u200F\uFEFF\u061C]/);
      const flat = text.replace(/\s+/g, ' ');
      for (const name of TRIMMED.slice(0, 10)) {
        const words = oneLine(name).split(' ').filter((word) => word.length > 0 && word.length < 20);
        for (const word of words) expect(flat, JSON.stringify(name)).toContain(word);
      }
    });
  });
}
