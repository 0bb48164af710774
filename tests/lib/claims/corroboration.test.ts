import { describe, expect, it } from 'vitest';
import { corroborate } from '@/lib/claims/corroboration';
import { extractClaims } from '@/lib/claims/extract-claims';
import { fixtureArticle } from './helpers';

const a = fixtureArticle('harbour-a.txt');
const claims = extractClaims(a).claims;
const traffic = claims.findIndex((c) => a.text.slice(c.start, c.end).startsWith('Traffic'));
const signature = (seed: number): number[] => Array.from({ length: 32 }, (_, i) => seed * 100 + i);

describe('corroborate', () => {
  it('counts the article itself and each independent source once', () => {
    const counts = corroborate(a.text, claims, [
      { id: 'b', carried: new Set([traffic]), syndicated: false, minhash: signature(1) },
      // A wire copy of b: the same origin.
      { id: 'b-copy', carried: new Set([traffic]), syndicated: false, minhash: signature(1) },
      // A copy of the article being analysed adds nothing.
      { id: 'a-copy', carried: new Set([traffic]), syndicated: true, minhash: signature(2) },
      { id: 'c', carried: new Set([traffic]), syndicated: false, minhash: signature(3) },
    ]);
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
