import { UTCDate } from '@date-fns/utc';
import { getISOWeek, getISOWeeksInYear, getISOWeekYear, startOfISOWeekYear } from 'date-fns';
import { describe, expect, it } from 'vitest';
import { civilDate, dayNumber, isoWeekOf, isoWeekOneMonday, isoWeeksInYear, MAX_YEAR, MIN_YEAR } from '../../src/periods/calendar.js';

const MS_PER_DAY = 86_400_000;

// ISO weeks are computed on day numbers; date-fns (in UTC) is the reference for every year accepted.
describe('ISO weeks agree with date-fns in every year', () => {
  it('week 1 starts on the same Monday and years have the same number of weeks', () => {
    for (let year = MIN_YEAR; year <= MAX_YEAR; year += 1) {
      const mid = new UTCDate(Date.UTC(year, 5, 1));
      const monday = startOfISOWeekYear(mid).getTime() / MS_PER_DAY;
      expect(isoWeekOneMonday(year), String(year)).toBe(monday);
      expect(isoWeeksInYear(year), String(year)).toBe(getISOWeeksInYear(mid));
    }
  });

  it('every day around each new year falls in the same week', () => {
    for (let year = MIN_YEAR; year <= MAX_YEAR; year += 1) {
      for (let day = dayNumber(year, 12, 25); day <= dayNumber(year, 12, 31) + 7; day += 1) {
        const date = new UTCDate(day * MS_PER_DAY);
        const { weekYear, week } = isoWeekOf(day);
        if (weekYear !== getISOWeekYear(date) || week !== getISOWeek(date)) {
          const { year: y, month, day: d } = civilDate(day);
          expect({ weekYear, week }, `${y}-${month}-${d}`).toEqual({ weekYear: getISOWeekYear(date), week: getISOWeek(date) });
        }
      }
    }
  });

  it('every day of a run of years falls in the same week', () => {
    for (let day = dayNumber(1999, 1, 1); day <= dayNumber(2032, 12, 31); day += 1) {
      const date = new UTCDate(day * MS_PER_DAY);
      const { weekYear, week } = isoWeekOf(day);
      if (weekYear !== getISOWeekYear(date) || week !== getISOWeek(date)) {
        expect({ weekYear, week }, String(day)).toEqual({ weekYear: getISOWeekYear(date), week: getISOWeek(date) });
      }
    }
  });
});
