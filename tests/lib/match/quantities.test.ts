import { describe, expect, it } from 'vitest';
import { datelineDay } from '@/lib/match/dateline';
import { quantities } from '@/lib/match/quantities';

describe('quantities', () => {
  it('keeps the numbers that describe an event, normalised', () => {
    expect(
      quantities('26 pirates, a 6.1 magnitude quake, 3,000 homes, $200 million, the 6th round, 05 boats'),
    ).toEqual(['26', '6.1', '3000', '200', '6', '5']);
  });

  it('leaves out dates, clock times and years', () => {
    expect(
      quantities('On May 3, 2013 at 1:30 p.m., 12 January 2010 @ 09: 29 pm, in 2008, 05 / 02 / 2013'),
    ).toEqual([]);
  });
});

describe('datelineDay', () => {
  const day = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d) / 86_400_000;

  it('reads the first date written in the opening lines, in the usual English forms', () => {
    expect(datelineDay('Ferry fire / May 03, 2013 / Crews said')).toBe(day(2013, 5, 3));
    expect(datelineDay('Posted 12 January 2010 @ 09:29 pm')).toBe(day(2010, 1, 12));
    expect(datelineDay('2031-03-14 — The council voted')).toBe(day(2031, 3, 14));
  });

  it('ignores dates deep in the text and impossible dates', () => {
    expect(datelineDay(`${'x '.repeat(200)}On May 3, 2013 it rained.`)).toBeNull();
    expect(datelineDay('Feb 31, 2013 and nothing else')).toBeNull();
    expect(datelineDay('No date here.')).toBeNull();
  });
});
