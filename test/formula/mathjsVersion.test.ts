import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { expect, test } from 'vitest';

// mathjs before 15.2.0 has two parser RCEs (GHSA-jvff-x2qm-6286): fail loudly if one is installed.
test('installed mathjs is at least 15.2.0', () => {
  const require = createRequire(import.meta.url);
  const { version } = JSON.parse(readFileSync(require.resolve('mathjs/package.json'), 'utf8')) as { version: string };
  const [major = 0, minor = 0, patch = 0] = version.split(/[.-]/).map(Number);
  expect(major * 1e6 + minor * 1e3 + patch, `mathjs ${version}`).toBeGreaterThanOrEqual(15_002_000);
});
