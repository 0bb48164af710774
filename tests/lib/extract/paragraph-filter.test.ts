import { describe, expect, it } from 'vitest';
import { filterParagraphs } from '@/lib/extract/paragraph-filter';

const keep = (p: string): boolean => filterParagraphs([p]).length === 1;

describe('filterParagraphs', () => {
  it.each([
    'Advertisement',
    'Read more: Ferry timetable changes for spring',
    'Sign up for our newsletter to get the news in your inbox.',
    'This website uses cookies to improve your experience.',
    'Lesen Sie auch: Neue Fähre für die Insel',
  ])('drops %j', (p) => {
    expect(keep(p)).toBe(false);
  });

  it.each([
    'Share prices fell 5% on Monday.',
    'Related to the fare rise, the council said bus passes would be frozen.',
    'The ferry company said the new fares would apply from June, and that season tickets bought before then would be honoured until they expire.',
    'Subscribers to the local energy scheme will see lower bills, the council said in a statement on Monday.',
    'Von Berlin aus fahren die Züge jede Stunde.',
    // Table cells and lists of years: numbers are data, not a date line.
    '2019',
    '4 12 0 7',
    '3417',
  ])('keeps %j', (p) => {
    expect(keep(p)).toBe(true);
  });
});
