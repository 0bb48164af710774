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

/** Ids of stored articles that share at least one MinHash band with `nearKeys`. */
export async function nearDuplicateIds(db: CorpusDb, nearKeys: readonly string[]): Promise<string[]> {
  return [...new Set((await idsByNearKey(db, nearKeys)).flat())];
}

/** The feature rows of `ids`, in order (undefined where an id is not stored). */
export function featureRows(db: CorpusDb, ids: readonly string[]): Promise<(StoredFeatures | undefined)[]> {
  return db.features.bulkGet([...ids]);
}
