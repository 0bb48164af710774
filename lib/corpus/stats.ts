/**
 * Weighting statistics: the document frequency of every vocabulary key and the corpus size. They
 * change only inside the transaction that saves or deletes the article they count.
 */
import type { CorpusDb } from './db';
import { vocabOf } from './feature-rows';

const DOC_COUNT = 'docCount';

/** Number of articles in the corpus. */
export async function countArticles(db: CorpusDb): Promise<number> {
  return (await db.meta.get(DOC_COUNT))?.value ?? 0;
}

/** Document frequencies of `keys` (0 when unseen) and the corpus size. */
export async function documentFrequencies(
  db: CorpusDb,
  keys: readonly string[],
): Promise<{ df: Map<string, number>; docCount: number }> {
  return db.transaction('r', [db.stats, db.meta], async () => {
    const rows = await db.stats.bulkGet([...keys]);
    const df = new Map<string, number>();
    rows.forEach((row, i) => df.set(keys[i]!, row?.df ?? 0));
    return { df, docCount: await countArticles(db) };
  });
}

/** The keys whose document frequency an article's features count: its whole vocabulary. */
export function statKeys(features: { vocab: string | readonly string[] }): readonly string[] {
  return vocabOf(features);
}

/**
 * Adds `delta` (per key, may be negative) to the document frequencies and `docDelta` to the corpus
 * size; returns the new frequency of every key. Must run inside a transaction over stats and meta.
 */
export async function adjustStats(
  db: CorpusDb,
  delta: ReadonlyMap<string, number>,
  docDelta: number,
): Promise<Map<string, number>> {
  const keys = [...delta.keys()];
  const rows = await db.stats.bulkGet(keys);
  const after = new Map<string, number>();
  const kept: { key: string; df: number }[] = [];
  const gone: string[] = [];
  keys.forEach((key, i) => {
    const df = Math.max(0, (rows[i]?.df ?? 0) + delta.get(key)!);
    after.set(key, df);
    if (df > 0) kept.push({ key, df });
    else if (rows[i]) gone.push(key);
  });
  if (kept.length) await db.stats.bulkPut(kept);
  if (gone.length) await db.stats.bulkDelete(gone);
  if (docDelta !== 0) {
    const count = await countArticles(db);
    await db.meta.put({ key: DOC_COUNT, value: Math.max(0, count + docDelta) });
  }
  return after;
}

/** Per-key deltas of adding (+1) or removing (-1) articles with these vocabularies. */
export function statDelta(
  vocabularies: readonly (readonly string[])[],
  sign: 1 | -1,
  into = new Map<string, number>(),
) {
  for (const vocab of vocabularies) for (const key of vocab) into.set(key, (into.get(key) ?? 0) + sign);
  return into;
}
