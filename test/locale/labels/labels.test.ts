import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LogframeError } from '../../../src/problems/index.js';
import { EN_LABELS, fillTemplate, getLabels, KM_LABELS, renderFinding } from '../../../src/locale/labels/index.js';
import type { Labels } from '../../../src/locale/labels/index.js';
import { FindingCodeSchema, MethodologyCodeSchema } from '../../../src/summary/index.js';

const placeholders = (template: string) => [...template.matchAll(/\{([A-Za-z0-9_]+)(?::[A-Za-z]+)?\}/g)].map((match) => match[0]).sort();

describe('labels', () => {
  it('have a template for every finding and methodology code, in both languages', () => {
    for (const labels of [EN_LABELS, KM_LABELS]) {
      for (const code of FindingCodeSchema.options) expect(labels.findings[code], `${labels.lang} ${code}`).toBeTypeOf('string');
      for (const code of MethodologyCodeSchema.options) expect(labels.methodology[code], `${labels.lang} ${code}`).toBeTypeOf('string');
    }
  });

  it('are the same set in Khmer as in English, group by group and key by key', () => {
    for (const group of Object.keys(EN_LABELS) as (keyof Labels)[]) {
      const en = EN_LABELS[group];
      const km = KM_LABELS[group];
      if (typeof en === 'object') expect(Object.keys(km as object), group).toEqual(Object.keys(en));
    }
  });

  it('use the same placeholders in Khmer as in English', () => {
    for (const group of ['findings', 'methodology', 'common'] as const) {
      for (const [key, template] of Object.entries(EN_LABELS[group])) {
        expect(placeholders(KM_LABELS[group][key] ?? ''), `${group}.${key}`).toEqual(placeholders(template));
      }
    }
  });

  it('mark the Khmer translation as awaiting review', () => {
    expect(EN_LABELS.reviewed).toBe(true);
    expect(KM_LABELS.reviewed).toBe(false);
    const source = readFileSync(join(import.meta.dirname, '../../../src/locale/labels/km.ts'), 'utf8');
    expect(source.split('\n')[0]).toMatch(/AWAITING REVIEW/);
  });
});

describe('getLabels', () => {
  it('returns the defaults of a language', () => {
    expect(getLabels('en')).toBe(EN_LABELS);
    expect(getLabels('km').status.achieved).toBe('សម្រេចបាន');
  });

  it('lets callers override any label without changing the defaults', () => {
    const labels = getLabels('km', {
      status: { 'off-track': 'យឺត' },
      levels: { pillar: 'អ័ក្ស', strand: 'ខ្សែ' },
      presets: { default: { name: 'NCCT', description: 'NCCT rule.' } },
      reviewed: true,
    });
    expect(labels.status['off-track']).toBe('យឺត');
    expect(labels.status['on-track']).toBe(KM_LABELS.status['on-track']);
    expect(labels.levels['strand']).toBe('ខ្សែ');
    expect(labels.presets['default']).toEqual({ name: 'NCCT', description: 'NCCT rule.' });
    expect(labels.reviewed).toBe(true);
    expect(KM_LABELS.status['off-track']).toBe('មិនតាមផែនការ');
    expect(KM_LABELS.reviewed).toBe(false);
  });

  it('rejects bad overrides, listing every problem', () => {
    let error: unknown;
    try {
      getLabels('en', JSON.parse('{"status": {"__proto__": "x", "achieved": 3}, "colours": {}, "presets": {"x": "y"}}') as never);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(LogframeError);
    expect((error as LogframeError).problems.map((problem) => problem.path.join('.'))).toEqual(['status.__proto__', 'status.achieved', 'colours', 'presets.x']);
    expect(({} as Record<string, unknown>)['x']).toBeUndefined();
  });

  it('rejects an unknown language', () => {
    expect(() => getLabels('fr' as 'en')).toThrow(LogframeError);
  });
});

describe('fillTemplate', () => {
  const en = getLabels('en');

  it('formats numbers, percentages, scores, booleans, null and look-ups', () => {
    expect(fillTemplate('{a} {b:percent} {c:score} {d} {e} {f:status} {g:dqKind} {h:date}', { a: 0.6, b: 0.875, c: 72.5, d: true, e: null, f: 'at-risk', g: 'stale', h: '2025-03-27' }, en))
      .toBe('0.6 88% 73 Yes n/a At risk No recent value March 27, 2025');
    expect(fillTemplate('{a}', { a: 1234.5678 }, getLabels('km'))).toBe('1,234.57');
  });

  it('leaves an unknown placeholder visible', () => {
    expect(fillTemplate('{missing} and {toString}', {}, en)).toBe('{missing} and {toString}');
  });
});

describe('renderFinding', () => {
  it('falls back to the finding’s English text for a code without a template', () => {
    expect(renderFinding({ code: 'SOMETHING_NEW', params: {}, text: 'Something new.' }, getLabels('km'))).toBe('Something new.');
  });
});
