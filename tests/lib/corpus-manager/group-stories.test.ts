import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dayOf } from '@/lib/corpus/articles';
import type { CorpusDb, StoredArticle } from '@/lib/corpus/db';
import { importSeeds } from '@/lib/corpus/import-seeds';
import { groupByStory } from '@/lib/corpus-manager/group-stories';
import { findRelated } from '@/lib/corpus/find-related';
import { freshCorpus } from '../../helpers/corpus';
import { repositorySeeds } from '../../helpers/seeds';
import { freshStaging, transferFor } from '../transfer/helpers';
import { syntheticArticles } from '../transfer/synthetic-corpus';

/** The slow reference: connected components of findRelated's same-story links among `articles`. */
async function groupWithFindRelated(db: CorpusDb, articles: StoredArticle[]): Promise<string[][]> {
  const index = new Map(articles.map((a, i) => [a.id, i]));
  const parent = articles.map((_, i) => i);
  const root = (i: number): number => (parent[i] === i ? i : (parent[i] = root(parent[i]!)));
  for (const [i, a] of articles.entries()) {
    const features = (await db.features.get(a.id))!;
    const matches = await findRelated(
      db,
      { title: a.title, text: a.text, day: features.day ?? dayOf(a.publishedTime), features },
      { excludeId: a.id, limit: 50 },
    );
    for (const m of matches) {
      const j = index.get(m.id);
      if (m.sameStory && j !== undefined) parent[root(i)] = root(j);
    }
  }
  const groups = new Map<number, string[]>();
  articles.forEach((a, i) => groups.set(root(i), [...(groups.get(root(i)) ?? []), a.id]));
  return [...groups.values()];
}

describe('groupByStory', () => {
  let db: CorpusDb;
  beforeAll(async () => {
    db = freshCorpus();
    await importSeeds(db, repositorySeeds(), Date.UTC(2026, 0, 1));
    const transfer = transferFor(db, freshStaging());
    const articles = syntheticArticles(60, { seed: 11, wordsPerArticle: 300 });
    // A syndicated copy: most of the text under another outlet and URL, its last paragraph cut.
    const paragraphs = articles[5]!.text.split('\n\n');
    const copy = {
      ...articles[5]!,
      id: 'copy',
      url: null,
      canonicalUrl: null,
      title: 'Wire copy',
      text: [...paragraphs.slice(0, -1), 'Additional reporting by the wire service.'].join('\n\n'),
    };
    const { importId } = await transfer.begin(articles.length + 1);
    await transfer.chunk(importId, 0, [...articles, copy]);
    await transfer.commit(importId);
    // Importing 61 articles computes their features and claims: seconds on a loaded 2-core machine.
  }, 120_000);
  afterAll(() => db.close());

  it('agrees with findRelated, the matcher the popup uses', async () => {
    const articles = await db.articles.orderBy('savedAt').reverse().toArray();
    const fast = (await groupByStory(db, articles)).map((g) => g.map((a) => a.id));
    expect(fast).toEqual(await groupWithFindRelated(db, articles));
    expect(fast.some((g) => g.length > 1)).toBe(true);
    expect(fast).toContainEqual(expect.arrayContaining(['000_aff521f138871a15', '001_dffb23fcff858348']));
    expect(fast.find((g) => g.includes('copy'))).toContain('syn-000006');
  });

  it('groups only the articles it is given, in their order', async () => {
    const seeds = await db.articles.bulkGet(['001_dffb23fcff858348', 'syn-000001', '000_aff521f138871a15']);
    const groups = await groupByStory(db, seeds as StoredArticle[]);
    expect(groups.map((g) => g.map((a) => a.id))).toEqual([
      ['001_dffb23fcff858348', '000_aff521f138871a15'],
      ['syn-000001'],
    ]);
  });
});
