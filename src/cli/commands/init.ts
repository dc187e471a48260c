import { access, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { parseStrategy, reportingTemplate } from '../../index.js';
import { writeOutput } from '../files.js';
import { UsageError } from '../UsageError.js';

/** `logframe init`: a starter plan and data template, never overwriting a file. Returns the exit code. */
export async function runInit(args: { dir: string; template: string }): Promise<number> {
  if (args.template !== 'minimal' && args.template !== 'cambodia') throw new UsageError('--template must be minimal or cambodia.');
  const { templates } = await import('../templates.js');
  const files = templates[args.template];
  const strategy = parseStrategy(files.strategy);
  const firstActor = strategy.actors[0]?.id;
  const outputs: [string, string][] = [['strategy.json', `${JSON.stringify(files.strategy, null, 2)}\n`]];
  if (firstActor !== undefined) outputs.push(['observations.csv', reportingTemplate(strategy, { actor: firstActor, period: String(strategy.period.start) })]);
  await mkdir(args.dir, { recursive: true });
  const existing: string[] = [];
  for (const [name] of outputs) {
    try {
      await access(join(args.dir, name));
      existing.push(join(args.dir, name));
    } catch {
      // Not there: good.
    }
  }
  if (existing.length > 0) {
    process.stderr.write(`Refusing to overwrite ${existing.join(', ')}; choose another directory or remove ${existing.length === 1 ? 'it' : 'them'}.\n`);
    return 1;
  }
  for (const [name, content] of outputs) {
    await writeOutput(join(args.dir, name), content);
    process.stderr.write(`wrote ${join(args.dir, name)}\n`);
  }
  process.stderr.write(`Next: fill in observations.csv, then run\n  logframe evaluate ${join(args.dir, 'strategy.json')} --data ${join(args.dir, 'observations.csv')} --as-of YYYY-MM-DD\n`);
  return 0;
}
