import { describe, expect, it } from 'vitest';
import { saveArticle, deleteArticle } from '@/lib/corpus/articles';
import { vocabOf } from '@/lib/match/feature-row';
import { maintainCorpus } from '@/lib/corpus/maintenance';
import { allDocumentFrequencies, documentFrequencies, FOLD_AT, MAX_PENDING } from '@/lib/corpus/stats';
import { articleInput } from '../../helpers/articles';
import { freshCorpus } from '../../helpers/corpus';
import { FERRY_A } from '../match/stories';
import { recount } from './recount';

/** A distinct small article per index: its own name, so each adds keys of its own. */
function numbered(i: number) {
  const text = `Councillor Vell${String.fromCharCode(97 + (i % 26))}${i} opened the harbour market on day ${i}.`;
  return articleInput(`n${i}`, `Harbour market ${i}`, text);
}

describe('statistics journal', () => {
  it('records a save as one journal row, with no stats rows written, and counts it at once', async () => {
    const db = freshCorpus();
    await saveArticle(db, FERRY_A, 'saved', 1);
    expect(await db.statDeltas.count()).toBe(1);
    expect(await db.stats.count()).toBe(0);
    const vocab = vocabOf((await db.features.get(FERRY_A.id))!);
    const { df, docCount } = await documentFrequencies(db, vocab);
    expect(docCount).toBe(1);
    expect([...df.values()].every((n) => n === 1)).toBe(true);
    await deleteArticle(db, FERRY_A.id);
    expect(await db.statDeltas.count()).toBe(2);
    expect((await documentFrequencies(db, vocab)).df.get(vocab[0]!)).toBe(0);
  });

  it('is folded by the upkeep once FOLD_AT rows wait, and then stats alone equal a recount', async () => {
    const db = freshCorpus();
    for (let i = 0; i < FOLD_AT - 1; i++) await saveArticle(db, numbered(i), 'saved', 1);
    expect(await maintainCorpus(db)).toMatchObject({ folded: 0 });
    await saveArticle(db, numbered(FOLD_AT), 'saved', 1);
    expect(await maintainCorpus(db)).toMatchObject({ folded: FOLD_AT });
    expect(await db.statDeltas.count()).toBe(0);
    expect(new Map((await db.stats.toArray()).map((r) => [r.key, r.df]))).toEqual(await recount(db));
  });

  it('stays bounded without upkeep: the save that reaches MAX_PENDING folds it in its own transaction', async () => {
    const db = freshCorpus();
    for (let i = 0; i < MAX_PENDING - 1; i++) await saveArticle(db, numbered(i), 'saved', 1);
    expect(await db.statDeltas.count()).toBe(MAX_PENDING - 1);
    await saveArticle(db, numbered(MAX_PENDING), 'saved', 1);
    expect(await db.statDeltas.count()).toBe(0);
    expect(await allDocumentFrequencies(db)).toEqual(await recount(db));
  });
});
