/**
 * Properties over arbitrary input: the claim engine never throws, always gives the same output for
 * the same input, keeps every offset inside the text, and stores claims without loss.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { packClaim, unpackClaim } from '@/lib/claims/codec';
import { compareArticles } from '@/lib/claims/compare';
import { extractClaims } from '@/lib/claims/extract-claims';
import { findQuotes } from '@/lib/claims/quotes';
import { article } from './helpers';

/** News-like fragments, so the generator reaches quotes, names, numbers, dates and cues. */
const fragment = fc.constantFrom(
  '“',
  '”',
  '"',
  "'",
  '‘',
  '’',
  '«',
  '»',
  '„',
  ', ',
  '. ',
  '\n\n',
  ' said ',
  ' told CNN’s State of the Union ',
  ' according to ',
  'Rubio',
  'Ilse Van den Berg',
  ' he ',
  ' may ',
  'May 5, 2024',
  ' could ',
  ' agreed to ',
  ' not ',
  ' has not ruled out ',
  ' three-hour ',
  '$1.2 billion',
  '12 per cent',
  ' on Sunday ',
  ' yesterday ',
  'Article 5',
  ' — ',
  'pic.twitter.com/x',
  '(@WhiteHouse)',
  'Next steps',
);
const text = fc.oneof(
  fc.string({ maxLength: 160 }),
  fc
    .array(fc.oneof(fragment, fc.string({ maxLength: 12 })), { maxLength: 30 })
    .map((parts) => parts.join('')),
);
const RUNS = { numRuns: 60 };

describe('claim engine properties', () => {
  it('extracts claims from anything, the same way twice, with offsets inside the text', () => {
    fc.assert(
      fc.property(text, (raw) => {
        const a = article(raw);
        const first = extractClaims(a);
        expect(extractClaims(a)).toEqual(first);
        for (const c of first.claims) {
          expect(0 <= c.start && c.start <= c.end && c.end <= a.text.length).toBe(true);
          for (const s of [
            ...c.quotes,
            ...c.numbers,
            ...c.dates,
            ...c.certainty,
            ...c.negations,
            ...c.segments,
          ])
            expect(0 <= s.start && s.start <= s.end && s.end <= a.text.length).toBe(true);
        }
      }),
      RUNS,
    );
  });

  it('stores and restores claims without loss', () => {
    fc.assert(
      fc.property(text, (raw) => {
        const a = article(raw);
        for (const c of extractClaims(a).claims) expect(unpackClaim(packClaim(c, a.text), a.text)).toEqual(c);
      }),
      RUNS,
    );
  });

  it('compares any two texts, the same way twice, with passages that are slices of each text', () => {
    fc.assert(
      fc.property(text, text, (rawA, rawB) => {
        const a = article(rawA);
        const b = article(rawB);
        const diff = compareArticles(a, b);
        expect(compareArticles(a, b)).toEqual(diff);
        const check = (t: string, p: { text: string; start: number; end: number }): void =>
          expect(t.slice(p.start, p.end)).toBe(p.text);
        for (const d of diff.differences) {
          check(a.text, d.a);
          check(b.text, d.b);
        }
        for (const p of diff.onlyA) check(a.text, p);
        for (const p of diff.onlyB) check(b.text, p);
      }),
      RUNS,
    );
  });

  it('survives sentence offsets that do not fit the text', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 80 }),
        fc.array(
          fc.record({ start: fc.integer({ min: -5, max: 100 }), end: fc.integer({ min: -5, max: 100 }) }),
          {
            maxLength: 6,
          },
        ),
        (raw, sentences) => {
          expect(() => extractClaims({ text: raw, sentences })).not.toThrow();
        },
      ),
      RUNS,
    );
  });

  it('finds quotations inside the text, never empty', () => {
    fc.assert(
      fc.property(text, (raw) => {
        for (const q of findQuotes(raw)) {
          expect(q.start < q.end && q.end <= raw.length).toBe(true);
          expect(q.words.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 300 },
    );
  });
});
