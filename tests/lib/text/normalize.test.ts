import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeInline, normalizeParagraphs, splitParagraphs } from '@/lib/text/normalize';

describe('normalizeInline', () => {
  it('removes invisible characters and collapses every kind of space', () => {
    expect(normalizeInline('  soft\u00adhyphen\u200b and\u00a0nbsp\tand\u2009thin  ')).toBe(
      'softhyphen and nbsp and thin',
    );
  });

  it('composes characters (NFC), so offsets count what readers see', () => {
    expect(normalizeInline('Zelenskyy in Kyi\u0308v')).toBe('Zelenskyy in Kyïv');
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        expect(normalizeInline(normalizeInline(s))).toBe(normalizeInline(s));
      }),
    );
  });
});

describe('normalizeParagraphs and splitParagraphs', () => {
  it('joins non-empty paragraphs with one blank line', () => {
    expect(normalizeParagraphs([' One ', '', '\n', 'Two  words'])).toBe('One\n\nTwo words');
  });

  it('splits on single and blank lines alike', () => {
    expect(splitParagraphs('One\r\nTwo\n\n\nThree')).toEqual(['One', 'Two', 'Three']);
  });

  it('round-trips: splitting normalised text gives its paragraphs', () => {
    fc.assert(
      fc.property(fc.array(fc.string()), (paragraphs) => {
        const text = normalizeParagraphs(paragraphs);
        expect(normalizeParagraphs(splitParagraphs(text))).toBe(text);
      }),
    );
  });
});
