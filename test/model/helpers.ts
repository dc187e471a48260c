import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const EXAMPLE_DIR = join(import.meta.dirname, '..', '..', 'examples', 'cambodia-nsp-2024-2028');

/** A fresh parsed copy of the Cambodia example's raw strategy JSON (safe to mutate). */
export function cambodiaStrategyJson(): Record<string, any> {
  return JSON.parse(readFileSync(join(EXAMPLE_DIR, 'strategy.json'), 'utf8')) as Record<string, any>;
}

/** A fresh parsed copy of one of the Cambodia example's observation files. */
export function cambodiaObservationsJson(file = 'observations-2024.json'): Record<string, any>[] {
  return JSON.parse(readFileSync(join(EXAMPLE_DIR, file), 'utf8')) as Record<string, any>[];
}

/** A small valid strategy as raw JSON, with overrides. */
export function tinyStrategy(overrides: Record<string, unknown> = {}): Record<string, any> {
  return {
    id: 'tiny',
    title: 'Tiny plan',
    period: { start: 2024, end: 2028 },
    baselineYear: 2023,
    levels: [{ id: 'pillar', title: 'Pillar' }, { id: 'objective', title: 'Objective' }],
    actors: [{ id: 'MOJ', name: 'Ministry of Justice' }, { id: 'MOI', name: 'Ministry of Interior' }],
    dimensions: [{ id: 'sex', title: 'Sex', codes: [{ code: 'female', label: 'Female' }, { code: 'male', label: 'Male' }] }],
    results: [
      { id: 'P1', title: 'Justice', level: 'pillar' },
      { id: 'O1', title: 'Prosecution', level: 'objective', parent: 'P1' },
    ],
    indicators: [
      { id: 'charged', title: 'People charged', result: 'O1', measure: 'count', direction: 'increase', lead: 'MOJ', disaggregations: ['sex'], baseline: { period: '2023', value: 307 }, targets: { '2024': 315, '2028': 375 } },
      { id: 'share', title: 'Share referred', result: 'O1', measure: 'percent', direction: 'increase', lead: 'MOI', baseline: { period: '2023', value: 38 }, targets: { '2028': 85 } },
    ],
    ...overrides,
  };
}
