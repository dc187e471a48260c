// Runs the time-zone-sensitive suites (periods, scoring, golden renderings) once per zone, each in
// its own process with TZ set, so that a result that depends on the machine's zone fails. Each run
// includes test/timezone-canary.test.ts, which checks that the zone really took effect.
import { spawnSync } from 'node:child_process';

const zones = ['UTC', 'Pacific/Kiritimati', 'Etc/GMT+11', 'America/St_Johns', 'Asia/Kathmandu', 'Asia/Phnom_Penh'];
const suites = ['test/timezone-canary.test.ts', 'test/periods', 'test/score', 'test/render', 'test/reliability', '--exclude', 'test/periods/timezone.test.ts', '--exclude', 'test/render/**/browser*', '--exclude', 'test/reliability/fuzz-*', '--exclude', 'test/reliability/package*'];
let failed = false;
for (const zone of zones) {
  const out = `.ci-out/vitest-tz-${zone.replace(/[^A-Za-z0-9]+/g, '_')}.json`;
  const result = spawnSync('npx', ['vitest', 'run', ...suites, '--reporter=dot', '--reporter=json', `--outputFile.json=${out}`], {
    stdio: 'inherit',
    env: { ...process.env, TZ: zone, LOGFRAME_EXPECT_TZ: zone },
  });
  console.log(`TZ=${zone}: ${result.status === 0 ? 'ok' : 'FAILED'}`);
  if (result.status !== 0) failed = true;
}
process.exit(failed ? 1 : 0);
