import { describe, expect, it } from 'vitest';
import { countArticles, saveArticle } from '@/lib/corpus/articles';
import { expireRead, forgetRead, keepAsSaved } from '@/lib/corpus/retention';
import { allDocumentFrequencies } from '@/lib/corpus/stats';
import { freshCorpus } from '../../helpers/corpus';
import { articleInput } from '../../helpers/articles';
import { recount } from './recount';

const DAY = 86_400_000;
const NOW = 1_760_000_000_000;

function article(i: number) {
  return articleInput(
    `a${i}`,
    `Report ${i} on the harbour`,
    `Crews in town ${i} repaired quay number ${i} today.`,
  );
}

describe('retention of read articles', () => {
  it('expires read articles past retention in batches, keeps saved ones, and keeps statistics exact', async () => {
    const db = freshCorpus();
    for (let i = 0; i < 30; i++) await saveArticle(db, article(i), 'read', NOW - 100 * DAY);
    await saveArticle(db, article(30), 'read', NOW - DAY);
    await saveArticle(db, article(31), 'saved', NOW - 200 * DAY);
    // Read long ago, then saved: counts as saved and never expires.
    await saveArticle(db, article(32), 'read', NOW - 200 * DAY);
    await saveArticle(db, article(32), 'saved', NOW - 199 * DAY);
    expect((await db.articles.get('a32'))?.origin).toBe('saved');

    expect(await expireRead(db, NOW, 90, 25)).toBe(25);
    expect(await expireRead(db, NOW, 90, 25)).toBe(5);
    expect(await expireRead(db, NOW, 90, 25)).toBe(0);
    expect((await db.articles.toCollection().primaryKeys()).sort()).toEqual(['a30', 'a31', 'a32']);
    expect(await countArticles(db)).toBe(3);
    expect(await allDocumentFrequencies(db)).toEqual(await recount(db));
    expect(await db.words.count()).toBe(3);
  });

  it('reading a saved article keeps it saved and records when it was read', async () => {
    const db = freshCorpus();
    await saveArticle(db, article(1), 'saved', NOW - DAY);
    await saveArticle(db, article(1), 'read', NOW);
    expect(await db.articles.get('a1')).toMatchObject({ origin: 'saved', readAt: NOW, savedAt: NOW - DAY });
  });

  it('forgets the last hour, then everything, never removing a saved article', async () => {
    const db = freshCorpus();
    await saveArticle(db, article(1), 'read', NOW - 2 * DAY);
    await saveArticle(db, article(2), 'read', NOW - 10 * 60_000);
    await saveArticle(db, article(3), 'saved', NOW - 3 * DAY);
    await saveArticle(db, article(3), 'read', NOW - 5 * 60_000);
    expect(await forgetRead(db, NOW - 3_600_000)).toBe(1);
    expect((await db.articles.toCollection().primaryKeys()).sort()).toEqual(['a1', 'a3']);
    expect((await db.articles.get('a3'))?.readAt).toBeUndefined();
    expect(await forgetRead(db, null)).toBe(1);
    expect(await db.articles.toCollection().primaryKeys()).toEqual(['a3']);
    expect(await allDocumentFrequencies(db)).toEqual(await recount(db));
  });

  it('turns a read article into a saved one, which then never expires', async () => {
    const db = freshCorpus();
    await saveArticle(db, article(1), 'read', NOW - 100 * DAY);
    expect(await keepAsSaved(db, 'a1')).toBe(true);
    expect(await keepAsSaved(db, 'a1')).toBe(false);
    expect(await expireRead(db, NOW, 90)).toBe(0);
    expect((await db.articles.get('a1'))?.origin).toBe('saved');
  });
});
