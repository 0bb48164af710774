import { describe, expect, it } from 'vitest';
import { saveArticle } from '@/lib/corpus/articles';
import { refreshStaleWeights } from '@/lib/corpus/feature-rows';
import { FEATURE_VERSION, vocabOf } from '@/lib/match/feature-row';
import { maintainCorpus } from '@/lib/corpus/maintenance';
import { idfOf } from '@/lib/match/vector';
import { freshCorpus } from '../../helpers/corpus';
import { ALL, FERRY_A, FERRY_B } from '../match/stories';

describe('IDF snapshots of stored rows', () => {
  it('are computed from the statistics of the corpus the row was saved into', async () => {
    const db = freshCorpus();
    await saveArticle(db, FERRY_A, 'saved', 1);
    await saveArticle(db, FERRY_B, 'saved', 1);
    const row = (await db.features.get(FERRY_B.id))!;
    expect(row.weightedAt).toBe(2);
    const vocab = vocabOf(row);
    const shared = vocab.indexOf('e:kesavik');
    expect(shared).toBeGreaterThanOrEqual(0);
    expect(row.idf[shared]).toBeCloseTo(idfOf(2, 2), 5);
  });

  it('are refreshed once the corpus has more than doubled, stalest first, by the upkeep after each save', async () => {
    const db = freshCorpus();
    for (const a of ALL) {
      await saveArticle(db, a, 'saved', 1);
      await maintainCorpus(db);
    }
    // Five saves: the first row (weighted at 1) was refreshed along the way; none is now stale.
    const rows = await db.features.toArray();
    expect(rows.every((r) => r.weightedAt * 2 >= ALL.length)).toBe(true);
    const tables = [db.features, db.stats, db.meta, db.statDeltas];
    expect(await db.transaction('rw', tables, () => refreshStaleWeights(db, 10))).toBe(0);
    // Forcing a refresh of everything re-weights every row on today's statistics.
    await db.transaction('rw', tables, () => refreshStaleWeights(db, 10, undefined, 1));
    expect((await db.features.toArray()).map((r) => r.weightedAt)).toEqual(ALL.map(() => ALL.length));
  });
});

describe('rows of an older feature version', () => {
  it('are recomputed by the upkeep from their article, a page at a time, and then left alone', async () => {
    const db = freshCorpus();
    for (const a of ALL) await saveArticle(db, a, 'saved', 1);
    // As version 1 wrote them: no event dates, no version.
    await db.features.toCollection().modify((row) => {
      const r = row as unknown as Record<string, unknown>;
      delete r.dates;
      delete r.version;
    });
    await db.meta.delete('featuresVersion');
    const first = await maintainCorpus(db, { upgrade: 2 });
    expect(first.upgraded).toBe(2);
    let total = first.upgraded;
    for (let i = 0; i < ALL.length; i++) total += (await maintainCorpus(db, { upgrade: 2 })).upgraded;
    expect(total).toBe(ALL.length);
    const rows = await db.features.toArray();
    expect(rows.every((r) => r.version === FEATURE_VERSION && r.dates instanceof Int32Array)).toBe(true);
    expect((await maintainCorpus(db)).upgraded).toBe(0);
  });
});
