import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { textWidth, words, wrapWords } from '../../src/render/text/width.js';

describe('textWidth', () => {
  it('counts combining marks as no cell and East Asian wide characters as two', () => {
    expect(textWidth('abc')).toBe(3);
    expect(textWidth('ក្រសួង')).toBe(4); // ក ្ រ ស ួ ង: the coeng and the vowel sign take no cell
    expect(textWidth('e\u0301')).toBe(1);
    expect(textWidth('字字')).toBe(4);
    expect(textWidth('ＡＢ')).toBe(4);
    expect(textWidth('')).toBe(0);
  });
});

describe('wrapWords', () => {
  it('wraps on spaces with a hanging indent', () => {
    expect(wrapWords(words('aaa bbb ccc ddd'), 10, '  ', '    ', false)).toEqual(['  aaa bbb', '    ccc', '    ddd']);
  });

  it('keeps a kept unit together when it fits on a line', () => {
    const kept = [{ text: 'xx' }, { text: 'Off', keep: true }, { text: 'track' }];
    expect(wrapWords(kept, 10, '', '', false)).toEqual(['xx', 'Off track']);
    expect(wrapWords(kept, 8, '', '', false)).toEqual(['xx Off', 'track']);
  });

  it('cuts a word longer than a line between clusters, never inside one', () => {
    const lines = wrapWords(words('ស្ត្រីស្ត្រីស្ត្រីស្ត្រី'), 5, '', '', false);
    expect(lines.join('')).toBe('ស្ត្រីស្ត្រីស្ត្រីស្ត្រី');
    for (const line of lines) {
      expect(textWidth(line)).toBeLessThanOrEqual(5);
      expect(line).not.toMatch(/^[\p{M}]/u);
      expect(line).not.toMatch(/\u17D2$/);
    }
  });

  it('cuts a chain of subscripts wider than a line at the coeng joins rather than overflow (found by the property below)', () => {
    // Each coeng joins the next character to the cluster, so this word was one cluster of 9 cells
    // that no line of 8 cells could hold.
    const word = 'aa\u17D2字\u17D2字\u17D2字\u17D2字a';
    const lines = wrapWords([{ text: word }], 12, '  ', '    ', false);
    for (const line of lines) expect(textWidth(line)).toBeLessThanOrEqual(12);
    expect(lines.map((line) => line.trim()).join('')).toBe(word);
    // A mark still never starts a line.
    for (const line of lines) expect(line.trim()).not.toMatch(/^[\p{M}]/u);
  });

  it('paints a run of words in one style with one code, and colour changes nothing else', () => {
    const styled = [{ text: 'Off', style: '31', keep: true }, { text: 'track', style: '31', suffix: ' ·' }, { text: 'next' }];
    expect(wrapWords(styled, 80, '', '', true)).toEqual(['\u001b[31mOff track\u001b[0m · next']);
    expect(wrapWords(styled, 80, '', '', false)).toEqual(['Off track · next']);
  });

  it('never makes a line wider than asked (property)', () => {
    const word = fc.string({ unit: fc.constantFrom('a', 'ក', '្', 'ា', '字', 'é', 'x'), minLength: 1, maxLength: 30 });
    fc.assert(fc.property(fc.array(word, { maxLength: 20 }), fc.integer({ min: 12, max: 80 }), (texts, width) => {
      const lines = wrapWords(texts.map((text) => ({ text })), width, '  ', '    ', false);
      for (const line of lines) expect(textWidth(line)).toBeLessThanOrEqual(width);
      // Nothing lost: the words come back in order once the indents and breaks are removed.
      expect(lines.map((line) => line.trim()).join(' ').replace(/ /g, '')).toBe(texts.join(''));
    }), { numRuns: 2000 });
  });
});
