import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, parseFragment } from 'parse5';
import type { DefaultTreeAdapterMap } from 'parse5';
import { describe, expect, it } from 'vitest';
import { evaluate, parseObservations, parseStrategy, summarize, toHtml } from '../../src/index.js';
import type { EvaluationSummary } from '../../src/index.js';
import { EVALUATION } from '../fixtures/summary/evaluation.js';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

const example = join(import.meta.dirname, '../../examples/cambodia-nsp-2024-2028');
const strategy = parseStrategy(JSON.parse(readFileSync(join(example, 'strategy.json'), 'utf8')));
const { observations } = parseObservations(JSON.parse(readFileSync(join(example, 'observations-2024.json'), 'utf8')), strategy);
const evaluation = evaluate(strategy, observations, { asOf: '2025-03-27' });
const cambodia = summarize(evaluation, { strategy });
const cambodiaKm = summarize(evaluation, { strategy, lang: 'km' });
const fixture = summarize(EVALUATION);

function elements(node: Node): Element[] {
  const own = 'tagName' in node ? [node] : [];
  const children = 'childNodes' in node ? node.childNodes : [];
  const content = 'content' in node ? [node.content as Node] : [];
  return [...own, ...[...children, ...content].flatMap(elements)];
}

function attr(element: Element, name: string): string | undefined {
  return element.attrs.find((attribute) => attribute.name === name)?.value;
}

function text(node: Node): string {
  if (node.nodeName === '#text') return (node as DefaultTreeAdapterMap['textNode']).value;
  if ('tagName' in node && (node.tagName === 'style' || node.tagName === 'title' && node.namespaceURI === 'http://www.w3.org/2000/svg')) return '';
  return 'childNodes' in node ? node.childNodes.map(text).join('') : '';
}

