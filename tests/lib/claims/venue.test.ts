import { describe, expect, it } from 'vitest';
import { sameVenue } from '@/lib/claims/venue';
import type { Venue } from '@/lib/claims/types';
import { foldName } from '@/lib/text/fold';

function venue(outlet: string, full = outlet): Venue {
  return { start: 0, end: 0, name: full, outlet: foldName(outlet), full: foldName(full), generic: false };
}

describe('sameVenue', () => {
  it('takes a more specific venue of the same outlet as the same venue', () => {
    expect(sameVenue(venue('CNN'), venue('CNN', 'CNN State of the Union'))).toBe(true);
    expect(sameVenue(venue('Fox News'), venue('Fox News Sunday'))).toBe(true);
    expect(sameVenue(venue('ABC', 'ABC This Week'), venue('ABC'))).toBe(true);
  });

  it('tells another outlet apart', () => {
    expect(sameVenue(venue('CNN'), venue('Fox News'))).toBe(false);
    expect(sameVenue(venue('CNN', 'CNN State of the Union'), venue('NBC', 'NBC Meet the Press'))).toBe(false);
  });
});
