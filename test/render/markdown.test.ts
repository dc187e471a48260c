// Golden files: UPDATE_GOLDEN=1 npx vitest run test/render rewrites them (see
// test/fixtures/render/summaries.ts); read the diff before committing.
import { describe, expect, it } from 'vitest';
import { LogframeError } from '../../src/problems/index.js';
import { toMarkdown } from '../../src/render/index.js';
import type { EvaluationSummary } from '../../src/summary/index.js';
import { parseTables, renderUnsafe, sourceTableRows } from '../fixtures/render/markdownCheck.js';
import { cambodiaSummary, expectGolden, sampleSummary } from '../fixtures/render/summaries.js';

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

function expectWellFormed(markdown: string): void {
  const tables = parseTables(markdown);
  expect(tables.length).toBeGreaterThan(0);
  for (const table of tables) {
    expect(table.header).toBeGreaterThan(1);
    for (const cells of table.rows) expect(cells).toBe(table.header);
  }
  // No row was swallowed or split: markdown-it sees every row the renderer wrote.
  expect(tables.reduce((sum, table) => sum + table.rows.length, 0)).toBe(sourceTableRows(markdown));
  expect(markdown.endsWith('\n')).toBe(true);
  expect(markdown).not.toMatch(/\r/);
  expect(markdown).not.toMatch(/-0(?:\.0+)?(?![\d.])/);
}

describe('toMarkdown on the summary fixture', () => {
  for (const lang of ['en', 'km'] as const) {
    it(`matches the golden file (${lang})`, () => {
      const markdown = toMarkdown(sampleSummary(lang));
      expectGolden(`sample.${lang}.md`, markdown);
      expectWellFormed(markdown);
    });
  }

  it('is deterministic and leaves the summary unchanged', () => {
    const summary = deepFreeze(sampleSummary('en'));
    const before = JSON.stringify(summary);
    expect(toMarkdown(summary)).toBe(toMarkdown(summary));
    expect(JSON.stringify(summary)).toBe(before);
  });

  it('shows small-cell figures exactly as the summary gives them', () => {
    const summary = sampleSummary('en');
    const withheld = summary.indicators.find((indicator) => indicator.current?.display === '<5');
    expect(withheld).toBeDefined();
    const row = toMarkdown(summary).split('\n').find((line) => line.startsWith(`| ${withheld?.id ?? ''} |`));
    expect(row).toContain('\\<5');
    expect(renderUnsafe(row ?? '')).not.toContain('<5');
  });

  it('writes status words, with icons only beside them', () => {
    const summary = sampleSummary('en');
    const withIcons = toMarkdown(summary);
    const withoutIcons = toMarkdown(summary, { icons: false });
    for (const word of ['On track', 'At risk', 'Off track', 'Achieved', 'No data']) {
      expect(withIcons).toContain(word);
      expect(withoutIcons).toContain(word);
    }
    expect(withIcons).toContain('🟢 On track');
    expect(withoutIcons).not.toMatch(/[🟢🟡🔴✅❔➖⚪]/u);
  });

  it('takes the language from the options, else from the summary', () => {
    const km = sampleSummary('km');
    expect(toMarkdown(km).split('\n')[0]).toContain('សេចក្តីសង្ខេបការវាយតម្លៃ');
    expect(toMarkdown(km, { lang: 'en' }).split('\n')[0]).toContain('Evaluation summary');
  });

  it('applies label overrides and reports bad ones', () => {
    const summary = sampleSummary('en');
    expect(toMarkdown(summary, { labels: { status: { 'off-track': 'Behind' } } })).toContain('🔴 Behind');
    expect(() => toMarkdown(summary, { labels: { status: { 'off-track': 3 as unknown as string } } })).toThrow(LogframeError);
  });

  it('nests under a larger document with headingLevel', () => {
    const markdown = toMarkdown(sampleSummary('en'), { headingLevel: 3 });
    expect(markdown.startsWith('### ')).toBe(true);
    expect(markdown).toContain('\n#### ');
    expect(markdown).toContain('\n##### ');
    expect(markdown).not.toMatch(/^#{1,2} /m);
  });

  it('rebuilds findings in the chosen language from their codes', () => {
    const summary = sampleSummary('en');
    const finding = summary.findings.find((item) => item.code === 'PILLAR_OFF_TRACK');
    expect(finding).toBeDefined();
    const changed: EvaluationSummary = { ...summary, findings: [{ ...(finding as NonNullable<typeof finding>), text: 'IGNORED' }] };
    const markdown = toMarkdown(changed, { lang: 'km' });
    expect(markdown).not.toContain('IGNORED');
    expect(markdown).toContain('មិនតាមផែនការ៖');
  });

  it('still renders an empty plan', () => {
    const summary = sampleSummary('en');
    const empty: EvaluationSummary = { ...summary, results: [], indicators: [], actors: [], reporting: [], dataQuality: [], breakdowns: [], findings: [], notes: [] };
    const markdown = toMarkdown(empty);
    expect(markdown).toContain('## Key findings\n\nn/a');
    expect(parseTables(markdown)).toEqual([]);
  });
});

describe('toMarkdown on the Cambodia example (parseStrategy → parseObservations → evaluate → summarize)', () => {
  for (const lang of ['en', 'km'] as const) {
    it(`matches the golden file (${lang})`, () => {
      const summary = cambodiaSummary(lang);
      const markdown = toMarkdown(summary);
      expectGolden(`cambodia.${lang}.md`, markdown);
      expectWellFormed(markdown);
    });
  }
});
