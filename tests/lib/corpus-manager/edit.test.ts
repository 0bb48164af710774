import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { deleteArticle } from '@/lib/corpus/articles';
import type { CorpusDb } from '@/lib/corpus/db';
import { importSeeds } from '@/lib/corpus/import-seeds';
import { deleteForUndo, setArticleTags } from '@/lib/corpus-manager/edit';
import { freshCorpus } from '../../helpers/corpus';
import { repositorySeeds } from '../../helpers/seeds';

const SEED = '000_aff521f138871a15';
let db: CorpusDb;
beforeEach(async () => {
  db = freshCorpus();
  await importSeeds(db, repositorySeeds(), Date.UTC(2026, 0, 1));
});
afterEach(() => db.close());

describe('setArticleTags', () => {
  it('replaces the tags, once each, and accepts setting the same tags again', async () => {
    await expect(setArticleTags(db, SEED, ['a', 'b', 'a'])).resolves.toEqual({ tags: ['a', 'b'] });
    await expect(setArticleTags(db, SEED, ['a', 'b'])).resolves.toEqual({ tags: ['a', 'b'] });
    expect((await db.articles.get(SEED))!.tags).toEqual(['a', 'b']);
    expect(await db.articles.where('tags').equals('b').primaryKeys()).toEqual([SEED]);
    await expect(setArticleTags(db, SEED, [])).resolves.toEqual({ tags: [] });
  });
});

describe('deleteForUndo', () => {
  it('returns the export record and the seed version, and deletes through the given function', async () => {
    const removed: string[] = [];
    const { deleted } = await deleteForUndo(db, SEED, (id) => {
      removed.push(id);
      return deleteArticle(db, id);
    });
    expect(removed).toEqual([SEED]);
    expect(deleted).toMatchObject({
      id: SEED,
      origin: 'seed',
      seedVersion: repositorySeeds()[0]!.seedVersion,
    });
    expect(await db.articles.get(SEED)).toBeUndefined();
  });

  it('returns null when the article is gone or the delete did nothing', async () => {
    await expect(deleteForUndo(db, 'nope', () => Promise.resolve(true))).resolves.toEqual({ deleted: null });
    await expect(deleteForUndo(db, SEED, () => Promise.resolve(false))).resolves.toEqual({ deleted: null });
  });
});
