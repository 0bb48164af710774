/**
 * What the reader reads is kept for a while: read articles past their retention expire in small
 * batches, "forget what I read" removes them on request, and one click makes a read article saved.
 * Saved, seed and imported articles never expire and are never forgotten. Every removal goes
 * through deleteArticle, so the statistics stay exact.
 */
import { deleteArticle } from './articles';
import type { CorpusDb } from './db';

const DAY_MS = 86_400_000;
/** Read articles removed per expiry step: each is its own small transaction, so saves never wait long. */
const EXPIRY_BATCH = 25;

/**
 * Removes up to `batch` read articles read before `now - retentionDays`; returns how many. The
 * background calls it again while it returns a full batch.
 */
export async function expireRead(
  db: CorpusDb,
  now: number,
  retentionDays: number,
  batch = EXPIRY_BATCH,
): Promise<number> {
  const cutoff = now - retentionDays * DAY_MS;
  const ids = await db.articles
    .where('readAt')
    .below(cutoff)
    .filter((a) => a.origin === 'read')
    .limit(batch)
    .primaryKeys();
  for (const id of ids) await deleteArticle(db, id);
  return ids.length;
}

/**
 * Forgets what the reader read since `since` (epoch ms; null: everything): read articles are
 * removed, and saved ones only lose their reading date. Returns how many articles were removed.
 */
export async function forgetRead(db: CorpusDb, since: number | null): Promise<number> {
  const rows = await db.articles
    .where('readAt')
    .aboveOrEqual(since ?? -Infinity)
    .toArray();
  const read = rows.filter((a) => a.origin === 'read').map((a) => a.id);
  for (const id of read) await deleteArticle(db, id);
  const others = rows.filter((a) => a.origin !== 'read').map((a) => a.id);
  await db.articles
    .where('id')
    .anyOf(others)
    .modify((a) => {
      delete a.readAt;
    });
  return read.length;
}

/**
 * Makes a read article saved (it then never expires); false when it is not a stored read article.
 */
export async function keepAsSaved(db: CorpusDb, id: string): Promise<boolean> {
  return (
    (await db.articles
      .where('id')
      .equals(id)
      .and((a) => a.origin === 'read')
      .modify({ origin: 'saved' })) > 0
  );
}
