import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CorpusDb } from '@/lib/corpus/db';
import { importSeeds } from '@/lib/corpus/import-seeds';
import { listCorpus } from '@/lib/corpus-manager/list-corpus';
import { snippetOf } from '@/lib/corpus-manager/list-corpus';
import { parseWords, type CorpusQuery } from '@/lib/corpus/search';
import { freshCorpus } from '../../helpers/corpus';
import { repositorySeeds } from '../../helpers/seeds';
import { freshStaging, transferFor } from '../transfer/helpers';
import { syntheticArticles } from '../transfer/synthetic-corpus';

const SEED_A = '000_aff521f138871a15';
const SEED_B = '001_dffb23fcff858348';
const all: CorpusQuery = { words: '', outlet: null, from: null, to: null, limit: 100 };
let db: CorpusDb;

const ids = (groups: { id: string }[][]) => groups.map((g) => g.map((r) => r.id));

describe('listCorpus', () => {
  beforeEach(async () => {
    db = freshCorpus();
    await importSeeds(db, repositorySeeds(), Date.UTC(2026, 0, 1));
    const transfer = transferFor(db, freshStaging());
    const articles = syntheticArticles(12);
    const { importId } = await transfer.begin(articles.length);
    await transfer.chunk(importId, 0, articles);
    await transfer.commit(importId);
  });
  afterEach(() => db.close());

  it('lists everything newest saved first, the two seeds as one story', async () => {
    const listing = await listCorpus(db, all);
    expect(listing.corpusSize).toBe(14);
    expect(listing.complete).toBe(true);
    const groups = ids(listing.groups);
    expect(groups.flat()).toHaveLength(14);
    // The seeds were saved last (at import); synthetic ids count up with their saved time.
    expect(groups[0]!.sort()).toEqual([SEED_A, SEED_B]);
    expect(groups[1]).toContain('syn-000012');
    expect(listing.outlets).toContain('Reuters');
  });

  it('groups each synthetic story and nothing across stories', async () => {
    const articles = syntheticArticles(12);
    const storyOf = new Map(articles.map((a) => [a.id, a.title]));
    const groups = ids((await listCorpus(db, all)).groups).filter((g) => g[0]!.startsWith('syn-'));
    for (const group of groups) expect(new Set(group.map((id) => storyOf.get(id))).size).toBe(1);
    const stories = new Set(articles.map((a) => a.title));
    expect(groups).toHaveLength(stories.size);
  });

  it('finds words in any case, and quoted phrases, in title or text, with a snippet', async () => {
    const listing = await listCorpus(db, { ...all, words: 'witkoff "ARTICLE 5"' });
    expect(ids(listing.groups).flat().sort()).toEqual([SEED_A, SEED_B].sort());
    for (const row of listing.groups.flat()) expect(row.snippet?.toLowerCase()).toMatch(/witkoff|article 5/);
    expect((await listCorpus(db, { ...all, words: '"article 5 nonsense"' })).groups).toEqual([]);
  });

  it('filters by outlet and by published date range', async () => {
    const reuters = await listCorpus(db, { ...all, outlet: 'Reuters' });
    expect(reuters.groups.flat().every((r) => r.siteName === 'Reuters')).toBe(true);
    expect(reuters.groups.flat().length).toBeGreaterThan(0);
    const day = await listCorpus(db, { ...all, from: '2025-08-17', to: '2025-08-17' });
    expect(ids(day.groups).flat().sort()).toEqual(
      (await db.articles.toArray())
        .filter((a) => a.publishedTime?.startsWith('2025-08-17'))
        .map((a) => a.id)
        .sort(),
    );
    expect((await listCorpus(db, { ...all, from: '2030-01-01' })).groups).toEqual([]);
  });

  it('stops at the limit and says more match', async () => {
    const listing = await listCorpus(db, { ...all, limit: 5 });
    expect(listing.groups.flat()).toHaveLength(5);
    expect(listing.complete).toBe(false);
    expect(ids(listing.groups).flat().sort()).toEqual([
      SEED_A,
      SEED_B,
      'syn-000010',
      'syn-000011',
      'syn-000012',
    ]);
  });
});

describe('parseWords and snippetOf', () => {
  it('splits words and "quoted phrases", lower-cased, once each', () => {
    expect(parseWords(' Witkoff  "Article   5" witkoff "" ')).toEqual(['witkoff', 'article 5']);
  });

  it('cuts text around the first match', () => {
    const text = `${'a '.repeat(100)}needle ${'b '.repeat(100)}`;
    const snippet = snippetOf(text, ['needle'], 40)!;
    expect(snippet).toMatch(/^….*needle.*…$/);
    expect(snippet.length).toBeLessThanOrEqual(42);
    expect(snippetOf(text, [])).toBeNull();
  });
});
