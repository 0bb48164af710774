/**
 * The queries the matcher runs: postings of retrieval keys and near-duplicate bands through the
 * multiEntry indexes of the features table, and feature rows by id. Each reads in one transaction.
 */
import type { CorpusDb, StoredFeatures } from './db';

/** For each of `keys`, the ids of the articles indexed under it (in the `keys` multiEntry index). */
export function idsByRetrievalKey(db: CorpusDb, keys: readonly string[]): Promise<string[][]> {
  return db.transaction('r', db.features, () =>
    Promise.all(keys.map((k) => db.features.where('keys').equals(k).primaryKeys())),
  );
}

/** For each MinHash band key, the ids of the articles that share it (near-duplicate candidates). */
export function idsByNearKey(db: CorpusDb, nearKeys: readonly string[]): Promise<string[][]> {
  return db.transaction('r', db.features, () =>
    Promise.all(nearKeys.map((k) => db.features.where('nearKeys').equals(k).primaryKeys())),
  );
}

/** Ids of stored articles that share at least `minBands` MinHash bands with `nearKeys`. */
export async function nearDuplicateIds(
  db: CorpusDb,
  nearKeys: readonly string[],
  minBands = 1,
): Promise<string[]> {
  const shared = new Map<string, number>();
  for (const ids of await idsByNearKey(db, nearKeys))
    for (const id of ids) shared.set(id, (shared.get(id) ?? 0) + 1);
  return [...shared].filter(([, n]) => n >= minBands).map(([id]) => id);
}

/** The feature rows of `ids`, in order (undefined where an id is not stored). */
export function featureRows(db: CorpusDb, ids: readonly string[]): Promise<(StoredFeatures | undefined)[]> {
  return db.features.bulkGet([...ids]);
}
