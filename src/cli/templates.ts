// Starter plans for `logframe init`, loaded only by that command: the Cambodia example is 80 kB
// that no other command should read at start-up.
import cambodia from '../../examples/cambodia-nsp-2024-2028/strategy.json' with { type: 'json' };

const minimal = {
  id: 'my-plan',
  title: 'My national plan 2025–2029',
  period: { start: 2025, end: 2029 },
  baselineYear: 2024,
  levels: [
    { id: 'pillar', title: 'Pillar' },
    { id: 'objective', title: 'Objective' },
  ],
  actors: [
    { id: 'MIN-A', name: 'Ministry A' },
    { id: 'MIN-B', name: 'Ministry B' },
  ],
  dimensions: [
    { id: 'sex', title: 'Sex', codes: [{ code: 'female', label: 'Female' }, { code: 'male', label: 'Male' }] },
  ],
  results: [
    { id: 'P1', title: 'Prevention', level: 'pillar' },
    { id: 'P1.1', title: 'Awareness raised', level: 'objective', parent: 'P1' },
  ],
  indicators: [
    {
      id: 'P1-01',
      title: 'People reached by awareness campaigns',
      result: 'P1.1',
      measure: 'count',
      unit: 'people',
      direction: 'increase',
      lead: 'MIN-A',
      supporting: ['MIN-B'],
      disaggregations: ['sex'],
      baseline: { period: '2024', value: 1000, source: 'illustrative' },
      targets: { '2025': 1200, '2026': 1400, '2027': 1600, '2028': 1800, '2029': 2000 },
    },
  ],
};

/** The starter plans by name, as a person would write them (strategy input, not parsed). */
export const templates: Readonly<Record<'minimal' | 'cambodia', unknown>> = { minimal, cambodia };
