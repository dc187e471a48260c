import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { oneLine, stripInvisible } from '../../src/render/escape/invisible.js';
import { escapeMarkdown } from '../../src/render/escape/markdown.js';
import { EVIL } from '../fixtures/render/summaries.js';
import { htmlText, unsafeMarkdown } from '../fixtures/render/markdownCheck.js';

/** What markdown-it makes of escaped text in the three places the renderer puts user text. */
function rendered(text: string): { inline: string; item: string; cell: string } {
  const escaped = escapeMarkdown(text);
  const item = unsafeMarkdown.render(`- ${escaped}`);
  const cell = unsafeMarkdown.render(`| h |\n| --- |\n| ${escaped} |`);
  return {
    inline: unsafeMarkdown.renderInline(escaped),
    item: /<li>(.*)<\/li>/s.exec(item)?.[1] ?? `(no list item: ${item})`,
    cell: /<td>(.*)<\/td>/s.exec(cell)?.[1] ?? (escaped === '' ? '' : `(no cell: ${cell})`),
  };
}

describe('escapeMarkdown', () => {
  it('backslash-escapes Markdown syntax and keeps ordinary punctuation readable', () => {
    expect(escapeMarkdown('a|b')).toBe('a\\|b');
    expect(escapeMarkdown('[x](javascript:alert(1))')).toBe('\\[x\\](javascript:alert(1))');
    expect(escapeMarkdown('<b>x</b>')).toBe('\\<b\\>x\\</b\\>');
    expect(escapeMarkdown('`code`')).toBe('\\`code\\`');
    expect(escapeMarkdown('# title #')).toBe('\\# title \\#');
    expect(escapeMarkdown('back\\slash')).toBe('back\\\\slash');
    expect(escapeMarkdown('Policy, legal framework (M&E).')).toBe('Policy, legal framework (M\\&E).');
    expect(escapeMarkdown('38.5% or -4% or +2')).toBe('38.5% or -4% or +2');
  });

  it('escapes list, rule and underline markers only at the start', () => {
    expect(escapeMarkdown('1. first')).toBe('1\\. first');
    expect(escapeMarkdown('2) second')).toBe('2\\) second');
    expect(escapeMarkdown('- item')).toBe('\\- item');
    expect(escapeMarkdown('+ item')).toBe('\\+ item');
    expect(escapeMarkdown('---')).toBe('\\---');
    expect(escapeMarkdown('===')).toBe('\\===');
    expect(escapeMarkdown('2024. A year')).toBe('2024\\. A year');
    expect(escapeMarkdown('a - b')).toBe('a - b');
  });

  it('puts text on one line and removes bidi, zero-width and control characters', () => {
    expect(escapeMarkdown('line1\nline2\r\nline3\rline4\u2028line5')).toBe('line1 line2 line3 line4 line5');
    expect(escapeMarkdown('  padded\t\ttext  ')).toBe('padded text');
    expect(escapeMarkdown('abc\u202Eevil\u202C\u2066x\u2069')).toBe('abcevilx');
    expect(escapeMarkdown('zero\u200Bwidth\uFEFF\u200D')).toBe('zerowidth');
    expect(escapeMarkdown('esc\u001b[31m')).toBe('esc\\[31m');
  });

  it('normalises to NFC, so two spellings of a name look the same', () => {
    expect(escapeMarkdown('Ministe\u0300re')).toBe('Minist\u00e8re');
  });

  it('keeps Khmer text, including its combining marks, as it is', () => {
    const khmer = 'ក្រសួងយុត្តិធម៌';
    expect(escapeMarkdown(khmer)).toBe(khmer);
  });

  it('renders every hostile string literally in inline text, list items and table cells', () => {
    for (const text of EVIL) {
      const expected = htmlText(oneLine(text));
      const html = rendered(text);
      expect(html.inline, JSON.stringify(text)).toBe(expected);
      expect(html.item, JSON.stringify(text)).toBe(expected);
      expect(html.cell, JSON.stringify(text)).toBe(expected);
    }
  });

  it('renders any string literally (property)', () => {
    const special = fc.constantFrom(...'\\`*_{}[]()#+-.!|~<>&$@^=:;"\' \n\r\t1a\u202E\u200B'.split(''), '1.', '- ', '# ', '<a', '</', '![', '](', '&#', 'www.', 'javascript:');
    const text = fc.oneof(
      fc.string({ unit: special, maxLength: 30 }),
      fc.string({ unit: 'binary', maxLength: 30 }),
      fc.string({ unit: fc.oneof(special, fc.string({ unit: 'grapheme', maxLength: 1 })), maxLength: 30 }),
    );
    fc.assert(fc.property(text, (value) => {
      const expected = htmlText(oneLine(value));
      const html = rendered(value);
      expect(html.inline).toBe(expected);
      expect(html.item).toBe(expected);
      expect(html.cell).toBe(expected);
    }), { numRuns: 400 });
  });
});

describe('stripInvisible', () => {
  it('keeps tab, CR and LF for formats that quote them, and removes other controls', () => {
    expect(stripInvisible('a\tb\r\nc\u0000d\u007fe\u0085f\u009bg')).toBe('a\tb\r\ncdefg');
  });
});
