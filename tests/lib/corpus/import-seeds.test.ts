import { describe, expect, it } from 'vitest';
import { countArticles } from '@/lib/corpus/articles';
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
    expect(second).toEqual({ added: [], replaced: [], unchanged: first.added, removed: [] });
    expect(await db.articles.count()).toBe(2);
    expect(await db.features.count()).toBe(2);
    expect(await countArticles(db)).toBe(2);
  });

  it('replaces a seed whose version changed, keeping one record and consistent statistics', async () => {
    const db = freshCorpus();
    const seeds = repositorySeeds();
    await importSeeds(db, seeds, 1000);
    const statsBefore = await db.stats.toArray();
    const changed = [{ ...seeds[0]!, seedVersion: 'v2', title: 'A corrected headline' }, seeds[1]!];
    const report = await importSeeds(db, changed, 2000);
    expect(report.replaced).toEqual(['000_aff521f138871a15']);
    expect(await db.articles.count()).toBe(2);
    expect((await db.articles.get('000_aff521f138871a15'))?.title).toBe('A corrected headline');
    // Same text and a title of common words: the df of the body's terms is unchanged.
    const statsAfter = new Map((await db.stats.toArray()).map((s) => [s.key, s.df]));
    for (const s of statsBefore)
      if (!s.key.startsWith('t:trump') && statsAfter.has(s.key))
        expect(statsAfter.get(s.key)).toBeLessThanOrEqual(2);
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
});
