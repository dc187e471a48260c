// Golden files: UPDATE_GOLDEN=1 npx vitest run test/render rewrites them (see
// test/fixtures/render/summaries.ts); read the diff before committing.
import { describe, expect, it } from 'vitest';
import { toText } from '../../src/render/index.js';
import type { EvaluationSummary } from '../../src/summary/index.js';
import { cambodiaSummary, expectGolden, hostilePipelineSummary, poisonedSummary, sampleSummary } from '../fixtures/render/summaries.js';

/** The simple terminal width of the brief: combining marks 0 cells, East Asian wide 2, others 1. */
function cells(line: string): number {
  let width = 0;
  for (const character of line) {
    if (/\p{M}/u.test(character)) continue;
    width += /[\u1100-\u115F\u2E80-\u303E\u3041-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uAC00-\uD7A3\uF900-\uFAFF\uFF00-\uFF60\uFFE0-\uFFE6]/u.test(character) ? 2 : 1;
  }
  return width;
}

const ANSI = /\u001b\[[0-9;]*m/g;

function expectFits(text: string, width = 80): void {
  const lines = text.split('\n');
  expect(lines.at(-1)).toBe('');
  for (const line of lines) expect(cells(line.replace(ANSI, '')), line).toBeLessThanOrEqual(width);
}

function expectNoControls(text: string): void {
  expect(text).not.toMatch(/[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u061C\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/);
}

describe('toText on the summary fixture', () => {
  for (const lang of ['en', 'km'] as const) {
    it(`matches the golden file and fits 80 columns (${lang})`, () => {
      const text = toText(sampleSummary(lang));
      expectGolden(`sample.${lang}.txt`, text);
      expectFits(text);
      expectNoControls(text);
    });
  }

  it('writes status words and no escape codes unless colour is asked for', () => {
    const summary = sampleSummary('en');
    const plain = toText(summary);
    for (const word of ['On track', 'At risk', 'Off track', 'Achieved', 'No data']) expect(plain).toContain(word);
    expect(plain).not.toContain('\u001b');
    const colored = toText(summary, { color: true });
    expect(colored).toContain('\u001b[31mOff track\u001b[0m');
    expect(colored).toContain('\u001b[32mOn track\u001b[0m');
    // Colour adds codes and nothing else.
    expect(colored.replace(ANSI, '')).toBe(plain);
    expectFits(colored);
    expectNoControls(colored.replace(ANSI, ''));
  });

  it('wraps to the width asked for', () => {
    for (const lang of ['en', 'km'] as const) {
      for (const width of [40, 60, 100]) expectFits(toText(sampleSummary(lang), { width }), width);
    }
    expect(toText(sampleSummary('en'), { width: 10 })).toBe(toText(sampleSummary('en'), { width: 40 }));
    expect(toText(sampleSummary('en'), { width: Number.NaN })).toBe(toText(sampleSummary('en')));
  });

  it('wraps long words and long Khmer titles without splitting a letter from its marks', () => {
    const summary = sampleSummary('km');
    const khmer = 'ផែនការយុទ្ធសាស្ត្រជាតិស្តីពីការប្រយុទ្ធប្រឆាំងការជួញដូរមនុស្ស'.repeat(4);
    const long: EvaluationSummary = {
      ...summary,
      plan: { ...summary.plan, title: `${khmer} ${'x'.repeat(200)} ${'字'.repeat(60)}` },
    };
    const text = toText(long);
    expectFits(text);
    for (const line of text.split('\n')) expect(line).not.toMatch(/^\s*[\p{M}]/u);
    // A coeng (U+17D2) stays with the consonant it subscripts.
    for (const line of text.split('\n')) expect(line).not.toMatch(/\u17D2$/);
    expect(text.replace(/\n/g, '')).toContain('x'.repeat(70));
  });

  it('is deterministic and takes the language from the options', () => {
    const km = sampleSummary('km');
    expect(toText(km)).toBe(toText(km));
    expect(toText(km).split('\n')[0]).toBe('សេចក្តីសង្ខេបការវាយតម្លៃ');
    expect(toText(km, { lang: 'en' }).split('\n')[0]).toBe('Evaluation summary');
  });

  it('shows withheld figures as the summary gives them', () => {
    expect(toText(sampleSummary('en'))).toContain('<5');
  });
});

describe('toText with hostile names', () => {
  for (const lang of ['en', 'km'] as const) {
    it(`has no control or bidi characters and fits 80 columns (${lang})`, () => {
      const summary = poisonedSummary(sampleSummary(lang));
      const text = toText(summary);
      expectNoControls(text);
      expectFits(text);
      expect(text).toContain('<script>alert(1)</script>');
      expect(text).toContain('esc[31mred[0mbell');
      const colored = toText(summary, { color: true });
      // The only escape sequences are the renderer's own colour codes.
      expectNoControls(colored.replace(ANSI, ''));
      expect(colored.match(/\u001b\[[0-9;]*[A-Za-z]/g)?.every((code) => /^\u001b\[(0|1|2|31|32|33)m$/.test(code))).toBe(true);
    });
  }
});

describe('toText on a hostile strategy through the public pipeline', () => {
  for (const lang of ['en', 'km'] as const) {
    it(`has no control or bidi characters and fits 80 columns (${lang})`, () => {
      const summary = hostilePipelineSummary(lang);
      const text = toText(summary);
      expectNoControls(text);
      expectFits(text);
      expect(text).toContain('"><img src=x onerror=alert(1)>');
    });
  }
});

describe('toText on the Cambodia example (parseStrategy → parseObservations → evaluate → summarize)', () => {
  for (const lang of ['en', 'km'] as const) {
    it(`matches the golden file and fits 80 columns (${lang})`, () => {
      const summary = cambodiaSummary(lang);
      const text = toText(summary);
      expectGolden(`cambodia.${lang}.txt`, text);
      expectFits(text);
      expectNoControls(text);
    });
  }
});
