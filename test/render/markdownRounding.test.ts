// Reliability checklist §8 items 22 and 24: the rounding table gives the same text in CSV,
// Markdown and plain text (half away from zero, never toFixed), and no renderer writes -0.
import { describe, expect, it } from 'vitest';
import { toCsv, toMarkdown, toText } from '../../src/render/index.js';
import type { EvaluationSummary } from '../../src/summary/index.js';
import { readCsv } from '../fixtures/render/csvCheck.js';
import { ROUNDING, roundingPipelineSummary, roundingSummary, sampleSummary } from '../fixtures/render/summaries.js';

const NEGATIVE_ZERO = /(?<![\w.-])-0(?:\.0+)?(?![\d.])/;

function cases(name: string, make: (lang: 'en' | 'km') => EvaluationSummary): void {
  for (const lang of ['en', 'km'] as const) {
    const summary = make(lang);
    const csv = readCsv(toCsv(summary));
    const markdown = toMarkdown(summary);
    const text = toText(summary);
    const currentColumn = csv[0]?.indexOf('current') ?? -1;

    ROUNDING.forEach(([value, decimals, expected], index) => {
      const id = `R${index + 1}`;
      it(`${name}: ${String(value)} at ${decimals} decimals is ${expected} (${lang})`, () => {
        expect(csv.find((row) => row[0] === id)?.[currentColumn]).toBe(expected);
        const row = markdown.split('\n').find((line) => line.startsWith(`| ${id} |`));
        expect(row?.split(' | ')[2]).toBe(`${expected} (${lang === 'en' ? '2024' : 'ឆ្នាំ 2024'})`);
        const lines = text.split('\n');
        const at = lines.findIndex((line) => line.trim().startsWith(`${id} `));
        expect(lines[at + 1]?.trim().split(' · ')[0]?.split(' ')[1]).toBe(expected);
      });
    });

    it(`${name}: writes no negative zero (${lang})`, () => {
      expect(toCsv(summary, { rows: ['indicators', 'results', 'actors'] })).not.toMatch(NEGATIVE_ZERO);
      expect(markdown).not.toMatch(NEGATIVE_ZERO);
      expect(text).not.toMatch(NEGATIVE_ZERO);
    });
  }
}

describe('the rounding table in every renderer', () => {
  cases('summary', (lang) => roundingSummary(sampleSummary(lang)));
  cases('pipeline', roundingPipelineSummary);
});
