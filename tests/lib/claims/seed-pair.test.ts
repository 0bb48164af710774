/**
 * The example the whole product must get right: the two seed reports of the 17 August 2025 story.
 * The differences a careful reader finds must be reported, and the look-alikes must not.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { compareArticles, type DiffResult, type Difference, type Passage } from '@/lib/claims/compare';
import { repositorySeeds } from '../../helpers/seeds';

let diff: DiffResult;
let textA: string;
let textB: string;

beforeAll(() => {
  const [a, b] = repositorySeeds();
  textA = a!.text;
  textB = b!.text;
  diff = compareArticles(a!, b!);
});

const has = (p: Passage, words: string): boolean => p.text.includes(words);
const differencesAbout = (a: string, b: string): Difference[] =>
  diff.differences.filter((d) => has(d.a, a) && has(d.b, b));

describe('seed pair', () => {
  it('reports Rubio’s line as a quote worded differently, with the word diff', () => {
    const [d] = differencesAbout('that’s surrender', 'not a peace deal');
    expect(d?.kind).toBe('quote');
    expect(d?.detail).toContain('{+not a peace deal');
  });

  it('reports the Russian-law claim as a certainty and an attribution difference', () => {
    const kinds = differencesAbout('signalled readiness', 'agreed to legislate').map((d) => d.kind);
    expect(kinds).toContain('certainty');
    expect(kinds).toContain('attribution');
    const attribution = differencesAbout('signalled readiness', 'agreed to legislate').find(
      (d) => d.kind === 'attribution',
    );
    expect(attribution?.detail).toMatch(/CNN.*Fox News/);
  });

  it('ranks the substantive differences first', () => {
    const order = ['quote', 'attribution', 'number', 'date', 'certainty', 'negation', 'wording'];
    const ranks = diff.differences.map((d) => order.indexOf(d.kind));
    expect(ranks).toEqual([...ranks].sort((x, y) => x - y));
  });

  it('reports details only one side carries', () => {
    expect(diff.onlyA.some((p) => has(p, 'three-hour'))).toBe(true);
    expect(diff.onlyA.some((p) => has(p, 'frozen elsewhere'))).toBe(true);
    expect(diff.onlyB.some((p) => has(p, 'three-way summit'))).toBe(true);
    expect(diff.onlyB.some((p) => has(p, 'February 2022'))).toBe(true);
  });

  it('does not report the sanctions paraphrase, the name spelling or the programme name as differences', () => {
    const about = (words: string): Difference[] =>
      diff.differences.filter((d) => has(d.a, words) || has(d.b, words));
    expect(about('sanctions')).toEqual([]);
    expect(about('Zelensk')).toEqual([]);
    // The Witkoff sentences differ in their quote, not in the venue: CNN's State of the Union is CNN.
    const witkoff = about('State of the Union');
    expect(witkoff.map((d) => d.kind)).not.toContain('attribution');
    // …and they are recognised as saying the same thing.
    expect(
      diff.agreements.some((p) => has(p.a, 'may be expanded') && has(p.b, 'potentially intensify')),
    ).toBe(true);
  });

  it('reports neither headings nor the tweet embed as carried by one side only', () => {
    const only = [...diff.onlyA, ...diff.onlyB].map((p) => p.text);
    expect(only).not.toContain('Russia’s response');
    expect(only).not.toContain('The Difficult Road Ahead');
    expect(only.some((t) => t.includes('pic.twitter.com') || t.includes('@WhiteHouse'))).toBe(false);
  });

  it('gives passages whose offsets index into each article’s text', () => {
    for (const d of diff.differences) {
      expect(textA.slice(d.a.start, d.a.end)).toBe(d.a.text);
      expect(textB.slice(d.b.start, d.b.end)).toBe(d.b.text);
    }
    for (const p of diff.onlyA) expect(textA.slice(p.start, p.end)).toBe(p.text);
    for (const p of diff.onlyB) expect(textB.slice(p.start, p.end)).toBe(p.text);
  });
});
