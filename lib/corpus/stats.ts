/**
 * Weighting statistics: the document frequency of every vocabulary key and the corpus size. They
 * change only inside the transaction that saves or deletes the article they count.
 */
import type { CorpusDb } from './db';
import { vocabOf } from './vocab';

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
 * size; returns the new frequency of every key and the new corpus size. Must run inside a
 * transaction over stats and meta.
 */
export async function adjustStats(
  db: CorpusDb,
  delta: ReadonlyMap<string, number>,
  docDelta: number,
): Promise<{ df: Map<string, number>; docCount: number }> {
  const keys = [...delta.keys()];
  const [rows, count] = await Promise.all([db.stats.bulkGet(keys), countArticles(db)]);
  const df = new Map<string, number>();
  const kept: { key: string; df: number }[] = [];
  const gone: string[] = [];
  keys.forEach((key, i) => {
    const n = Math.max(0, (rows[i]?.df ?? 0) + delta.get(key)!);
    df.set(key, n);
    if (n > 0) kept.push({ key, df: n });
    else if (rows[i]) gone.push(key);
  });
  const docCount = Math.max(0, count + docDelta);
  await Promise.all([
    kept.length ? db.stats.bulkPut(kept) : undefined,
    gone.length ? db.stats.bulkDelete(gone) : undefined,
    docDelta !== 0 ? db.meta.put({ key: DOC_COUNT, value: docCount }) : undefined,
  ]);
  return { df, docCount };
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
