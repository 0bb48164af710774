import { describe, expect, it } from 'vitest';
import { findTextDate } from '@/lib/extract/text-dates';
import type { VisibleText } from '@/lib/extract/visible-text';

/** Page text with the headline marked, as lazyPageText gives it. */
function page(before: string, headline: string, after: string): () => VisibleText {
  const text = `${before}\n${headline}\n${after}`;
  const start = before.length + 1;
  return () => ({ text, start, end: start + headline.length });
}

describe('findTextDate', () => {
  it('finds the date line below a long standfirst', () => {
    const standfirst = 'The harbour works ran a year late and cost twice the estimate. '.repeat(4);
    const text = page(
      'Home\nNews',
      'Harbour reopens',
      `${standfirst}\n14.03.2022\nThe first ferry left at six.`,
    );
    expect(findTextDate(text, {})).toBe('2022-03-14');
  });

  it('takes the date line under the headline before a date in the prose', () => {
    const text = page(
      'News',
      'Border checks extended',
      '08.06.2021\nUntil 7 June 2021 the police counted 400 crossings.',
    );
    expect(findTextDate(text, {})).toBe('2021-06-08');
  });

  it('prefers a date line of its own to a date in a caption below the headline', () => {
    const caption =
      'The rocket on its pad on Thursday Dec. 1, 2016, an hour before the launch, seen from the visitors’ stand.';
    const text = page(
      'Science',
      'Cargo ship lost',
      `${caption}\nBy A. Reporter\nDecember 2, 2016\nThe ship broke up.`,
    );
    expect(findTextDate(text, { order: 'mdy' })).toBe('2016-12-02');
  });

  it('does not date the page by a day its headline names', () => {
    const text = page('Club', 'Minutes of the meeting of 10 October 2019', '26/12/2019\nPresent: the board.');
    expect(findTextDate(text, {})).toBe('2019-12-26');
  });
});
