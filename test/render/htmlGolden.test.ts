// Golden pages: the Cambodia example evaluated as of 2025-03-27 through the real pipeline, rendered
// as standalone pages in English and Khmer, compared byte for byte. `UPDATE_GOLDEN=1` rewrites them.
// The suite also runs under several TZ values (scripts/test-timezones.mjs); one test here renders
// under far-apart zones too, so that a zone dependence fails even in a plain run.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluate, parseObservations, parseStrategy, summarize, toHtml } from '../../src/index.js';

const root = join(import.meta.dirname, '../..');
const goldenDir = join(root, 'test/fixtures/render');
const example = join(root, 'examples/cambodia-nsp-2024-2028');
const AS_OF = '2025-03-27';

function render(lang: 'en' | 'km'): string {
  const strategy = parseStrategy(JSON.parse(readFileSync(join(example, 'strategy.json'), 'utf8')));
  const { observations } = parseObservations(JSON.parse(readFileSync(join(example, 'observations-2024.json'), 'utf8')), strategy);
  return toHtml(summarize(evaluate(strategy, observations, { asOf: AS_OF }), { strategy, lang }));
}

const update = process.env.UPDATE_GOLDEN === '1';

describe.each(['en', 'km'] as const)('golden page (%s)', (lang) => {
  const file = join(goldenDir, `cambodia-${AS_OF}.${lang}.html`);

  it(`matches test/fixtures/render/cambodia-${AS_OF}.${lang}.html byte for byte`, () => {
    const html = render(lang);
    if (update) {
      mkdirSync(goldenDir, { recursive: true });
      writeFileSync(file, html);
    }
    expect(existsSync(file), `${file} is missing: run UPDATE_GOLDEN=1 npx vitest run test/render/htmlGolden`).toBe(true);
    const golden = readFileSync(file, 'utf8');
    // A diff of lines reads better than a diff of one 100 kB string when it fails.
    expect(html.split('\n')).toEqual(golden.split('\n'));
    expect(html).toBe(golden);
  });
});

describe('golden pages under other time zones', () => {
  it('renders the same bytes under Pacific/Kiritimati (UTC+14) and Etc/GMT+11 (UTC−11)', () => {
    const before = process.env.TZ;
    const en = render('en');
    const km = render('km');
    try {
      for (const [zone, offset] of [['Pacific/Kiritimati', -840], ['Etc/GMT+11', 660]] as const) {
        // Node applies a TZ assigned at run time (vitest runs each file in its own process).
        process.env.TZ = zone;
        expect(new Date(2024, 0, 1).getTimezoneOffset(), `TZ=${zone} took effect`).toBe(offset);
        expect(render('en') === en, `en under ${zone}`).toBe(true);
        expect(render('km') === km, `km under ${zone}`).toBe(true);
      }
    } finally {
      if (before === undefined) delete process.env.TZ;
      else process.env.TZ = before;
    }
  });
});
