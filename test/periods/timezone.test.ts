import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const PROBE = fileURLToPath(new URL('./fixtures/tz-probe.ts', import.meta.url));

/** Each zone with the offset `getTimezoneOffset()` gives on 2024-01-01 (minutes, positive west of UTC). */
const ZONES: [zone: string, offset: number][] = [
  ['UTC', 0],
  ['Asia/Phnom_Penh', -420],
  ['America/St_Johns', 210],
  ['Pacific/Kiritimati', -840],
  ['Etc/GMT+11', 660],
  ['Asia/Kathmandu', -345],
];

async function probe(zone: string): Promise<{ offset: number; json: string }> {
  const { stdout } = await run(process.execPath, ['--import', 'tsx', PROBE], {
    cwd: ROOT,
    env: { ...process.env, TZ: zone },
    maxBuffer: 16 * 1024 * 1024,
  });
  const [offset = '', json = ''] = stdout.split('\n');
  return { offset: Number(offset), json };
}

describe('periods do not depend on TZ', () => {
  it('gives byte-identical results in six time zones', { timeout: 120_000 }, async () => {
    const outputs = await Promise.all(ZONES.map(async ([zone]) => probe(zone)));
    outputs.forEach(({ offset }, i) => {
      // The canary: if TZ did not take effect, identical output would prove nothing.
      expect(offset, ZONES[i]?.[0]).toBe(ZONES[i]?.[1]);
    });
    const [reference] = outputs;
    expect(reference?.json.length).toBeGreaterThan(1000);
    const parsed = JSON.parse(reference?.json ?? '') as { periodOfDate: unknown[]; parsePeriod: { id: string }[] };
    expect(parsed.periodOfDate).toHaveLength(37);
    expect(parsed.parsePeriod[0]).toEqual({ id: '2024', type: 'Yearly', start: '2024-01-01', end: '2024-12-31' });
    for (const [i, output] of outputs.entries()) expect(output.json, ZONES[i]?.[0]).toBe(reference?.json);
  });
});
