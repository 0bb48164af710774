import { describe, expect, it } from 'vitest';
import { allDocumentFrequencies } from '@/lib/corpus/stats';
import { countArticles } from '@/lib/corpus/articles';
import { importArticles } from '@/lib/corpus/import-articles';
import { freshCorpus } from '../../helpers/corpus';
import { ALL, FERRY_A } from '../match/stories';
import { recount } from './recount';

describe('importArticles', () => {
  it('keeps two lines with the same text as two articles when identity is by id', async () => {
    const db = freshCorpus();
    const ids = await importArticles(
      db,
      [FERRY_A, { ...FERRY_A, id: 'twin', canonicalUrl: null }],
      'imported',
      1,
      {
        identity: 'id',
      },
    );
    expect(ids).toEqual([FERRY_A.id, 'twin']);
    expect(await countArticles(db)).toBe(2);
  });

  it('merges the same text into one article when identity is by content', async () => {
    const db = freshCorpus();
    const ids = await importArticles(
      db,
      [FERRY_A, { ...FERRY_A, id: undefined, canonicalUrl: null, tags: ['twice'] }],
      'imported',
      1,
      { identity: 'content' },
    );
    expect(ids).toEqual([FERRY_A.id, FERRY_A.id]);
    expect(await db.articles.count()).toBe(1);
    expect(await recount(db)).toEqual(await allDocumentFrequencies(db));
  });

  it('weights every row on the final corpus when asked for exact weights', async () => {
    const db = freshCorpus();
    await importArticles(db, ALL, 'imported', 1, { identity: 'id', batchSize: 1, exactWeights: true });
    const rows = await db.features.toArray();
    expect(rows.map((r) => r.weightedAt)).toEqual(rows.map(() => ALL.length));
  });

  it('stores claims in the same batches unless told not to', async () => {
    const withClaims = freshCorpus();
    await importArticles(withClaims, ALL, 'imported', 1, { identity: 'id' });
    expect(await withClaims.claims.count()).toBe(ALL.length);
    const without = freshCorpus();
    await importArticles(without, ALL, 'imported', 1, { identity: 'id', claims: false });
    expect(await without.claims.count()).toBe(0);
  });
});
