import { describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { countArticles } from '@/lib/corpus/articles';
import { openCorpus } from '@/lib/corpus/db';
import { allDocumentFrequencies } from '@/lib/corpus/stats';
import { freshCorpus } from '../../helpers/corpus';

describe('corpus schema, version 4', () => {
  it('opens with the tables and indexes matching and storage rely on', async () => {
    const db = freshCorpus();
    await db.open();
    expect(db.verno).toBe(4);
    const indexes = Object.fromEntries(
      db.tables.map((t) => [
        t.name,
        t.schema.indexes.map((i) => `${i.unique ? '&' : ''}${i.multi ? '*' : ''}${i.name}`).sort(),
      ]),
    );
    expect(indexes).toEqual({
      articles: ['&canonicalUrl', '*tags', 'exactHash', 'origin', 'readAt', 'savedAt', 'siteName', 'url'],
      features: ['*keys', '*nearKeys', 'weightedAt'],
      stats: [],
      meta: [],
      claims: [],
      statDeltas: [],
      removedSeeds: [],
      words: ['*words'],
    });
  });

  it('opens a version 3 corpus with its articles in the new word index and none of them read', async () => {
    const dependencies = {
      indexedDB: new IDBFactory(),
      IDBKeyRange: IDBKeyRange as unknown as typeof globalThis.IDBKeyRange,
    };
    // Version 3 exactly as it shipped.
    const v3 = new Dexie('upgrade-3', dependencies);
    v3.version(1).stores({
      articles: 'id, &canonicalUrl, exactHash, url, origin, savedAt, siteName, *tags',
      features: 'id, *keys, *nearKeys, weightedAt',
      stats: 'key',
      meta: 'key',
      claims: 'id, articleId, *keys',
    });
    v3.version(2).stores({ statDeltas: '++seq', removedSeeds: 'id' });
    v3.version(3).stores({ claims: 'id' });
    await v3.table('articles').put({
      id: 'a',
      url: null,
      title: 'Ferry harbour',
      byline: 'By Ann Lee',
      siteName: null,
      publishedTime: null,
      savedAt: 5,
      origin: 'saved',
      lang: null,
      text: 'The ferry left the harbour.',
      sentences: [],
      tags: [],
      exactHash: 'x',
    });
    // More articles than one upgrade step reads: the word rows are built in batches.
    await v3.table('articles').bulkPut(
      Array.from({ length: 1_203 }, (_, i) => ({
        id: `b${String(i).padStart(4, '0')}`,
        url: null,
        title: 'Café',
        byline: null,
        siteName: null,
        publishedTime: null,
        savedAt: 6 + i,
        origin: 'saved',
        lang: null,
        text: `Note ${i}.`,
        sentences: [],
        tags: [],
        exactHash: `x${i}`,
      })),
    );
    v3.close();
    const db = openCorpus('upgrade-3', dependencies);
    const row = await db.words.get('a');
    expect(row?.words.sort()).toEqual(['ann', 'by', 'ferry', 'harbour', 'lee', 'left', 'the']);
    expect(await db.words.where('words').equals('harbour').primaryKeys()).toEqual(['a']);
    expect(await db.words.count()).toBe(1_204);
    // Folded as every comparison folds: "Café" is indexed as "cafe".
    expect(await db.words.where('words').equals('cafe').count()).toBe(1_203);
    expect((await db.articles.get('a'))?.readAt).toBeUndefined();
    expect(await db.articles.where('readAt').above(0).count()).toBe(0);
  });

  it('opens a version 1 corpus with its rows intact and the new tables empty', async () => {
    const factory = new IDBFactory();
    const dependencies = {
      indexedDB: factory,
      IDBKeyRange: IDBKeyRange as unknown as typeof globalThis.IDBKeyRange,
    };
    // Version 1 exactly as it shipped.
    const v1 = new Dexie('upgrade', dependencies);
    v1.version(1).stores({
      articles: 'id, &canonicalUrl, exactHash, url, origin, savedAt, siteName, *tags',
      features: 'id, *keys, *nearKeys, weightedAt',
      stats: 'key',
      meta: 'key',
      claims: 'id, articleId, *keys',
    });
    await v1.table('stats').put({ key: 't:harbour', df: 3 });
    await v1.table('meta').put({ key: 'docCount', value: 3 });
    v1.close();
    const db = openCorpus('upgrade', dependencies);
    expect(await allDocumentFrequencies(db)).toEqual(new Map([['t:harbour', 3]]));
    expect(await countArticles(db)).toBe(3);
    expect(await db.statDeltas.count()).toBe(0);
    expect(await db.removedSeeds.count()).toBe(0);
  });

  it('opens a version 2 corpus with its claims kept and their quote keys dropped', async () => {
    const factory = new IDBFactory();
    const dependencies = {
      indexedDB: factory,
      IDBKeyRange: IDBKeyRange as unknown as typeof globalThis.IDBKeyRange,
    };
    // Version 2 exactly as it shipped.
    const v2 = new Dexie('upgrade-2', dependencies);
    v2.version(1).stores({
      articles: 'id, &canonicalUrl, exactHash, url, origin, savedAt, siteName, *tags',
      features: 'id, *keys, *nearKeys, weightedAt',
      stats: 'key',
      meta: 'key',
      claims: 'id, articleId, *keys',
    });
    v2.version(2).stores({ statDeltas: '++seq', removedSeeds: 'id' });
    const claim = { version: 1, claims: [{ s: [0, 10], n: [0] }] };
    await v2.table('claims').put({ id: 'a', articleId: 'a', keys: ['q:0123abcd'], claim });
    v2.close();
    const db = openCorpus('upgrade-2', dependencies);
    expect(await db.claims.toArray()).toEqual([{ id: 'a', claim }]);
    expect(db.claims.schema.indexes).toEqual([]);
  });

  it('rejects a second article with the same canonical URL, and allows any number without one', async () => {
    const db = freshCorpus();
    const base = {
      url: null,
      title: 't',
      byline: null,
      siteName: null,
      publishedTime: null,
      savedAt: 0,
      origin: 'saved' as const,
      lang: null,
      text: '',
      sentences: [],
      tags: [],
      exactHash: 'x',
    };
    await db.articles.add({ ...base, id: 'a', canonicalUrl: 'https://x.example/1' });
    await expect(
      db.articles.add({ ...base, id: 'b', canonicalUrl: 'https://x.example/1' }),
    ).rejects.toThrow();
    await db.articles.add({ ...base, id: 'c' });
    await db.articles.add({ ...base, id: 'd' });
    expect(await db.articles.count()).toBe(3);
  });
});
