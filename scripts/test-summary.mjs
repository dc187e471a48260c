// Sums the vitest JSON reports of every test process (the main run and the time-zone runs) and
// prints the closing line `N passed, N failed`; exits non-zero when a test failed or none ran.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = '.ci-out';
let passed = 0;
let failed = 0;
let skipped = 0;
let total = 0;
for (const file of readdirSync(dir).filter((name) => name.startsWith('vitest') && name.endsWith('.json')).sort()) {
  const report = JSON.parse(readFileSync(join(dir, file), 'utf8'));
  passed += report.numPassedTests;
  failed += report.numFailedTests;
  skipped += report.numPendingTests + (report.numTodoTests ?? 0);
  total += report.numTotalTests;
  console.log(`${file}: ${report.numPassedTests} passed, ${report.numFailedTests} failed, ${report.numPendingTests} skipped`);
}
if (total === 0) {
  console.error('No test ran.');
  process.exit(1);
}
console.log(`${passed} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ''}`);
process.exit(failed === 0 ? 0 : 1);
