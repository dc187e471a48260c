import { describe, expect, it } from 'vitest';
import { getLabels, renderFinding, renderMethodology } from '../../src/locale/labels/index.js';
import { summarize } from '../../src/summary/index.js';
import { EVALUATION } from '../fixtures/summary/evaluation.js';

describe('findings', () => {
  const summary = summarize(EVALUATION);

  it('are ranked by severity, then size of the gap, then id', () => {
    expect(summary.findings.map((finding) => [finding.severity, finding.code, finding.ids[0]])).toEqual([
      ['high', 'PILLAR_OFF_TRACK', 'PREV'],
      ['medium', 'INDICATOR_NO_DATA', 'LAW-02'],
      ['medium', 'PILLAR_AT_RISK', 'PROT'],
      ['medium', 'REPORTS_MISSING', 'MOI'],
      ['medium', 'INDICATOR_WRONG_WAY', 'PREV-02'],
      ['medium', 'DATA_TOTAL_MISMATCH', 'PROT-02'],
      ['low', 'REPORTS_LATE', 'MOI'],
      ['low', 'REPORTS_LATE', 'MOSAVY'],
      ['low', 'DATA_OUTLIER', 'PROT-01'],
      ['low', 'DATA_OUTLIER', 'PREV-01'],
      ['info', 'EFFORT_RISE', 'LAW-01'],
      ['info', 'TARGET_ACHIEVED', 'LAW-01'],
      ['info', 'EFFORT_RISE', 'PREV-01'],
    ]);
  });

  it('say it in English sentences built from the templates', () => {
    const texts = Object.fromEntries(summary.findings.map((finding) => [`${finding.code} ${finding.ids[0] ?? ''}`, finding.text]));
    expect(texts['PILLAR_OFF_TRACK PREV']).toBe('Pillar “Prevention” (PREV) is off track: its score is 50 out of 100.');
    expect(texts['REPORTS_MISSING MOI']).toBe('Ministry of Interior sent 3 of the 4 reports due for 2024 (75% complete; missing: 1).');
    expect(texts['REPORTS_LATE MOSAVY']).toBe('Ministry of Social Affairs, Veterans and Youth Rehabilitation sent 1 of the 2 reports due for 2024 on time (50%; late: 1).');
    expect(texts['INDICATOR_WRONG_WAY PREV-02']).toBe('“Share of villages with counter-trafficking committees” (PREV-02) has moved away from its target since the baseline (progress: -4%).');
    expect(texts['INDICATOR_NO_DATA LAW-02']).toBe('No value was reported for “Anti-trafficking law amendment adopted” (LAW-02) although one was due (lead: Ministry of Interior).');
    expect(texts['TARGET_ACHIEVED LAW-01']).toBe('“Trafficking cases investigated” (LAW-01) has reached its end-of-plan target of 235 (240 in 2024).');
    expect(texts['DATA_OUTLIER PREV-01']).toBe('The value of “People reached by awareness campaigns” (PREV-01) for 2024 (province: KH-12) is far from its other values (9,000); check it.');
    expect(texts['DATA_TOTAL_MISMATCH PROT-02']).toBe('The total reported for “Enfants victimes assistées” (PROT-02) for 2024 does not match the sum of its parts.');
    expect(texts['EFFORT_RISE PREV-01']).toBe('“People reached by awareness campaigns” (PREV-01) rose from 120,000 to 158,000. It measures effort, so a rise may reflect more activity rather than a worse situation: read it with care.');
  });

  it('carry plain params and the ids concerned', () => {
    const missing = summary.findings.find((finding) => finding.code === 'REPORTS_MISSING');
    expect(missing?.params).toEqual({ actor: 'MOI', actorName: 'Ministry of Interior', period: '2024', expected: 4, received: 3, missing: 1, completeness: 0.75 });
    expect(summary.findings.find((finding) => finding.code === 'INDICATOR_NO_DATA')?.ids).toEqual(['LAW-02', 'MOI']);
  });

  it('report one outlier per cell even when both tests flag it', () => {
    expect(summary.findings.filter((finding) => finding.code === 'DATA_OUTLIER' && finding.ids[0] === 'PREV-01')).toHaveLength(1);
  });

  it('are cut at maxFindings, keeping the most important', () => {
    expect(summarize(EVALUATION, { maxFindings: 2 }).findings.map((finding) => finding.code)).toEqual(['PILLAR_OFF_TRACK', 'INDICATOR_NO_DATA']);
    expect(summarize(EVALUATION, { maxFindings: 0 }).findings).toEqual([]);
  });

  it('rebuild exactly from code and params with the English labels', () => {
    const en = getLabels('en');
    for (const finding of summary.findings) expect(renderFinding(finding, en)).toBe(finding.text);
    for (const item of summary.methodology) expect(renderMethodology(item, en)).toBe(item.text);
  });

  it('rebuild in Khmer with no placeholder left', () => {
    const km = getLabels('km');
    const kmSummary = summarize(EVALUATION, { lang: 'km' });
    for (const finding of kmSummary.findings) {
      const sentence = renderFinding(finding, km);
      expect(sentence).not.toMatch(/[{}]/);
      expect(sentence).not.toBe(finding.text);
    }
    const pillar = kmSummary.findings[0]!;
    expect(renderFinding(pillar, km)).toBe('សសរស្តម្ភ “ការបង្ការ” (PREV) មិនតាមផែនការ៖ ពិន្ទុរបស់វាគឺ 50 លើ 100។');
    for (const item of kmSummary.methodology) expect(renderMethodology(item, km)).not.toMatch(/[{}]/);
  });

  it('follow label overrides when rendered', () => {
    const labels = getLabels('en', { findings: { PILLAR_OFF_TRACK: '{title}: behind ({score:score}/100).' } });
    expect(renderFinding(summary.findings[0]!, labels)).toBe('Prevention: behind (50/100).');
  });
});

describe('methodology', () => {
  const summary = summarize(EVALUATION);

  it('lists the notes needed to read the summary', () => {
    expect(summary.methodology.map((item) => item.code)).toEqual([
      'METHOD_PRESET', 'THRESHOLD', 'THRESHOLD', 'SCORE',
      'STATUS_MEANING', 'STATUS_MEANING', 'STATUS_MEANING', 'STATUS_MEANING', 'STATUS_MEANING', 'STATUS_MEANING', 'STATUS_MEANING',
      'COVERAGE', 'SMALL_CELL', 'ROUNDING',
    ]);
    expect(summary.methodology[1]).toEqual({ code: 'THRESHOLD', params: { name: 'onTrack', value: 0.95 }, text: 'Threshold “onTrack”: 0.95.' });
    expect(summary.methodology[4]?.text).toBe('Achieved: the end-of-plan target is met.');
  });

  it('describes an unknown preset as custom', () => {
    const custom = summarize({ ...EVALUATION, method: { preset: 'custom-ncct', base: 'default', thresholds: {} } });
    expect(custom.method.name).toBe('custom-ncct');
    expect(custom.method.description).toBe('thresholds set by the evaluator.');
  });
});
