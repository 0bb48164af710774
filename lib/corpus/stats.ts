/**
 * Weighting statistics: the document frequency of every vocabulary key and the corpus size.
 *
 * A key's frequency is its `stats` row plus the pending deltas of the `statDeltas` journal. A single
 * save or delete appends one journal row in its own transaction, so the statistics always match the
 * articles, and costs one request instead of a read and a write per key; `foldStatDeltas` moves the
 * journal into `stats` in batches, off the save path. Bulk imports write `stats` directly.
 */
import type { CorpusDb } from './db';
import { packVocab, vocabOf } from '../match/feature-row';

const DOC_COUNT = 'docCount';

/**
 * Journal rows from which a save folds the journal itself, inside its own transaction: the
 * background's maintenance normally folds long before (FOLD_AT), so this only bounds what every
 * lookup reads when maintenance has not run (a worker stopped again and again).
 */
export const MAX_PENDING = 256;
/** Journal rows from which maintenance folds: a batch shares its common keys, so fewer rows are written. */
export const FOLD_AT = 16;

/** Document frequencies of some keys and the corpus size they were read at. */
export interface KeyStatistics {
  df: ReadonlyMap<string, number>;
  docCount: number;
}

/** Number of articles in the corpus. */
export async function countArticles(db: CorpusDb): Promise<number> {
  return (await db.meta.get(DOC_COUNT))?.value ?? 0;
}

/** Document frequencies of `keys` (0 when unseen) and the corpus size. */
export async function documentFrequencies(
  db: CorpusDb,
  keys: readonly string[],
): Promise<{ df: Map<string, number>; docCount: number }> {
  return db.transaction('r', [db.stats, db.meta, db.statDeltas], async () => {
    const [{ df }, docCount] = await Promise.all([frequenciesOf(db, keys), countArticles(db)]);
    return { df, docCount };
  });
}

/**
 * Frequencies of `keys` with the pending journal applied, and how many journal rows are pending.
 * Must run inside a transaction over stats and statDeltas.
 */
export async function frequenciesOf(
  db: CorpusDb,
  keys: readonly string[],
): Promise<{ df: Map<string, number>; pending: number }> {
  const [rows, journal] = await Promise.all([db.stats.bulkGet([...keys]), pendingDeltas(db, keys)]);
  const df = new Map<string, number>();
  keys.forEach((key, i) => df.set(key, Math.max(0, (rows[i]?.df ?? 0) + (journal.delta.get(key) ?? 0))));
  return { df, pending: journal.rows };
}

/** The journal's summed change of each of `keys` (all keys when not given), and its row count. */
async function pendingDeltas(
  db: CorpusDb,
  keys?: readonly string[],
): Promise<{ delta: Map<string, number>; rows: number; seqs: number[] }> {
  const wanted = keys && new Set(keys);
  const journal = await db.statDeltas.toArray();
  const delta = new Map<string, number>();
  for (const entry of journal) {
    vocabOf({ vocab: entry.keys }).forEach((key, i) => {
      if (!wanted || wanted.has(key)) delta.set(key, (delta.get(key) ?? 0) + entry.deltas[i]!);
    });
  }
  return { delta, rows: journal.length, seqs: journal.map((e) => e.seq!) };
}

/**
 * Records `delta` (per key, may be negative) in the journal and adds `docDelta` to the corpus size
 * (`count`, read when not given); returns the new corpus size. One save's or delete's change: must
 * run inside a transaction over statDeltas and meta.
 */
export async function recordStats(
  db: CorpusDb,
  delta: ReadonlyMap<string, number>,
  docDelta: number,
  count?: number,
): Promise<number> {
  const changed = [...delta].filter(([, n]) => n !== 0);
  const [current] = await Promise.all([
    count ?? countArticles(db),
    changed.length
      ? db.statDeltas.add({
          keys: packVocab(changed.map(([k]) => k)),
          deltas: Int32Array.from(changed, ([, n]) => n),
        })
      : undefined,
  ]);
  const docCount = Math.max(0, current + docDelta);
  if (docDelta !== 0) await db.meta.put({ key: DOC_COUNT, value: docCount });
  return docCount;
}

/**
 * Adds `delta` (per key, may be negative) to the stored frequencies and `docDelta` to the corpus
 * size; returns the new frequency of every key and the new corpus size. For batches, whose keys
 * repeat; the journal is folded first, so the rows it writes are exact. Must run inside a
 * transaction over stats, statDeltas and meta.
 */
export async function adjustStats(
  db: CorpusDb,
  delta: ReadonlyMap<string, number>,
  docDelta: number,
): Promise<{ df: Map<string, number>; docCount: number }> {
  await foldStatDeltas(db);
  const [df, count] = await Promise.all([addToStats(db, delta), countArticles(db)]);
  const docCount = Math.max(0, count + docDelta);
  if (docDelta !== 0) await db.meta.put({ key: DOC_COUNT, value: docCount });
  return { df, docCount };
}

/**
 * Folds the journal into `stats`, in its own transaction unless called inside one over stats and
 * statDeltas; returns how many journal rows it folded.
 */
export function foldStatDeltas(db: CorpusDb): Promise<number> {
  return db.transaction('rw', [db.stats, db.statDeltas], async () => {
    const { delta, rows: folded, seqs } = await pendingDeltas(db);
    if (folded === 0) return 0;
    const changed = new Map([...delta].filter(([, n]) => n !== 0));
    await Promise.all([addToStats(db, changed), db.statDeltas.bulkDelete(seqs)]);
    return folded;
  });
}

/** Adds `delta` to the stats rows (deleting those that reach 0); returns each key's new frequency. */
async function addToStats(db: CorpusDb, delta: ReadonlyMap<string, number>): Promise<Map<string, number>> {
  const keys = [...delta.keys()];
  const rows = await db.stats.bulkGet(keys);
  const df = new Map<string, number>();
  const kept: { key: string; df: number }[] = [];
  const gone: string[] = [];
  keys.forEach((key, i) => {
    const n = Math.max(0, (rows[i]?.df ?? 0) + delta.get(key)!);
    df.set(key, n);
    if (n > 0) kept.push({ key, df: n });
    else if (rows[i]) gone.push(key);
  });
  await Promise.all([
    kept.length ? db.stats.bulkPut(kept) : undefined,
    gone.length ? db.stats.bulkDelete(gone) : undefined,
  ]);
  return df;
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

/**
 * Every key's frequency, journal applied, keys at 0 left out: for checks against a recount.
 * @internal the tests' invariant check; nothing in the product reads every key.
 */
export async function allDocumentFrequencies(db: CorpusDb): Promise<Map<string, number>> {
  return db.transaction('r', [db.stats, db.statDeltas], async () => {
    const [rows, journal] = await Promise.all([db.stats.toArray(), pendingDeltas(db)]);
    const df = new Map(rows.map((r) => [r.key, r.df]));
    for (const [key, n] of journal.delta) df.set(key, (df.get(key) ?? 0) + n);
    for (const [key, n] of df) if (n <= 0) df.delete(key);
    return df;
  });
}
