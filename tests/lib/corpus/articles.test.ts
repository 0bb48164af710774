import { describe, expect, it } from 'vitest';
import { allDocumentFrequencies } from '@/lib/corpus/stats';
import { countArticles, deleteArticle, saveArticle } from '@/lib/corpus/articles';
import { CLAIMS_VERSION } from '@/lib/claims/types';
import { vocabOf } from '@/lib/match/feature-row';
import { computeFeatures } from '@/lib/match/features';
import { idfOf } from '@/lib/match/vector';
import { splitSentences } from '@/lib/text/sentences';
import { freshCorpus } from '../../helpers/corpus';
import { FERRY_A, FERRY_A_COPY, FERRY_B } from '../match/stories';
import { recount } from './recount';

const NOW = Date.UTC(2031, 2, 20);

describe('saveArticle', () => {
  it('stores the same article saved twice once, with unchanged statistics', async () => {
    const db = freshCorpus();
    const first = await saveArticle(db, FERRY_A, 'saved', NOW);
    const stats = await allDocumentFrequencies(db);
    const second = await saveArticle(db, { ...FERRY_A, tags: ['again'] }, 'saved', NOW + 1_000);
    expect(second).toEqual({ id: first.id, replaced: true });
    expect(await db.articles.count()).toBe(1);
    expect(await countArticles(db)).toBe(1);
    expect(await allDocumentFrequencies(db)).toEqual(stats);
    // The first save time is kept; tags accumulate.
    expect(await db.articles.get(first.id)).toMatchObject({ savedAt: NOW, tags: ['again'] });
  });

  it('updates the record with the same canonical URL, and its statistics follow the new text', async () => {
    const db = freshCorpus();
    const { id } = await saveArticle(db, { ...FERRY_A, id: undefined }, 'saved', NOW);
    const text = `${FERRY_A.text} A later update named the Kessavik pilot, Aren Solvik.`;
    const updated = await saveArticle(
      db,
      { ...FERRY_A, id: undefined, text, sentences: splitSentences(text) },
      'saved',
      NOW,
    );
    expect(updated).toEqual({ id, replaced: true });
    expect((await db.articles.get(id))?.text).toBe(text);
    expect(await db.articles.count()).toBe(1);
    expect(vocabOf((await db.features.get(id))!)).toContain('p:aren solvik');
    expect((await allDocumentFrequencies(db)).get('p:aren solvik')).toBe(1);
    expect(await recount(db)).toEqual(await allDocumentFrequencies(db));
  });

  it('treats a near-identical text from the same URL, without a canonical URL, as the same article', async () => {
    const db = freshCorpus();
    const page = { ...FERRY_A, id: undefined, canonicalUrl: null };
    const { id } = await saveArticle(db, page, 'saved', NOW);
    // A re-scrape that picked up one more sentence: a new exact hash, the same page.
    const text = `${FERRY_A.text} Updated at 18:00.`;
    const again = await saveArticle(db, { ...page, text, sentences: splitSentences(text) }, 'saved', NOW);
    expect(again).toEqual({ id, replaced: true });
    expect(await db.articles.count()).toBe(1);
  });

  it('keeps a syndicated copy from another outlet as its own record', async () => {
    const db = freshCorpus();
    await saveArticle(db, FERRY_A, 'saved', NOW);
    const copy = await saveArticle(db, { ...FERRY_A_COPY, url: null, canonicalUrl: null }, 'saved', NOW);
    expect(copy.replaced).toBe(false);
    expect(await db.articles.count()).toBe(2);
    expect(await countArticles(db)).toBe(2);
  });

  it('takes the date for time proximity from the published time, else from a dateline in the text', async () => {
    const db = freshCorpus();
    await saveArticle(db, FERRY_B, 'saved', NOW);
    const text = `March 3, 2031 — ${FERRY_A.text}`;
    await saveArticle(
      db,
      { ...FERRY_A, publishedTime: null, text, sentences: splitSentences(text) },
      'saved',
      NOW,
    );
    expect((await db.features.get(FERRY_B.id))?.day).toBe(Date.UTC(2031, 2, 15) / 86_400_000);
    expect((await db.features.get(FERRY_A.id))?.day).toBe(Date.UTC(2031, 2, 3) / 86_400_000);
  });
});

describe('saveArticle with prepared features and claims', () => {
  it('stores the claims it is given (an analysis computed them) instead of computing them again', async () => {
    const db = freshCorpus();
    const prepared = { claims: { version: CLAIMS_VERSION, claims: [] } };
    await saveArticle(db, FERRY_A, 'saved', NOW, prepared);
    expect((await db.claims.get(FERRY_A.id))?.claim).toEqual({ version: CLAIMS_VERSION, claims: [] });
    // Without them the save computes them: this report gives counts of people.
    await saveArticle(db, FERRY_B, 'saved', NOW);
    const stored = (await db.claims.get(FERRY_B.id))?.claim as { claims: unknown[] };
    expect(stored.claims.length).toBeGreaterThan(0);
  });
});

describe('saveArticle with the statistics an analysis read', () => {
  it('weighs the new row with them (plus itself) instead of reading the statistics again', async () => {
    const db = freshCorpus();
    await saveArticle(db, FERRY_B, 'saved', NOW);
    const features = computeFeatures(FERRY_A.title, FERRY_A.text);
    // Pretend the lookup saw every key in 9 of 10 articles: the snapshot must follow them.
    const df = new Map(features.vocab.map((k) => [k, 9]));
    await saveArticle(db, FERRY_A, 'saved', NOW, { features, statistics: { df, docCount: 10 } });
    const row = (await db.features.get(FERRY_A.id))!;
    expect(row.weightedAt).toBe(2);
    expect(row.idf[0]).toBeCloseTo(idfOf(10, 2), 5);
    // The statistics themselves stay exact: they count what is stored.
    expect(await allDocumentFrequencies(db)).toEqual(await recount(db));
  });
});

describe('deleteArticle', () => {
  it('removes the article, its features and its counts', async () => {
    const db = freshCorpus();
    await saveArticle(db, FERRY_A, 'saved', NOW);
    await saveArticle(db, FERRY_B, 'saved', NOW);
    expect((await allDocumentFrequencies(db)).get('p:tomas eklund')).toBe(1);
    expect(await deleteArticle(db, FERRY_A.id)).toBe(true);
    expect(await deleteArticle(db, FERRY_A.id)).toBe(false);
    expect(await db.features.get(FERRY_A.id)).toBeUndefined();
    expect(await countArticles(db)).toBe(1);
    expect(await recount(db)).toEqual(await allDocumentFrequencies(db));
    // A name only report A spelled this way is gone from the statistics; B's spelling stays.
    expect((await allDocumentFrequencies(db)).get('p:tomas eklund')).toBeUndefined();
    expect((await allDocumentFrequencies(db)).get('p:tomas ecklund')).toBe(1);
  });
});
