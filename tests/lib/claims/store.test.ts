/** Claims written with their article, read back for comparisons, and the quote lookup. */
import { beforeEach, describe, expect, it } from 'vitest';
import { deleteArticle, saveArticle, type ArticleInput } from '@/lib/corpus/articles';
import type { CorpusDb } from '@/lib/corpus/db';
import { extractClaims } from '@/lib/claims/extract-claims';
import { findQuoteCarriers, loadArticleClaims } from '@/lib/claims/store';
import { articleInput } from '../../helpers/articles';
import { freshCorpus } from '../../helpers/corpus';
import { article, fixtureArticle } from './helpers';

let db: CorpusDb;

beforeEach(() => {
  db = freshCorpus();
});

function input(id: string, a: ReturnType<typeof article>, title = id): ArticleInput {
  return articleInput(id, title, a.text, { sentences: a.sentences });
}

describe('claims storage', () => {
  it('stores an article’s claims with it and reads back what extraction gives', async () => {
    const a = fixtureArticle('harbour-a.txt');
    await saveArticle(db, input('a', a), 'saved', 1);
    const row = await db.claims.get('a');
    expect(row?.articleId).toBe('a');
    expect(row?.keys.some((k) => k.startsWith('q:'))).toBe(true);
    const loaded = await loadArticleClaims(db, [{ id: 'a', ...a }]);
    expect(loaded.get('a')).toEqual(extractClaims(a));
  });

  it('deletes the claims with the article', async () => {
    await saveArticle(db, input('a', fixtureArticle('harbour-a.txt')), 'saved', 1);
    await deleteArticle(db, 'a');
    expect(await db.claims.count()).toBe(0);
  });

  it('recomputes claims stored by another engine version', async () => {
    const a = fixtureArticle('harbour-b.txt');
    await saveArticle(db, input('b', a), 'saved', 1);
    await db.claims.update('b', { claim: { version: -1, claims: [] } });
    const loaded = await loadArticleClaims(db, [{ id: 'b', ...a }]);
    expect(loaded.get('b')).toEqual(extractClaims(a));
  });
});

describe('findQuoteCarriers', () => {
  it('finds the same quotation and a reworded copy, not a different one', async () => {
    await saveArticle(
      db,
      input('exact', article('“We will rebuild the bridge before winter,” the mayor said.')),
      'saved',
      1,
    );
    await saveArticle(
      db,
      input('reworded', article('“We are going to rebuild the bridge before winter,” she said.')),
      'saved',
      1,
    );
    await saveArticle(
      db,
      input('other', article('“The river has never been this high,” a fisherman said.')),
      'saved',
      1,
    );
    const carriers = await findQuoteCarriers(db, 'We will rebuild the bridge before winter');
    expect(carriers.map((c) => [c.articleId, c.exact]).sort()).toEqual([
      ['exact', true],
      ['reworded', false],
    ]);
    expect(carriers.find((c) => c.exact)?.quote.text).toBe('We will rebuild the bridge before winter');
  });

  it('does not look up phrases too short to be a quotation of their own', async () => {
    expect(await findQuoteCarriers(db, 'values peace')).toEqual([]);
  });
});
