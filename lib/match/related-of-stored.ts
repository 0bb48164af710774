/** Related coverage of an article already in the corpus, from its stored features (nothing re-tokenised). */
import { getArticle } from '../corpus/articles';
import type { CorpusDb } from '../corpus/db';
import { featureRows } from '../corpus/match-queries';
import { findRelated, type FindOptions, type RelatedMatch } from './find-related';

/** The stored article `id`'s related coverage (empty when it is not stored). */
export async function findRelatedOfStored(
  db: CorpusDb,
  id: string,
  options: Omit<FindOptions, 'excludeId'> = {},
): Promise<RelatedMatch[]> {
  const [[row], article] = await Promise.all([featureRows(db, [id]), getArticle(db, id)]);
  if (!row || !article) return [];
  return findRelated(
    db,
    { title: article.title, text: article.text, day: row.day, features: row },
    { ...options, excludeId: id },
  );
}
