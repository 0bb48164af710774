/**
 * The analysis of one article against the corpus: related coverage (same story first) and, for
 * each same-story article, the claim comparison. What the popup, overlay, badge and CLI show.
 */
import { dayOf, findByCanonicalUrl } from '../corpus/articles';
import type { CorpusDb } from '../corpus/db';
import { compareArticles, type DiffResult } from '../claims/compare';
import { computeFeatures } from '../match/features';
import { findRelated, type MatchReason } from '../match/find-related';
import type { Sentence } from '../text/sentences';

export interface ArticleSummary {
  /** Corpus id when the article is stored. */
  id: string | null;
  url: string | null;
  canonicalUrl: string | null;
  title: string;
  byline: string | null;
  siteName: string | null;
  publishedTime: string | null;
}

export interface RelatedItem {
  id: string;
  title: string;
  siteName: string | null;
  url: string | null;
  publishedTime: string | null;
  score: number;
  sameStory: boolean;
  syndicated: boolean;
  why: MatchReason;
}

export interface Comparison extends DiffResult {
  with: string;
}

export interface Analysis {
  article: ArticleSummary;
  related: RelatedItem[];
  comparisons: Comparison[];
}

export interface AnalysableArticle {
  id?: string | null;
  url: string | null;
  canonicalUrl: string | null;
  title: string;
  byline: string | null;
  siteName: string | null;
  publishedTime: string | null;
  text: string;
  sentences: Sentence[];
}

export interface AnalyzeOptions {
  top?: number;
  /** Compare claims with same-story articles (the `related` command does not need it). */
  compare?: boolean;
}

/** Analyses `article` against the corpus in `db`. */
export async function analyzeArticle(
  db: CorpusDb,
  article: AnalysableArticle,
  options: AnalyzeOptions = {},
): Promise<Analysis> {
  const features = computeFeatures(article.title, article.text);
  const storedId =
    article.id ??
    (article.canonicalUrl ? (await findByCanonicalUrl(db, article.canonicalUrl))?.id : undefined) ??
    (await db.articles.where('exactHash').equals(features.exactHash).first())?.id ??
    null;
  const matches = await findRelated(
    db,
    { title: article.title, text: article.text, day: dayOf(article.publishedTime), features },
    { excludeId: storedId ?? undefined, limit: options.top ?? 20 },
  );
  const stored = await db.articles.bulkGet(matches.map((m) => m.id));
  const related: RelatedItem[] = matches.flatMap((m, i) => {
    const a = stored[i];
    if (!a) return [];
    return [
      {
        id: m.id,
        title: a.title,
        siteName: a.siteName,
        url: a.url,
        publishedTime: a.publishedTime,
        score: m.score,
        sameStory: m.sameStory,
        syndicated: m.syndicated,
        why: m.why,
      },
    ];
  });
  related.sort((x, y) => Number(y.sameStory) - Number(x.sameStory) || y.score - x.score);
  const comparisons: Comparison[] = [];
  if (options.compare !== false) {
    related.forEach((r, i) => {
      const other = stored[matches.findIndex((m) => m.id === r.id)];
      if (r.sameStory && other && i >= 0)
        comparisons.push({ with: r.id, ...compareArticles(article, other) });
    });
  }
  return {
    article: {
      id: storedId,
      url: article.url,
      canonicalUrl: article.canonicalUrl,
      title: article.title,
      byline: article.byline,
      siteName: article.siteName,
      publishedTime: article.publishedTime,
    },
    related,
    comparisons,
  };
}
