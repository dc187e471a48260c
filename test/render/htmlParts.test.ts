import { describe, expect, it } from 'vitest';
import { escapeHtml, idSlug, safeUrl } from '../../src/render/escape/html.js';
import { el, fragment, HTML_ELEMENTS, trusted, userText } from '../../src/render/html/dom.js';
import { Anchors } from '../../src/render/html/ids.js';
import { INK, MUTED, NEUTRAL, SEVERITY_COLOURS, STATUS_COLOURS, STATUS_TEXT, STYLESHEET } from '../../src/render/html/styles.js';
import { progressBar, sparkline, stackedBar, svgNumber } from '../../src/render/html/svg.js';

describe('escapeHtml', () => {
  it.each([
    ['<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
    ['"><img src=x onerror=alert(1)>', '&quot;&gt;&lt;img src=x onerror=alert(1)&gt;'],
    ["O'Brien", 'O&#x27;Brien'],
    ['&amp;', '&amp;amp;'],
    ['a|b\nc', 'a|b\nc'],
    ['=1+2', '=1+2'],
    ['x\u202Ey', 'x\u202Ey'],
    ['nul\u0000 esc\u001B del\u007F c1\u009B', 'nul esc del c1'],
    ['lone \uD800 surrogate', 'lone  surrogate'],
    ['pair \uD83D\uDE00 kept', 'pair \uD83D\uDE00 kept'],
    ['ខ្មែរ', 'ខ្មែរ'],
  ])('%j → %j', (input, output) => {
    expect(escapeHtml(input)).toBe(output);
  });
});

describe('safeUrl', () => {
  it.each([
    ['https://ncct.gov.kh/report.pdf', 'https://ncct.gov.kh/report.pdf'],
    ['  HTTP://Example.org/a?b=1&c=2#d ', 'HTTP://Example.org/a?b=1&c=2#d'],
    ['mailto:ncct@example.org', 'mailto:ncct@example.org'],
  ])('%j is a link to %j', (input, output) => {
    expect(safeUrl(input)).toBe(output);
  });

  it.each([
    'javascript:alert(1)',
    ' JaVaScRiPt:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    '//evil.example/x',
    '/relative/path',
    'https://',
    'https:///x',
    'https://a b.org',
    'https://ok.org/\u202Etxt.exe',
    'mailto:',
    'mailto:javascript:alert(1)',
    'see https://example.org',
    'illustrative',
    'state.gov',
  ])('%j is not a link', (input) => {
    expect(safeUrl(input)).toBeNull();
  });
});

describe('idSlug and Anchors', () => {
  it.each([
    ['LAW.1', 'law-1'],
    ['PRV-01', 'prv-01'],
    ['Ministère', 'ministere'],
    ['a\u202Eb\u2066c\u2069', 'abc'],
    ['"><img src=x onerror=alert(1)>', 'img-src-x-onerror-alert-1'],
    ['ក្រសួង', ''],
    ['__proto__', 'proto'],
  ])('%j → %j', (input, output) => {
    expect(idSlug(input)).toBe(output);
  });

  it('prefixes, restricts and de-duplicates ids deterministically', () => {
    const anchors = new Anchors();
    expect(anchors.id('res', 'LAW.1')).toBe('lf-res-law-1');
    expect(anchors.id('res', 'law-1')).toBe('lf-res-law-1-2');
    expect(anchors.id('res', 'LAW.1')).toBe('lf-res-law-1');
    expect(anchors.id('ind', 'LAW.1')).toBe('lf-ind-law-1');
    expect(anchors.id('act', 'ក្រសួង')).toBe('lf-act-x');
    expect(anchors.id('act', 'ក្រសួងមហាផ្ទៃ')).toBe('lf-act-x-2');
    expect(anchors.id('res', 'law-1-2')).toBe('lf-res-law-1-2-2');
    expect(new Anchors('lf-y2025').id('ind', 'A')).toBe('lf-y2025-ind-a');
  });
});

describe('the HTML builder', () => {
  it('escapes text and attribute values and quotes every attribute', () => {
    const html = el('span', { class: 'a"b', title: "it's <x>", 'aria-label': '&' }, '<b>', trusted('<i>ok</i>'), null, false, ['x', 'y']);
    expect(html.markup).toBe('<span class="a&quot;b" title="it&#x27;s &lt;x&gt;" aria-label="&amp;">&lt;b&gt;<i>ok</i>xy</span>');
  });

  it('wraps user text in bdi and leaves attributes out when null or false', () => {
    expect(userText('\u202Eevil').markup).toBe('<bdi>\u202Eevil</bdi>');
    expect(el('td', { class: null, id: undefined, scope: false }).markup).toBe('<td></td>');
    expect(fragment('a', el('br' as 'span')).markup).toBe('a<br></br>');
  });

  it('lists each element name once', () => {
    expect(new Set(HTML_ELEMENTS).size).toBe(HTML_ELEMENTS.length);
  });
});

describe('SVG numbers and marks', () => {
  it.each([
    [0, '0.0'],
    [-0, '0.0'],
    [-0.04, '0.0'],
    [-0.05, '-0.1'],
    [1.25, '1.3'],
    [2.675, '2.7'],
    [1.005, '1.0'],
    [-2.25, '-2.3'],
    [99.95, '100.0'],
    [123456.78, '123456.8'],
    [Number.NaN, '0.0'],
  ])('svgNumber(%d) = %j', (value, text) => {
    expect(svgNumber(value)).toBe(text);
  });

  it('draws a clamped progress bar with an expected marker and a label', () => {
    const bar = progressBar({ fraction: 1.3, expected: -0.2, status: 'achieved', label: 'Progress: 130%' }).markup;
    expect(bar).toContain('role="img"');
    expect(bar).toContain('aria-label="Progress: 130%"');
    expect(bar).toContain('<title>Progress: 130%</title>');
    expect(bar).toContain('width="100.0"');
    expect(bar).toContain('x1="0.0"');
    expect(progressBar({ fraction: null, status: 'no-data', label: 'n/a' }).markup).not.toContain('lf-fill');
  });

  it('draws a sparkline only from two numbers, breaking the line at gaps', () => {
    expect(sparkline([5, null], null, 't')).toBeNull();
    expect(sparkline([], 3, 't')).toBeNull();
    const line = sparkline([10, 20, null, 15, 30], 40, 'Trend')?.markup ?? '';
    expect(line.match(/<polyline /g)).toHaveLength(2);
    expect(line).toContain('points="3.0,29.0 31.5,20.3"');
    expect(line).toContain('class="lf-target"');
    expect(line).toMatch(/^<svg class="lf-spark" viewBox="0 0 120 32" role="img" aria-label="Trend"/);
    // Every number in the drawing has exactly one decimal: no locale, no float noise.
    const values = [...line.replace(/viewBox="[^"]*"/, '').matchAll(/="([^"]*)"/g)].map((match) => match[1] ?? '').join(' ');
    for (const number of values.match(/-?\d+(\.\d+)?/g) ?? []) expect(number).toMatch(/^-?\d+\.\d$/);
  });

  it('draws a flat line in the middle when all values are equal', () => {
    expect(sparkline([7, 7], null, 't')?.markup).toContain('points="3.0,16.0 117.0,16.0"');
  });

  it('stacks segments in order and skips empty ones', () => {
    const bar = stackedBar([{ status: 'achieved', value: 1 }, { status: 'on-track', value: 0 }, { status: 'off-track', value: 3 }], 'Counts').markup;
    expect(bar).toContain('data-status="achieved" x="0.0" y="0.0" width="25.0"');
    expect(bar).toContain('data-status="off-track" x="25.0" y="0.0" width="75.0"');
    expect(bar).not.toContain('on-track');
  });
});

/** WCAG 2 relative luminance and contrast ratio. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((at) => parseInt(hex.slice(at, at + 2), 16) / 255)
    .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (high + 0.05) / (low + 0.05);
}

describe('the stylesheet', () => {
  it('gives every status chip text a contrast of at least 4.5:1 (WCAG AA)', () => {
    for (const [status, colour] of Object.entries(STATUS_COLOURS)) {
      expect(contrast(colour, STATUS_TEXT[status] ?? '#ffffff'), status).toBeGreaterThanOrEqual(4.5);
    }
    for (const [severity, colour] of Object.entries(SEVERITY_COLOURS)) {
      expect(contrast(colour, '#ffffff'), severity).toBeGreaterThanOrEqual(4.5);
    }
    expect(contrast(INK, '#ffffff')).toBeGreaterThanOrEqual(7);
    expect(contrast(MUTED, '#f9fafb')).toBeGreaterThanOrEqual(4.5);
  });

  it('gives status bars at least 3:1 against the white page (WCAG non-text contrast)', () => {
    for (const [status, colour] of Object.entries(STATUS_COLOURS)) {
      if (status !== 'not-scored') expect(contrast(colour, '#ffffff'), status).toBeGreaterThanOrEqual(3);
    }
    expect(contrast(NEUTRAL, '#ffffff')).toBeGreaterThanOrEqual(3);
  });

  it('scopes every selector to .logframe, including inside @media', () => {
    const selectors: string[] = [];
    const css = STYLESHEET.replace(/@media[^{]*\{/g, '').replace(/\}\s*\}/g, '}');
    for (const match of css.matchAll(/([^{}]+)\{[^{}]*\}/g)) {
      selectors.push(...(match[1] ?? '').split(',').map((selector) => selector.trim()));
    }
    expect(selectors.length).toBeGreaterThan(50);
    for (const selector of selectors) expect(selector, selector).toMatch(/^\.logframe([ :.[>]|$)/);
  });

  it('has a print stylesheet, Khmer fonts and no external resources', () => {
    expect(STYLESHEET).toContain('@media print{');
    expect(STYLESHEET).toContain('break-inside:avoid');
    expect(STYLESHEET).toMatch(/\.logframe:lang\(km\)\{font-family:"Noto Sans Khmer", "Khmer OS System", "Khmer OS"/);
    expect(STYLESHEET).not.toMatch(/url\(|@import|@font-face|<\//i);
  });
});
