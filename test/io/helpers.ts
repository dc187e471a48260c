import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseObservations, parseStrategy } from '../../src/model/index.js';
import type { Observation, Strategy } from '../../src/model/index.js';

export const root = join(import.meta.dirname, '..', '..');
export const fixture = (name: string): string => join(root, 'test', 'fixtures', 'io', name);
export const readFixture = (name: string): Uint8Array => new Uint8Array(readFileSync(fixture(name)));

/** A small strategy with every measure, two dimensions, Khmer text and three ministries. */
export const demo: Strategy = parseStrategy({
  id: 'demo',
  title: { en: 'Demo plan', km: 'ផែនការសាកល្បង' },
  period: { start: 2024, end: 2028 },
  baselineYear: 2023,
  levels: [{ id: 'pillar', title: 'Pillar' }, { id: 'objective', title: 'Objective' }],
  actors: [
    { id: 'MOI', name: 'Ministry of Interior' },
    { id: 'MOJ', name: 'Ministry of Justice' },
    { id: 'MOSVY', name: { en: 'Ministry of Social Affairs', km: 'ក្រសួងសង្គមកិច្ច' } },
  ],
  dimensions: [
    { id: 'sex', title: 'Sex', codes: [{ code: 'female', label: 'Female' }, { code: 'male', label: 'Male' }] },
    { id: 'province', title: 'Province', codes: [{ code: 'KH-12', label: 'Phnom Penh' }, { code: 'KH-2', label: 'Battambang' }, { code: 'KH-17', label: 'Siem Reap' }] },
  ],
  results: [
    { id: 'LAW', title: 'Law enforcement', level: 'pillar' },
    { id: 'LAW.1', title: { en: 'Investigation', km: 'ការស៊ើបអង្កេត' }, level: 'objective', parent: 'LAW' },
    { id: 'PRT', title: 'Protection', level: 'pillar', references: [{ vocabulary: '9', code: '16.2.2' }] },
  ],
  indicators: [
    { id: 'cases', title: 'Cases investigated', result: 'LAW.1', measure: 'count', unit: 'cases', lead: 'MOI', disaggregations: ['province'], frequency: 'Quarterly', baseline: { period: '2023', value: 164, source: 'https://example.org/report-2023' }, targets: { '2024': 175, '2028': { value: 235, source: 'illustrative', revisions: [{ value: 245, effective: '2026-07-01', note: 'Mid-term review' }] } }, references: [{ vocabulary: '9', code: '16.2.2' }] },
    { id: 'victims', title: 'Victims identified', result: 'PRT', measure: 'count', direction: 'none', lead: 'MOSVY', disaggregations: ['sex'], definition: { en: 'Victims identified or rescued.', km: 'ជនរងគ្រោះ' } },
    { id: 'referred', title: 'Share of victims referred', result: 'PRT', measure: 'percent', lead: 'MOSVY', baseline: { period: '2023', value: 38, note: 'From 2019 ratio' }, targets: { '2028': 85 } },
    { id: 'treaty', title: 'Treaty signed', result: 'LAW', measure: 'boolean', lead: 'MOJ', baseline: { period: '2023', value: false }, targets: { '2025': true, '2028': true } },
    { id: 'tier', title: 'TIP tier', result: 'LAW', measure: 'ordinal', direction: 'none', lead: 'MOI', levels: [{ code: 'tier3', label: 'Tier 3' }, { code: 'tier2wl', label: 'Tier 2 Watch List' }, { code: 'tier2', label: 'Tier 2' }, { code: 'tier1', label: 'Tier 1' }], baseline: { period: '2023', value: 'tier3' } },
    { id: 'story', title: 'Most significant change', result: 'PRT', measure: 'qualitative', direction: 'none', lead: 'MOJ', baseline: { period: '2023', value: 'No shelter outside Phnom Penh.' } },
    { id: 'budget', title: 'Budget', result: 'LAW', measure: 'currency', currency: 'USD', lead: 'MOJ', baseline: { period: '2023', value: 2000000 }, targets: { '2028': 3000000.5 } },
    { id: 'balance', title: 'Balance', result: 'LAW', measure: 'ratio', direction: 'none', lead: 'MOJ', reporter: 'MOI' },
    { id: 'charged', title: 'People charged', result: 'LAW.1', measure: 'count', direction: 'none', lead: 'MOJ' },
    { id: 'convicted', title: 'People convicted', result: 'LAW.1', measure: 'count', direction: 'none', lead: 'MOJ' },
    { id: 'rate', title: 'Conviction rate', result: 'LAW.1', measure: 'ratio', direction: 'none', lead: 'MOJ', ratio: { numerator: 'convicted', denominator: 'charged' } },
  ],
});

