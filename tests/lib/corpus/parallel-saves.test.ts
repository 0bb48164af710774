import { describe, expect, it } from 'vitest';
import { allDocumentFrequencies } from '@/lib/corpus/stats';
import { countArticles, saveArticle } from '@/lib/corpus/articles';
import { vocabOf } from '@/lib/match/feature-row';
import { splitSentences } from '@/lib/text/sentences';
import { freshCorpus } from '../../helpers/corpus';

/** A made-up article about a made-up event: distinct words per index so no two are copies. */
function article(i: number) {
  const text = `Harbour authority report number ${i}: crews in port district ${i} repaired dock ${i * 7} on Monday. Inspector Vale${i} said the repairs to pier ${i} would finish within ${i % 9} weeks, and ferry line ${i} resumed.`;
  return {
    url: `https://news-${i % 13}.example/story/${i}`,
    canonicalUrl: `https://news-${i % 13}.example/story/${i}`,
    title: `Dock ${i} repaired in district ${i}`,
    byline: null,
    siteName: `Outlet ${i % 13}`,
    publishedTime: '2025-08-17',
    lang: 'en',
    text,
    sentences: splitSentences(text),
  };
}

describe('200 parallel saves from many tabs', () => {
  it('lose nothing, duplicate nothing, and leave statistics equal to a recount', async () => {
    const db = freshCorpus();
    // 150 distinct articles; 50 of them saved a second time at the same moment (another tab, same URL).
    const saves = [
      ...Array.from({ length: 150 }, (_, i) => article(i)),
      ...Array.from({ length: 50 }, (_, i) => article(i * 3)),
    ];
    const results = await Promise.all(
      saves.map((a, i) => saveArticle(db, { ...a, tags: [`tab-${i}`] }, 'saved', 1_000 + i)),
    );
    expect(new Set(results.map((r) => r.id)).size).toBe(150);
    expect(await db.articles.count()).toBe(150);
    expect(await db.features.count()).toBe(150);
    expect(await countArticles(db)).toBe(150);
    // Both tabs' tags survive on the twice-saved articles.
    const twice = await db.articles.where('canonicalUrl').equals(article(3).canonicalUrl).first();
    expect(twice?.tags.sort()).toEqual(['tab-151', 'tab-3']);
    const recount = new Map<string, number>();
    for (const f of await db.features.toArray())
      for (const key of new Set(vocabOf(f))) recount.set(key, (recount.get(key) ?? 0) + 1);
    const stored = await allDocumentFrequencies(db);
    expect(stored).toEqual(recount);
  });
});
