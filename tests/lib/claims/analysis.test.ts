/** analyzeArticle with the claims engine: comparisons from stored claims, and corroboration counts. */
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '@/lib/analysis/analyze';
import { saveArticle } from '@/lib/corpus/articles';
import { freshCorpus } from '../../helpers/corpus';
import { repositorySeeds } from '../../helpers/seeds';

describe('analysis of the seed story', () => {
  it('compares with the other report and counts who carries each statement', async () => {
    const db = freshCorpus();
    const [a, b] = repositorySeeds();
    for (const s of [a!, b!]) {
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
    const analysis = await analyzeArticle(db, {
      ...a!,
      id: a!.id,
      url: null,
      canonicalUrl: null,
      byline: null,
    });
    expect(analysis.comparisons.map((c) => c.with)).toEqual([b!.id]);
    const kinds = analysis.comparisons[0]!.differences.map((d) => d.kind);
    expect(kinds).toEqual(expect.arrayContaining(['quote', 'attribution', 'certainty']));
    const sources = (words: string): number | undefined =>
      analysis.corroboration?.find((c) => c.text.includes(words))?.sources;
    expect(sources('may be expanded')).toBe(2);
    expect(sources('front lines frozen elsewhere')).toBe(2);
    expect(sources('The clause treats an attack')).toBe(1);
  });
});
