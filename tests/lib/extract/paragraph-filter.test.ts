import { describe, expect, it } from 'vitest';
import { filterParagraphs } from '@/lib/extract/paragraph-filter';

const context = {
  title: 'Ferry fares rise',
  authors: ['Jane Doe'],
  section: 'Transport',
  siteName: 'Harbour Times',
};
const keep = (p: string): boolean => filterParagraphs([p], context).length === 1;

describe('filterParagraphs', () => {
  it.each([
    'Advertisement',
    'Read more: Ferry timetable changes for spring',
    'Share on Facebook Twitter Email',
    'Photo: Ines Kovac/Harbour Times',
    '(© Harbour Times)',
    'Фото: архив редакции',
    '© 2024 Harbour Times',
    'By Jane Doe - 11/18/19 11:04 PM EST',
    'Updated Nov 19, 6:55 AM; Posted Nov 19, 6:51 AM',
    'Jane Doe | 5 May 2024',
    '12 March 2023 | 4 April 2023',
    '18:30',
    'Sign up for our newsletter to get the news in your inbox.',
    'This website uses cookies to improve your experience.',
    'Ferry fares rise',
    'Transport',
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

  it.each([
    ['The old sea wall at low tide. (Photo: Getty Images)', 'The old sea wall at low tide.'],
    ['Protesters gathered at the port (Image: REUTERS)', 'Protesters gathered at the port'],
    [
      'The ferry leaves the quay at dawn.CreditIda Berg for the Harbour Times',
      'The ferry leaves the quay at dawn.',
    ],
  ])('keeps the sentence of caption %j without its credit', (caption, sentence) => {
    expect(filterParagraphs([caption], context)).toEqual([sentence]);
  });

  it('removes an inline photo credit from a long paragraph', () => {
    const long = `${'The harbour wall was repaired over the winter, and the council says it will hold. '.repeat(4)}(Photo: Ines Kovac) It reopened in March.`;
    expect(filterParagraphs([long], context)[0]).not.toContain('Photo:');
  });
});
