/**
 * Groups listed articles by story: two listed articles are in one group when the matcher
 * (findRelated, the same call the popup uses) reports them as the same story, and groups are the
 * connected components of those links. Only links among the listed articles count, so a group can
 * split when a linking article is filtered out.
 */
import { dayOf } from '../corpus/articles';
import type { CorpusDb, StoredArticle } from '../corpus/db';
import { findRelated } from '../match/find-related';

/** `articles` partitioned into stories, each in list order, ordered by their first article. */
export async function groupByStory(
  db: CorpusDb,
  articles: readonly StoredArticle[],
): Promise<StoredArticle[][]> {
  const index = new Map(articles.map((a, i) => [a.id, i]));
  const parent = articles.map((_, i) => i);
  const root = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  const features = await db.features.bulkGet(articles.map((a) => a.id));
  const related = await Promise.all(
    articles.map((a, i) => {
      const f = features[i];
      // Without stored features (a record mid-rewrite) the article stands alone rather than being re-tokenised.
      if (!f) return [];
      return findRelated(
        db,
        { title: a.title, text: a.text, day: f.day ?? dayOf(a.publishedTime), features: f },
        { excludeId: a.id, limit: 50 },
      );
    }),
  );
  related.forEach((matches, i) => {
    for (const m of matches) {
      const j = index.get(m.id);
      if (m.sameStory && j !== undefined) parent[root(i)] = root(j);
    }
  });
  const groups = new Map<number, StoredArticle[]>();
  articles.forEach((a, i) => {
    const r = root(i);
    const group = groups.get(r);
    if (group) group.push(a);
    else groups.set(r, [a]);
  });
  return [...groups.values()];
}
