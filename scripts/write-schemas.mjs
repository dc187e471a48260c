// Writes the JSON Schemas generated from the zod schemas into schema/, shipped with the package.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const api = await import(join(root, 'dist', 'index.js'));
const schemas = {
  'strategy.json': api.strategyJsonSchema,
  'observation.json': api.observationJsonSchema,
  'summary.json': api.summaryJsonSchema,
  'dhis2-mapping.json': api.dhis2MappingJsonSchema,
};
mkdirSync(join(root, 'schema'), { recursive: true });
for (const [file, make] of Object.entries(schemas)) {
  if (typeof make !== 'function') continue;
  writeFileSync(join(root, 'schema', file), `${JSON.stringify(make(), null, 2)}\n`);
  console.log(`schema/${file}`);
}
