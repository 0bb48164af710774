/**
 * The seed pair through the analysis the popup and overlay show: the certainty said in other words
 * and the Witkoff and Putin statements quoted differently are reported; in a language claims do
 * not support, nothing is compared and the analysis says so.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeArticle, type Analysis } from '@/lib/analysis/analyze';
import { saveArticle } from '@/lib/corpus/articles';
import type { CorpusDb } from '@/lib/corpus/db';
import type { Difference } from '@/lib/claims/compare';
import { freshCorpus } from '../../helpers/corpus';
import { repositorySeeds } from '../../helpers/seeds';

const [seedA, seedB] = repositorySeeds();
let db: CorpusDb;
let analysis: Analysis;

beforeAll(async () => {
  db = freshCorpus();
  for (const s of [seedA!, seedB!]) {
    await saveArticle(
      db,
      {
        id: s.id,
        url: null,
        canonicalUrl: null,
        title: s.title,
        byline: null,
        siteName: s.siteName,
        publishedTime: s.publishedTime,
        lang: s.lang,
        text: s.text,
        sentences: s.sentences,
      },
      'seed',
      0,
    );
  }
  analysis = await analyzeArticle(db, { ...seedA!, url: null, canonicalUrl: null, byline: null });
}, 60_000);

const about = (a: string, b: string): Difference[] =>
  analysis.comparisons
    .flatMap((c) => c.differences)
    .filter((d) => d.a.text.includes(a) && d.b.text.includes(b));

describe('the seed pair in the analysis', () => {
  it('compares the first seed with the second', () => {
    expect(analysis.comparisons.map((c) => c.with)).toEqual([seedB!.id]);
    expect(analysis.claimsUnavailable).toBeUndefined();
  });

  it('reports openness vs a refusal withheld as a certainty difference', () => {
    const [d] = about('Russia is open to', 'Russia has not outright rejected').filter(
      (x) => x.kind === 'certainty',
    );
    expect(d?.detail).toMatch(/intent or openness.*vs.*possibility/);
  });

  it('reports "agreed to consider" vs "did not dismiss", told in the next sentence, as a certainty difference', () => {
    const [d] = about('had agreed to consider', 'Russia did not dismiss such a proposal').filter(
      (x) => x.kind === 'certainty',
    );
    expect(d?.detail).toContain('agreed to consider');
    // The other passage is both sentences, as written.
    expect(d?.b.text).toContain('could offer Article 5 protection,” a reference');
  });

  it('reports Witkoff quoted in different fragments as a quote difference', () => {
    const kinds = about(
      '“similar to Article 5”',
      '“the United States could offer Article 5 protection,”',
    ).map((d) => d.kind);
    expect(kinds).toContain('quote');
  });

  it('reports Putin told in other words vs quoted as a quote difference', () => {
    const [d] = about('a system that ensures Ukraine’s security', '“must be ensured by all means,”').filter(
      (x) => x.kind === 'quote',
    );
    expect(d?.detail).toBe('told in other words vs quoted as “must be ensured by all means”');
  });

  it('does not call the sanctions hedge or CNN’s programme a difference', () => {
    const all = analysis.comparisons.flatMap((c) => c.differences);
    expect(all.filter((d) => d.a.text.includes('may be expanded'))).toEqual([]);
    expect(all.filter((d) => d.kind === 'attribution' && d.b.text.includes('State of the Union'))).toEqual(
      [],
    );
  });

  it('compares nothing for an article in a language claims do not support, and says so', async () => {
    const german = await analyzeArticle(db, {
      ...seedA!,
      id: null,
      url: null,
      canonicalUrl: null,
      byline: null,
      lang: 'de-DE',
    });
    expect(german.comparisons).toEqual([]);
    expect(german.claimsUnavailable).toBe('Sentence comparison is not available for German.');
    // Related coverage is still listed.
    expect(german.related.some((r) => r.id === seedB!.id)).toBe(true);
  });
});
