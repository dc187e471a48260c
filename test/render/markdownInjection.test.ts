// Reliability checklist §8 items 14 and 15: hostile names rendered by markdown-it with raw HTML on.
import { describe, expect, it } from 'vitest';
import { oneLine } from '../../src/render/escape/invisible.js';
import { toMarkdown } from '../../src/render/index.js';
import { htmlText, parseTables, renderUnsafe, sourceTableRows } from '../fixtures/render/markdownCheck.js';
import { EVIL, hostilePipelineSummary, poisonedSummary, sampleSummary } from '../fixtures/render/summaries.js';

describe('toMarkdown with hostile names', () => {
  for (const lang of ['en', 'km'] as const) {
    const summary = poisonedSummary(sampleSummary(lang));
    const markdown = toMarkdown(summary);
    const html = renderUnsafe(markdown);

    it(`keeps every table's shape (${lang})`, () => {
      const tables = parseTables(markdown);
      expect(tables.length).toBeGreaterThanOrEqual(5);
      for (const table of tables) for (const cells of table.rows) expect(cells).toBe(table.header);
      expect(tables.reduce((sum, table) => sum + table.rows.length, 0)).toBe(sourceTableRows(markdown));
      // One row per indicator and result below a pillar, one per ministry, one per reporting row.
      const bodyRows = tables.reduce((sum, table) => sum + table.rows.length, 0);
      const expected = summary.indicators.length + summary.results.filter((result) => result.depth > 0).length
        + summary.actors.length + summary.reporting.length + summary.dataQuality.length + summary.breakdowns.length;
      expect(bodyRows).toBe(expected);
    });

    it(`lets no markup, script or link through (${lang})`, () => {
      expect(html).not.toMatch(/<script/i);
      expect(html).not.toMatch(/<img/i);
      expect(html).not.toMatch(/<a[\s>]/i);
      expect(html).not.toMatch(/<b>/i);
      expect(html).not.toMatch(/<code>/i);
      expect(html).not.toMatch(/<(em|strong|s|del)>[^<]*(bold|it|s)<\/\1>/);
      expect(html).not.toMatch(/href\s*=\s*["']?\s*javascript:/i);
      // Attributes only exist inside real tags; the hostile text is escaped, so none may appear there.
      expect(html).not.toMatch(/<[a-z][^>]*\s(src|on\w+)\s*=/i);
      expect(html.match(/<[a-z][^>]*>/gi)?.every((tag) => /^<(h[1-3]|p|ul|ol|li|table|thead|tbody|tr|th|td|strong)( style="text-align:(right|left)")?>$/.test(tag))).toBe(true);
      // Headings come only from the renderer: one h1, then h2/h3 for sections and pillars.
      expect(html.match(/<h1>/g)).toHaveLength(1);
      expect(html).not.toMatch(/<h[4-6]>/);
      // The only lists are the renderer's own (headline, findings, methodology, notes).
      expect(html.match(/<ul>|<ol>/g)?.length ?? 0).toBeLessThanOrEqual(4);
    });

    it(`shows each hostile string as literal text (${lang})`, () => {
      for (const text of EVIL) expect(html, JSON.stringify(text)).toContain(htmlText(oneLine(text)));
    });

    it(`drops bidi and zero-width characters (${lang})`, () => {
      expect(markdown).not.toMatch(/[\u202A-\u202E\u2066-\u2069\u200B-\u200F\uFEFF\u061C]/);
      expect(markdown).not.toMatch(/[\u0000-\u0009\u000B-\u001F\u007F-\u009F]/);
    });
  }
});

describe('toMarkdown on a hostile strategy through the public pipeline', () => {
  for (const lang of ['en', 'km'] as const) {
    it(`renders every name literally and keeps the tables whole (${lang})`, () => {
      const summary = hostilePipelineSummary(lang);
      const markdown = toMarkdown(summary);
      const html = renderUnsafe(markdown);
      const tables = parseTables(markdown);
      for (const table of tables) for (const cells of table.rows) expect(cells).toBe(table.header);
      expect(tables.reduce((sum, table) => sum + table.rows.length, 0)).toBe(sourceTableRows(markdown));
      expect(html).not.toMatch(/<(script|img|a|b|code|em)[\s>]/i);
      expect(html).not.toMatch(/javascript:[^<]*"/i);
      // The model trims names, so compare with the trimmed, one-line form.
      for (const text of EVIL) expect(html, JSON.stringify(text)).toContain(htmlText(oneLine(text)));
      expect(markdown).not.toMatch(/[\u202A-\u202E\u2066-\u2069\u200B-\u200F\uFEFF]/);
    });
  }
});
