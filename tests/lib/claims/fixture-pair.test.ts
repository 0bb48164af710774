/**
 * Two reports of an invented council vote, written for this test, that differ in every way the
 * engine classifies and agree in one paraphrase: the engine has to be general, not seed-shaped.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { compareArticles, type DiffResult, type Difference } from '@/lib/claims/compare';
import { fixtureArticle } from './helpers';

let diff: DiffResult;

beforeAll(() => {
  diff = compareArticles(fixtureArticle('harbour-a.txt'), fixtureArticle('harbour-b.txt'));
});

const find = (kind: Difference['kind'], a: string, b: string): Difference | undefined =>
  diff.differences.find((d) => d.kind === kind && d.a.text.includes(a) && d.b.text.includes(b));

describe('harbour bridge pair', () => {
  it('finds the other amount, day, negation and certainty', () => {
    expect(find('number', '12 million', '14 million')?.detail).toBe('12 million euro vs 14 million euro');
    expect(find('date', 'on Tuesday', 'on Wednesday')).toBeDefined();
    expect(find('negation', 'not unanimous', 'was unanimous')).toBeDefined();
    expect(find('certainty', 'has agreed to pay', 'is considering paying')).toBeDefined();
    expect(find('certainty', 'would start', 'could begin')).toBeDefined();
  });

  it('finds the quotation worded differently, with its word diff', () => {
    const quote = find('quote', 'deserves a second one', 'needs a second life');
    expect(quote?.detail).toContain('[-deserves-] {+needs+}');
  });

  it('finds the other outlet, and not a spelling of the mayor’s name', () => {
    expect(find('attribution', 'Radio Portmere', 'Nordkyst TV')?.detail).toBe(
      'said to Radio Portmere vs Nordkyst TV',
    );
    expect(diff.differences.filter((d) => d.kind === 'attribution')).toHaveLength(1);
  });

  it('stays quiet on the paraphrase that says the same', () => {
    expect(diff.differences.some((d) => d.a.text.startsWith('Traffic'))).toBe(false);
    expect(diff.agreements.some((p) => p.a.text.includes('diverted') && p.b.text.includes('rerouted'))).toBe(
      true,
    );
  });

  it('reports what only one report carries, and not a differing number twice', () => {
    expect(diff.onlyA.some((p) => p.text.includes('Three members voted against'))).toBe(true);
    expect(diff.onlyA.some((p) => p.text.includes('Marta Lindqvist'))).toBe(true);
    expect(diff.onlyA.some((p) => p.text.includes('18 months'))).toBe(true);
    expect(diff.onlyB.some((p) => p.text.includes('opened in 1926'))).toBe(true);
    expect([...diff.onlyA, ...diff.onlyB].some((p) => /1[24] million/.test(p.text))).toBe(false);
    expect(diff.onlyB.some((p) => p.text.includes('Nordkyst TV'))).toBe(false);
  });
});