describe('toHtml: a standalone page', () => {
  const html = toHtml(cambodia);
  const document = parse(html);
  const all = elements(document);

  it('is a complete document with language, charset, viewport, title and a strict CSP', () => {
    expect(html.startsWith('<!doctype html>\n<html lang="en" dir="ltr">\n<head>\n<meta charset="utf-8">')).toBe(true);
    expect(html.endsWith('</html>\n')).toBe(true);
    const title = all.find((element) => element.tagName === 'title' && element.parentNode?.nodeName === 'head');
    expect(title && text(title)).toBe('National Strategic Plan on Counter Trafficking in Persons 2024–2028 · Evaluation summary');
    const csp = all.find((element) => attr(element, 'http-equiv') === 'Content-Security-Policy');
    expect(attr(csp as Element, 'content')).toContain("default-src 'none'");
    expect(all.filter((element) => element.tagName === 'h1')).toHaveLength(1);
  });

  it('has no scripts, event handlers, inline style attributes or external resources', () => {
    expect(all.some((element) => ['script', 'iframe', 'object', 'embed', 'img', 'link', 'form', 'input'].includes(element.tagName))).toBe(false);
    for (const element of all) {
      for (const { name } of element.attrs) {
        expect(name.startsWith('on'), name).toBe(false);
        expect(['style', 'src', 'srcset', 'action', 'formaction'].includes(name), name).toBe(false);
      }
    }
    expect(html).not.toMatch(/url\(|@import|<link|<script/i);
  });

  it('shows every section, every pillar and every indicator', () => {
    const page = text(document);
    for (const heading of ['At a glance', 'Key findings', 'Results', 'Indicators', 'Ministries', 'Reporting', 'Data quality', 'How to read this']) {
      expect(all.some((element) => /^h[1-6]$/.test(element.tagName) && text(element) === heading), heading).toBe(true);
    }
    for (const result of cambodia.results) expect(page).toContain(result.title);
    for (const indicator of cambodia.indicators) {
      expect(page).toContain(indicator.title);
      expect(all.some((element) => attr(element, 'id') === `lf-ind-${indicator.id.toLowerCase()}`), indicator.id).toBe(true);
    }
    for (const actor of cambodia.actors) expect(page).toContain(actor.name);
  });

  it('uses real tables: a caption, column headers and row headers with scope', () => {
    const tables = all.filter((element) => element.tagName === 'table');
    expect(tables.length).toBeGreaterThanOrEqual(10);
    for (const table of tables) {
      const inside = elements(table);
      expect(table.childNodes[0] && 'tagName' in table.childNodes[0] ? table.childNodes[0].tagName : '').toBe('caption');
      expect(text(inside.find((element) => element.tagName === 'caption') as Element).length).toBeGreaterThan(0);
      const headers = inside.filter((element) => element.tagName === 'th');
      for (const header of headers) expect(['col', 'row']).toContain(attr(header, 'scope'));
      const rows = inside.filter((element) => element.tagName === 'tr' && element.parentNode && 'tagName' in element.parentNode && element.parentNode.tagName === 'tbody');
      for (const row of rows) expect(elements(row).filter((element) => attr(element, 'scope') === 'row')).toHaveLength(1);
    }
  });

  it('never lets colour carry a status alone: every chip holds its word', () => {
    const chips = all.filter((element) => attr(element, 'data-status') !== undefined && element.tagName === 'span');
    expect(chips.length).toBeGreaterThan(100);
    const words = new Set(Object.values({ a: 'Achieved', b: 'On track', c: 'At risk', d: 'Off track', e: 'Not started', f: 'No data', g: 'Not scored' }));
    for (const chip of chips) expect([...words].some((word) => text(chip).startsWith(word)), text(chip)).toBe(true);
  });

  it('labels every SVG for assistive technology', () => {
    const svgs = all.filter((element) => element.tagName === 'svg');
    expect(svgs.length).toBeGreaterThan(50);
    for (const svg of svgs) {
      expect(attr(svg, 'role')).toBe('img');
      expect(attr(svg, 'aria-label')?.length).toBeGreaterThan(0);
      const title = svg.childNodes[0];
      expect(title && 'tagName' in title ? title.tagName : '').toBe('title');
    }
  });

  it('draws a sparkline for the indicators with two or more points in their series', () => {
    const withSeries = cambodia.indicators.filter((indicator) => indicator.series.filter((point) => typeof point.value === 'number').length >= 2);
    expect(withSeries.length).toBeGreaterThan(0);
    for (const indicator of cambodia.indicators) {
      const row = all.find((element) => attr(element, 'id') === `lf-ind-${indicator.id.toLowerCase()}`) as Element;
      const spark = elements(row).some((element) => attr(element, 'class') === 'lf-spark');
      expect(spark, indicator.id).toBe(withSeries.includes(indicator));
    }
  });

  it('gives every id the lf- prefix, [a-z0-9-] only, once', () => {
    const ids = all.map((element) => attr(element, 'id')).filter((id): id is string => id !== undefined);
    expect(ids.length).toBeGreaterThan(100);
    for (const id of ids) expect(id).toMatch(/^lf-[a-z0-9-]+$/);
    expect(new Set(ids).size).toBe(ids.length);
    for (const element of all) {
      const labelledBy = attr(element, 'aria-labelledby');
      if (labelledBy !== undefined) expect(ids).toContain(labelledBy);
    }
  });
});

describe('toHtml: a fragment', () => {
  const html = toHtml(cambodia, { fragment: true });

  it('is one section.logframe with a scoped stylesheet and no page parts', () => {
    const nodes = parseFragment(html).childNodes.filter((node) => node.nodeName !== '#text' || (node as DefaultTreeAdapterMap['textNode']).value.trim() !== '');
    expect(nodes).toHaveLength(1);
    const root = nodes[0] as Element;
    expect(root.tagName).toBe('section');
    expect(attr(root, 'class')).toBe('logframe');
    expect(attr(root, 'lang')).toBe('en');
    const inside = elements(root);
    expect(inside.filter((element) => element.tagName === 'style')).toHaveLength(1);
    expect(inside.some((element) => ['html', 'head', 'body', 'meta', 'h1'].includes(element.tagName))).toBe(false);
    expect(inside.filter((element) => element.tagName === 'h2').map(text)).toEqual([cambodia.plan.title]);
    expect(html).not.toContain('<!doctype');
  });

  it('keeps the body of the page: the page is the fragment in a document', () => {
    const page = toHtml(cambodia, { headingLevel: 2 });
    const section = html.replace(/<style>[^]*?<\/style>\n/, '');
    expect(page).toContain(section.trimEnd());
  });

  it('takes an id prefix and a heading level', () => {
    const other = toHtml(cambodia, { fragment: true, idPrefix: 'Year 2025!', headingLevel: 3 });
    expect(other).toContain('id="lf-year-2025-ind-pol-01"');
    expect(other).toContain('<h3 class="lf-title">');
    expect(other).toContain('<h4 class="lf-h" id="lf-year-2025-sec-headline-h">');
  });
});

describe('toHtml: content', () => {
  it('shows small-cell-protected figures exactly as the summary gives them', () => {
    const protectedOne = fixture.indicators.find((indicator) => indicator.current?.display === '<5');
    expect(protectedOne).toBeDefined();
    const html = toHtml(fixture);
    expect(html).toContain('<bdi>&lt;5 victims</bdi>');
    expect(html).not.toMatch(/>3 victims</);
  });

  it('rebuilds findings and methodology in the chosen language', () => {
    const km = toHtml(cambodia, { lang: 'km' });
    expect(km.startsWith('<!doctype html>\n<html lang="km" dir="ltr">')).toBe(true);
    expect(km).toContain('ការរកឃើញសំខាន់ៗ');
    expect(km).not.toContain('Key findings');
    const sentence = cambodia.findings[0]?.text ?? '';
    expect(toHtml(cambodia)).toContain(sentence.replace(/&/g, '&amp;').replace(/'/g, '&#x27;').replace(/"/g, '&quot;'));
    expect(km).not.toContain(sentence);
  });

  it('uses a Khmer-capable font stack for Khmer', () => {
    const km = toHtml(cambodiaKm, { fragment: true });
    expect(km.startsWith('<section class="logframe" lang="km" dir="ltr"')).toBe(true);
    expect(km).toContain('.logframe:lang(km){font-family:"Noto Sans Khmer", "Khmer OS System", "Khmer OS", "Khmer UI"');
    expect(km).toContain(cambodiaKm.plan.title);
  });

  it('applies label overrides', () => {
    expect(toHtml(cambodia, { labels: { status: { 'off-track': 'Behind' } } })).toContain('data-status="off-track">Behind</span>');
  });

  it('renders an empty summary without failing', () => {
    const empty: EvaluationSummary = { ...fixture, results: [], indicators: [], actors: [], reporting: [], dataQuality: [], breakdowns: [], findings: [], methodology: [], notes: [] };
    const html = toHtml(empty, { fragment: true });
    expect(html).toContain('lf-sec-headline');
    expect(html).not.toContain('lf-sec-results');
  });
});

describe('toHtml: determinism', () => {
  it('gives byte-identical output for the same summary, and does not change it', () => {
    const before = JSON.stringify(cambodia);
    const first = toHtml(cambodia);
    expect(toHtml(structuredClone(cambodia))).toBe(first);
    expect(toHtml(cambodia)).toBe(first);
    expect(JSON.stringify(cambodia)).toBe(before);
  });

  it('writes SVG numbers with one decimal and no locale', () => {
    const html = toHtml(cambodiaKm);
    for (const match of html.matchAll(/ (?:x|y|x1|x2|y1|y2|cx|cy|width|height|rx) ?="([^"]*)"/g)) expect(match[1]).toMatch(/^-?\d+\.\d$/);
    for (const match of html.matchAll(/points="([^"]*)"/g)) expect(match[1]).toMatch(/^(-?\d+\.\d,-?\d+\.\d ?)+$/);
  });
});
