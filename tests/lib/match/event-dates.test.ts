import { describe, expect, it } from 'vitest';
import { compareDates, dateMentions, resolveDates } from '@/lib/match/event-dates';

const day = (y: number, m: number, d: number) => Math.floor(Date.UTC(y, m - 1, d) / 86_400_000);

describe('event dates', () => {
  it('reads written dates and weekdays from the title and lede', () => {
    expect(
      dateMentions('Council votes', 'The council voted on Tuesday, March 3, 2031, to close the pier.'),
    ).toEqual([-3, 20310303]);
    expect(dateMentions('Ferry fire', 'Crews fought the fire on Dec. 11 and again on 14 January.')).toEqual([
      1211, 114,
    ]);
    // "12 decades" is not December 12.
    expect(dateMentions('History', 'The pier stood for 12 decades.')).toEqual([]);
  });

  it('resolves mentions against the article day', () => {
    const pub = day(2031, 3, 6); // a Thursday
    expect(resolveDates([-3, -8, -9], pub)).toEqual([day(2031, 3, 4), day(2031, 3, 5), pub]);
    // A month and day without a year takes the nearest year, looking back more than forward.
    expect(resolveDates([1211], pub)).toEqual([day(2030, 12, 11)]);
    // Undated articles keep the month and day, and the weekday.
    expect(resolveDates([1211, -1], null)).toEqual([-1211, -2000]);
  });

  it('compares dates, undated month-days on the calendar circle, and weekdays apart', () => {
    expect(compareDates([day(2031, 3, 4)], [day(2031, 3, 5)]).gap).toBe(1);
    expect(compareDates([-1211], [day(2009, 4, 28)]).gap).toBeGreaterThan(100);
    // An undated "Dec. 14" is next to "December 15" of any year: a day off counts as two.
    expect(compareDates([-1214], [day(2013, 12, 15)]).gap).toBe(2);
    expect(compareDates([-1214], [day(2013, 12, 14)]).gap).toBe(0);
    // A Sunday vote (undated) and a Thursday announcement name no common weekday.
    expect(compareDates([-2000], [day(2031, 3, 6)]).weekdayConflict).toBe(true);
    expect(compareDates([-2004], [day(2031, 3, 6)]).weekdayConflict).toBe(false);
    expect(compareDates([], [day(2031, 3, 6)])).toEqual({ gap: null, weekdayConflict: false });
  });
});
