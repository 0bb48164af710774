import { vocabOf } from '@/lib/match/feature-row';
import type { CorpusDb } from '@/lib/corpus/db';

/** Document frequencies recounted from the stored feature rows. */
export async function recount(db: CorpusDb): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  for (const row of await db.features.toArray())
    for (const key of new Set(vocabOf(row))) counts.set(key, (counts.get(key) ?? 0) + 1);
  return counts;
}
