import { describe, expect, it } from 'vitest';
import { inPageZone } from '@/lib/extract/page-zone';

describe('inPageZone', () => {
  it.each([
    // Local midnight in Berlin written in UTC: the page's day is the next one.
    ['2021-11-04T23:00:00Z', 'de', '2021-11-05T00:00:00+01:00'],
    // Summer time.
    ['2023-07-01T22:30:00+00:00', 'de', '2023-07-02T00:30:00+02:00'],
    ['2024-03-10T15:00:00.000Z', 'ja', '2024-03-11T00:00:00+09:00'],
    // Languages spoken across many zones, and dates that carry their own zone, stay as written.
    ['2021-11-04T23:00:00Z', 'en', '2021-11-04T23:00:00Z'],
    ['2021-11-04T23:00:00Z', null, '2021-11-04T23:00:00Z'],
    ['2021-11-04T23:00:00-05:00', 'de', '2021-11-04T23:00:00-05:00'],
    ['2021-11-04', 'de', '2021-11-04'],
  ])('%s (%s) → %s', (date, lang, expected) => {
    expect(inPageZone(date, lang)).toBe(expected);
  });
});
