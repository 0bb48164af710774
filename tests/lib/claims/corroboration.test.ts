import { describe, expect, it } from 'vitest';
import { corroborate } from '@/lib/claims/corroboration';
import { extractClaims } from '@/lib/claims/extract-claims';
import { SYNDICATED_SIMILARITY } from '@/lib/match/candidates';
import { minhashSimilarity } from '@/lib/match/features';
import { fixtureArticle } from './helpers';

const a = fixtureArticle('harbour-a.txt');
const claims = extractClaims(a).claims;
const traffic = claims.findIndex((c) => a.text.slice(c.start, c.end).startsWith('Traffic'));
const signature = (seed: number): number[] => Array.from({ length: 32 }, (_, i) => seed * 100 + i);
/** Copies of each other by their MinHash signatures, as the analysis tells them. */
const copies =
  (signatures: Record<string, number[]>) =>
  (x: string, y: string): boolean =>
    minhashSimilarity(signatures[x]!, signatures[y]!) >= SYNDICATED_SIMILARITY;

describe('corroborate', () => {
  it('counts the article itself and each independent source once', () => {
    const counts = corroborate(
      a.text,
      claims,
      [
        { id: 'b', carried: new Set([traffic]), syndicated: false },
        // A wire copy of b: the same origin.
        { id: 'b-copy', carried: new Set([traffic]), syndicated: false },
        // A copy of the article being analysed adds nothing.
        { id: 'a-copy', carried: new Set([traffic]), syndicated: true },
        { id: 'c', carried: new Set([traffic]), syndicated: false },
      ],
      copies({ b: signature(1), 'b-copy': signature(1), 'a-copy': signature(2), c: signature(3) }),
    );
    const row = counts.find((c) => c.text.startsWith('Traffic'));
    expect(row?.sources).toBe(3);
    expect(row?.carriedBy).toEqual(['b', 'b-copy', 'a-copy', 'c']);
    expect(counts.find((c) => c.text.includes('Lindqvist'))?.sources).toBe(1);
  });

  it('lists statements only, in text order', () => {
    const counts = corroborate(a.text, claims, []);
    expect(counts.every((c) => c.sources === 1)).toBe(true);
    expect(counts.map((c) => c.start)).toEqual([...counts.map((c) => c.start)].sort((x, y) => x - y));
  });
});