/** Observations of the demo strategy that exercise every value kind and every optional field. */
export const demoObservations: readonly Observation[] = parseObservations([
  { indicator: 'cases', period: '2024Q1', value: 41, disaggregation: { province: 'KH-12' }, reportedBy: 'MOI', reportedOn: '2024-04-20', status: 'approved', source: 'Police statistics', note: 'ករណីនៅភ្នំពេញ' },
  { indicator: 'cases', period: '2024Q1', value: 12, disaggregation: { province: 'KH-2' }, reportedBy: 'MOI', reportedOn: '2024-04-20' },
  { indicator: 'cases', period: '2024Q1', value: 13, disaggregation: { province: 'KH-2' }, reportedBy: 'MOI', reportedOn: '2024-05-02', note: 'Corrected after audit' },
  { indicator: 'victims', period: '2024', value: 241, disaggregation: { sex: 'female' }, reportedBy: 'MOSVY', reportedOn: '2025-01-15', status: 'draft', note: { en: 'Women and girls', km: 'ស្ត្រី និងក្មេងស្រី' } },
  { indicator: 'victims', period: '2024', value: null, disaggregation: { sex: 'male' }, reportedBy: 'MOSVY', note: 'Not yet counted' },
  { indicator: 'referred', period: '2024', value: 45.5, reportedBy: 'MOSVY', source: 'https://example.org/referrals' },
  { indicator: 'treaty', period: '2024', value: false, reportedBy: 'MOJ', note: '=HYPERLINK("http://evil")' },
  { indicator: 'tier', period: '2024', value: 'tier3', reportedBy: 'MOI' },
  { indicator: 'story', period: '2024', value: 'Line one\r\nline two, with "quotes"; and a semicolon', reportedBy: 'MOJ', note: '-5 is not a number here' },
  { indicator: 'story', period: '2025', value: '+ plus first', reportedBy: 'MOJ' },
  { indicator: 'budget', period: '2024', value: 2050000.75, reportedBy: 'MOJ', source: '@finance', external: { batch: '7' } },
  { indicator: 'balance', period: '2024', value: -5, reportedBy: 'MOI' },
  { indicator: 'balance', period: '2025', value: 1e21, reportedBy: 'MOI' },
  { indicator: 'balance', period: '2026', value: 0.000001, reportedBy: 'MOI' },
  { indicator: 'charged', period: '2023YTD10', value: 300, reportedBy: 'MOJ' },
  { indicator: 'charged', period: '202301', value: 30, reportedBy: 'MOJ' },
  { indicator: 'convicted', period: '2024', value: 200, reportedBy: 'MOJ', note: "'=already quoted" },
], demo).observations;

/** Observations without the fields CSV cannot carry (`external`). */
export function withoutExternal(observations: readonly Observation[]): Observation[] {
  return observations.map(({ external: _external, ...rest }) => rest);
}

export function cambodia(): { strategy: Strategy; observations: Observation[] } {
  const folder = join(root, 'examples', 'cambodia-nsp-2024-2028');
  const strategy = parseStrategy(JSON.parse(readFileSync(join(folder, 'strategy.json'), 'utf8')));
  const raw = [
    ...(JSON.parse(readFileSync(join(folder, 'observations-2024.json'), 'utf8')) as unknown[]),
    ...(JSON.parse(readFileSync(join(folder, 'observations-2025-2026.json'), 'utf8')) as unknown[]),
  ];
  const parsed = parseObservations(raw, strategy);
  if (parsed.rejected.length > 0) throw new Error('The Cambodia example has rejected observations');
  return { strategy, observations: [...parsed.observations] };
}

/** Observations in a stable order, for comparing formats that group values (IATI). */
export function sorted<T>(items: readonly T[]): T[] {
  const key = (value: unknown): string => JSON.stringify(value, (_, inner: unknown) => (inner !== null && typeof inner === 'object' && !Array.isArray(inner) ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : 1))) : inner));
  return [...items].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}
