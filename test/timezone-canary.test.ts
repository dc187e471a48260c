import { describe, expect, it } from 'vitest';

// Offsets (minutes, as getTimezoneOffset reports them) on 2024-01-01 in the zones the suite runs under.
const OFFSETS: Record<string, number> = {
  UTC: 0,
  'Pacific/Kiritimati': -840,
  'Etc/GMT+11': 660,
  'America/St_Johns': 210,
  'Asia/Kathmandu': -345,
  'Asia/Phnom_Penh': -420,
};

describe('time-zone canary', () => {
  const zone = process.env.LOGFRAME_EXPECT_TZ;
  it.runIf(zone !== undefined)(`TZ=${zone ?? ''} took effect`, () => {
    expect(new Date(2024, 0, 1).getTimezoneOffset()).toBe(OFFSETS[zone ?? '']);
  });
  it('runs', () => {
    expect(typeof new Date(2024, 0, 1).getTimezoneOffset()).toBe('number');
  });
});
