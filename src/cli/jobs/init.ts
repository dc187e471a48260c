// The `init` job: a starter plan and a data template to fill in. It never overwrites a file: when
// either file exists, nothing is written and the command fails (exit 1).
import { access, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { InitArgs } from '../commands/init.js';
import { EXIT, InputError } from '../errors.js';
import { writeOutput } from '../files.js';
import { loadCsv, safeParseStrategy } from '../library.js';
import type { Strategy } from '../library.js';
import { warn } from './dataReport.js';

/** Runs `logframe init`; returns the exit code. */
export async function runInit({ dir, template }: InitArgs): Promise<number> {
  const { templates } = await import('../templates.js');
  const plan = templates[template];
  const parsed = safeParseStrategy(plan);
  // The templates are tested; this guards against a broken build rather than user input.
  if (!parsed.ok) throw new InputError(`the ${template} template`, parsed.problems);
  const strategy = parsed.value;
  const actor = busiestActor(strategy);
  const period = String(strategy.period.start);
  const { reportingTemplate } = await loadCsv();
  const files: [string, string][] = [
    ['strategy.json', `${JSON.stringify(plan, null, 2)}\n`],
    ['observations.csv', reportingTemplate(strategy, { actor, period })],
  ];

  const existing: string[] = [];
  for (const [name] of files) {
    const path = join(dir, name);
    if (await exists(path)) existing.push(path);
  }
  if (existing.length > 0) {
    warn([`Refusing to overwrite ${existing.join(' and ')}; nothing was written. Choose another directory, or move ${existing.length === 1 ? 'it' : 'them'} away.`]);
    return EXIT.invalid;
  }
  await mkdir(dir, { recursive: true });
  for (const [name, content] of files) await writeOutput(join(dir, name), content);
  warn([
    `Wrote ${join(dir, 'strategy.json')} (the plan) and ${join(dir, 'observations.csv')} (what ${actor} reports for ${period}).`,
    'Next: fill in the values, then run',
    `  logframe validate ${join(dir, 'strategy.json')} --data ${join(dir, 'observations.csv')}`,
    `  logframe evaluate ${join(dir, 'strategy.json')} --data ${join(dir, 'observations.csv')} --as-of YYYY-MM-DD`,
    `Another ministry's template: logframe template ${join(dir, 'strategy.json')} --actor <id> --period ${period}`,
  ]);
  return EXIT.ok;
}

/** The actor that reports the most indicators (the first such in the plan): its template shows the most. */
function busiestActor(strategy: Strategy): string {
  const counts = new Map<string, number>();
  for (const indicator of strategy.indicators) {
    const reporter = indicator.reporter ?? indicator.lead;
    if (reporter !== undefined && indicator.formula === undefined && indicator.ratio === undefined) counts.set(reporter, (counts.get(reporter) ?? 0) + 1);
  }
  let best = strategy.actors[0]?.id ?? '';
  for (const actor of strategy.actors) if ((counts.get(actor.id) ?? 0) > (counts.get(best) ?? 0)) best = actor.id;
  return best;
}

async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}
