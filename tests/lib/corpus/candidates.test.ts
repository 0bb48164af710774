import { describe, expect, it, vi } from 'vitest';
import { saveArticle, type ArticleInput } from '@/lib/corpus/articles';
import { importArticles } from '@/lib/corpus/import-articles';
import { findRelatedOfStored } from '@/lib/corpus/find-related';
import { splitSentences } from '@/lib/text/sentences';
import { freshCorpus } from '../../helpers/corpus';
import { FERRY_A, FERRY_B } from '../match/stories';

/** Filler reports about invented town matters, each with its own names: none shares a story. */
function filler(i: number): ArticleInput {
  const place = `Town${String.fromCharCode(65 + (i % 26))}${String.fromCharCode(65 + Math.floor(i / 26))}ville`;
  const text = `The council of ${place} approved plan ${i} for its market square on Monday. Mayor Lenna Q${i}son said work starts in spring.`;
  return {
    id: `filler-${i}`,
    url: null,
    canonicalUrl: null,
    title: `${place} approves market plan`,
    byline: null,
    siteName: null,
    publishedTime: '2031-03-01',
    lang: 'en',
    text,
    sentences: splitSentences(text),
  };
}

describe('candidate retrieval', () => {
  it('reads only the rows of articles that share a rare key with the query, not the corpus', async () => {
    const db = freshCorpus();
    await importArticles(
      db,
      Array.from({ length: 300 }, (_, i) => filler(i)),
      'imported',
      1,
      {
        identity: 'id',
        claims: false,
      },
    );
    await saveArticle(db, FERRY_A, 'saved', 1);
    await saveArticle(db, FERRY_B, 'saved', 1);
    const bulkGet = vi.spyOn(db.features, 'bulkGet');
    const matches = await findRelatedOfStored(db, FERRY_A.id);
    expect(matches.map((m) => m.id)).toEqual([FERRY_B.id]);
    const read = new Set(bulkGet.mock.calls.flatMap(([ids]) => ids as string[]));
    // A handful of the 302 rows: the query's own, the other report, and any filler that happens to
    // share a retrieval key (filler 212's "plan 212" shares the quantity of "212 passengers").
    expect(read.size).toBeLessThanOrEqual(4);
    expect(read).toContain(FERRY_B.id);
    const own = new Set((await db.features.get(FERRY_A.id))!.keys);
    for (const id of read) {
      if (id === FERRY_A.id) continue;
      const keys = (await db.features.get(id))!.keys;
      expect(keys.some((k) => own.has(k))).toBe(true);
    }
  });
});
