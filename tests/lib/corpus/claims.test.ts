/** Claims written with their article and read back for comparisons. */
import { beforeEach, describe, expect, it } from 'vitest';
import { deleteArticle, saveArticle, type ArticleInput } from '@/lib/corpus/articles';
import type { CorpusDb } from '@/lib/corpus/db';
import { extractClaims } from '@/lib/claims/extract-claims';
import { loadArticleClaims } from '@/lib/corpus/claims';
import { articleInput } from '../../helpers/articles';
import { freshCorpus } from '../../helpers/corpus';
import { article, fixtureArticle } from '../claims/helpers';

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
    expect(row?.id).toBe('a');
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
