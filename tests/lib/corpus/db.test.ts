import { describe, expect, it } from 'vitest';
import { freshCorpus } from '../../helpers/corpus';

/** The schema's one version so far; a later version adds its migration test here. */
describe('corpus schema, version 1', () => {
  it('opens with the tables and indexes matching and storage rely on', async () => {
    const db = freshCorpus();
    await db.open();
    expect(db.verno).toBe(1);
    const indexes = Object.fromEntries(
      db.tables.map((t) => [
        t.name,
        t.schema.indexes.map((i) => `${i.unique ? '&' : ''}${i.multi ? '*' : ''}${i.name}`).sort(),
      ]),
    );
    expect(indexes).toEqual({
      articles: ['&canonicalUrl', '*tags', 'exactHash', 'origin', 'savedAt', 'siteName', 'url'],
      features: ['*keys', '*nearKeys', 'weightedAt'],
      stats: [],
      meta: [],
      claims: ['*keys', 'articleId'],
    });
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
