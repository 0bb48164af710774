import { describe, expect, it } from 'vitest';
import { countArticles } from '@/lib/corpus/articles';
import { searchArticles } from '@/lib/corpus/search';
import { allDocumentFrequencies } from '@/lib/corpus/stats';
import { freshCorpus } from '../../helpers/corpus';
import { recount } from '../corpus/recount';
import { transferFor } from './helpers';
import { syntheticArticles } from './synthetic-corpus';

// 10,000 took over 20 minutes in fake-indexeddb on a loaded 2-core machine; 2,000 spans four
// commit batches, which is what the batching needs.
const COUNT = 2_000;
const CHUNK = 500;

describe('importing thousands of articles', () => {
  it('adds every one, finds them by word, and keeps the statistics exact', async () => {
    const db = freshCorpus();
    const transfer = transferFor(db);
    // Short texts: the import's batching is what is tested here, not the extraction of long ones.
    const articles = syntheticArticles(COUNT, { wordsPerArticle: 25 });
    const { importId } = await transfer.begin(COUNT);
    for (let at = 0; at < COUNT; at += CHUNK)
      await transfer.chunk(importId, at, articles.slice(at, at + CHUNK));
    const report = await transfer.commit(importId);
    expect(report).toMatchObject({ total: COUNT, added: COUNT, updated: 0, skippedCount: 0 });
    expect(await db.articles.count()).toBe(COUNT);
    expect(await db.words.count()).toBe(COUNT);
    expect(await countArticles(db)).toBe(COUNT);
    expect(await allDocumentFrequencies(db)).toEqual(await recount(db));
    // The last article's title words find it (and only articles that have them).
    const last = articles.at(-1)!;
    const found = await searchArticles(db, {
      words: last.title,
      outlet: null,
      from: null,
      to: null,
      limit: 500,
    });
    expect(found.articles.map((a) => a.id)).toContain(last.id);
    db.close();
  }, 1_200_000);
});
