import { describe, expect, it } from 'vitest';
import { foldChar, foldForComparison, foldName, foldWords, wordsOf } from '@/lib/text/fold';

describe('foldForComparison', () => {
  it('folds quotes, dashes, case and diacritics', () => {
    expect(foldForComparison('“Zelenskiy’s” — Déjà…')).toBe('"zelenskiy\'s" - deja...');
  });
});

describe('the other folds', () => {
  it('folds names to one key across spellings', () => {
    expect(foldName('Zelenskyy’s')).toBe(foldName('Zelenskiy'));
    expect(foldName('Zelensky')).toBe('zelenski');
  });

  it('folds words without punctuation', () => {
    expect(foldWords('  Der „Bürgermeister“ – sagte: ')).toBe('der burgermeister sagte');
    expect(wordsOf('—')).toEqual([]);
  });

  it('folds one character without changing its length', () => {
    for (const ch of ['’', '“', '—', 'A', 'é', 'İ']) expect(foldChar(ch)).toHaveLength(1);
    expect(['’', '“', '—', 'Q'].map(foldChar).join('')).toBe('\'"-q');
  });
});
