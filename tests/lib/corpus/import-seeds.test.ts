import { describe, expect, it } from 'vitest';
import { allDocumentFrequencies } from '@/lib/corpus/stats';
import { countArticles, deleteArticle, saveArticle } from '@/lib/corpus/articles';
import { importSeeds } from '@/lib/corpus/import-seeds';
import { freshCorpus } from '../../helpers/corpus';
import { repositorySeeds } from '../../helpers/seeds';

describe('importSeeds', () => {
  it('imports each seed once, however often it runs', async () => {
    const db = freshCorpus();
    const seeds = repositorySeeds();
    const first = await importSeeds(db, seeds, 1000);
    const second = await importSeeds(db, seeds, 2000);
    expect(first.added.sort()).toEqual(['000_aff521f138871a15', '001_dffb23fcff858348']);
    expect(second).toEqual({
      added: [],
      replaced: [],
      unchanged: first.added,
      removed: [],
      deletedByReader: [],
    });
    expect(await db.articles.count()).toBe(2);
    expect(await db.features.count()).toBe(2);
    expect(await countArticles(db)).toBe(2);
  });

  it('replaces a seed whose version changed, keeping one record and consistent statistics', async () => {
    const db = freshCorpus();
    const seeds = repositorySeeds();
    await importSeeds(db, seeds, 1000);
    const statsBefore = [...(await allDocumentFrequencies(db)).keys()];
    const changed = [{ ...seeds[0]!, seedVersion: 'v2', title: 'A corrected headline' }, seeds[1]!];
    const report = await importSeeds(db, changed, 2000);
    expect(report.replaced).toEqual(['000_aff521f138871a15']);
    expect(await db.articles.count()).toBe(2);
    expect((await db.articles.get('000_aff521f138871a15'))?.title).toBe('A corrected headline');
    // Same text and a title of common words: the df of the body's terms is unchanged.
    const statsAfter = await allDocumentFrequencies(db);
    for (const key of statsBefore)
      if (!key.startsWith('t:trump') && statsAfter.has(key))
        expect(statsAfter.get(key)).toBeLessThanOrEqual(2);
    expect(await countArticles(db)).toBe(2);
  });

  it('removes a seed that is no longer shipped and leaves saved articles alone', async () => {
    const db = freshCorpus();
    const seeds = repositorySeeds();
    await importSeeds(db, seeds, 1000);
    const report = await importSeeds(db, [seeds[1]!], 2000);
    expect(report.removed).toEqual(['000_aff521f138871a15']);
    expect(await db.articles.count()).toBe(1);
    expect(await countArticles(db)).toBe(1);
  });

  it('leaves out a seed the reader deleted, at every later import, until the reader saves it again', async () => {
    const db = freshCorpus();
    const seeds = repositorySeeds();
    await importSeeds(db, seeds, 1000);
    expect(await deleteArticle(db, '000_aff521f138871a15', { byReaderAt: 1500 })).toBe(true);
    const report = await importSeeds(db, seeds, 2000);
    expect(report.deletedByReader).toEqual(['000_aff521f138871a15']);
    expect(report.added).toEqual([]);
    expect(await db.articles.get('000_aff521f138871a15')).toBeUndefined();
    expect(await countArticles(db)).toBe(1);
    // A new version of the seed does not bring it back either.
    const changed = [{ ...seeds[0]!, seedVersion: 'v2' }, seeds[1]!];
    expect((await importSeeds(db, changed, 3000)).deletedByReader).toEqual(['000_aff521f138871a15']);
    // Saving it again (an undo, an import) clears the mark.
    const seed = seeds[0]!;
    await saveArticle(db, { ...seed, url: null, canonicalUrl: null, byline: null }, 'seed', 4000);
    expect(await db.removedSeeds.count()).toBe(0);
    expect((await importSeeds(db, seeds, 5000)).deletedByReader).toEqual([]);
  });

  it('removes a seed the extension stopped shipping without marking it deleted by the reader', async () => {
    const db = freshCorpus();
    const seeds = repositorySeeds();
    await importSeeds(db, seeds, 1000);
    await importSeeds(db, [seeds[1]!], 2000);
    expect(await db.removedSeeds.count()).toBe(0);
    expect((await importSeeds(db, seeds, 3000)).added).toEqual(['000_aff521f138871a15']);
  });
});
