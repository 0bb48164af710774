/**
 * The analysis of one article against the corpus: related coverage (same story first) and, for
 * each same-story article, the claim comparison. What the popup, overlay, badge and CLI show.
 */
import {
  dayOfArticle,
  findByCanonicalUrl,
  findByExactHash,
  getArticle,
  getArticles,
  type PreparedSave,
} from '../corpus/articles';
import { featureRows } from '../corpus/match-queries';
import type { ArticleOrigin, CorpusDb, StoredArticle } from '../corpus/db';
import { compareWithAlignment, type DiffResult } from '../claims/compare';
import { corroborate, type Corroboration } from '../claims/corroboration';
import { extractClaims } from '../claims/extract-claims';
import { claimsSupported, claimsUnavailableMessage } from '../claims/language';
import { loadArticleClaims } from '../corpus/claims';
import { SYNDICATED_SIMILARITY } from '../match/candidates';
import { computeFeatures, minhashSimilarity } from '../match/features';
import { findRelated } from '../corpus/find-related';
import type { MatchReason } from '../match/explain';
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
  /** How the stored copy came in (read, saved, seed, imported), when the article is stored. */
  origin?: ArticleOrigin;
  /** When the reader last read it (epoch ms), when it was kept as read. */
  readAt?: number;
}

export interface RelatedItem {
  id: string;
  title: string;
  siteName: string | null;
  url: string | null;
  publishedTime: string | null;
  score: number;
  sameStory: boolean;
  /** A copy of the analysed article itself (same wire text). */
  syndicated: boolean;
  /** A copy of this better-ranked related article: the same origin, to be counted once. */
  copyOf?: string | null;
  why: MatchReason;
  /** How it came into the corpus: `read` ones were kept because the reader read them. */
  origin: ArticleOrigin;
  /** When the reader last read it (epoch ms), if ever. */
  readAt?: number;
}

export interface Comparison extends DiffResult {
  with: string;
}

export interface Analysis {
  article: ArticleSummary;
  related: RelatedItem[];
  comparisons: Comparison[];
  /** For each statement of the article, how many sources carry it (copies counted once). */
  corroboration?: Corroboration[];
  /**
   * Set when claims were not compared because the article's language is one they do not support
   * ("Sentence comparison is not available for German."): the popup shows this line.
   */
  claimsUnavailable?: string;
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
  /** Language tag of the page ("en", "de-DE"), null when it does not say. */
  lang?: string | null;
}

export interface AnalyzeOptions {
  top?: number;
  /** Compare claims with same-story articles (the `related` command does not need it). */
  compare?: boolean;
  /**
   * The article's features and claims, kept by the caller between analyses and a save: analysis
   * uses what it holds and fills in what it computes, so a re-analysis or a save never redoes it.
   */
  prepared?: PreparedSave;
}

/** Analyses `article` against the corpus in `db`. */
export async function analyzeArticle(
  db: CorpusDb,
  article: AnalysableArticle,
  options: AnalyzeOptions = {},
): Promise<Analysis> {
  const prepared = options.prepared ?? {};
  const features = (prepared.features ??= computeFeatures(article.title, article.text));
  const record =
    (article.id ? await getArticle(db, article.id) : undefined) ??
    (article.canonicalUrl ? await findByCanonicalUrl(db, article.canonicalUrl) : undefined) ??
    (await findByExactHash(db, features.exactHash));
  const storedId = article.id ?? record?.id ?? null;
  const matches = await findRelated(
    db,
    {
      title: article.title,
      text: article.text,
      day: dayOfArticle(article.publishedTime, features),
      features,
    },
    {
      excludeId: storedId ?? undefined,
      limit: options.top ?? 20,
      onStatistics: (statistics) => (prepared.statistics = statistics),
    },
  );
  const stored = await getArticles(
    db,
    matches.map((m) => m.id),
  );
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
        copyOf: m.copyOf,
        why: m.why,
        origin: a.origin,
        ...(a.readAt !== undefined ? { readAt: a.readAt } : {}),
      },
    ];
  });
  related.sort((x, y) => Number(y.sameStory) - Number(x.sameStory) || y.score - x.score);
  const comparisons: Comparison[] = [];
  let corroboration: Corroboration[] | undefined;
  if (options.compare !== false && !claimsSupported(article.lang)) {
    return {
      ...summary(storedId, record, article, related, comparisons),
      claimsUnavailable: claimsUnavailableMessage(article.lang!),
    };
  }
  if (options.compare !== false) {
    const byId = new Map(stored.flatMap((a) => (a ? [[a.id, a] as const] : [])));
    // Reports in a language claims do not support are listed as related but not compared.
    const sameStory = related.filter(
      (r) => r.sameStory && byId.has(r.id) && claimsSupported(byId.get(r.id)!.lang),
    );
    const others = sameStory.map((r) => byId.get(r.id)!);
    if (others.length === 0) return summary(storedId, record, article, related, comparisons);
    // Stored claims are read, not recomputed; the article itself too when it is the stored one.
    const self = record?.id === storedId ? record : storedId ? await getArticle(db, storedId) : undefined;
    const own = self && self.text === article.text ? [self] : [];
    const claims = await loadArticleClaims(db, [...own, ...others]);
    const mine = (own[0] && claims.get(own[0].id)) ?? (prepared.claims ??= extractClaims(article));
    const carried = new Map<string, Set<number>>();
    for (const other of others) {
      const { diff, aligned } = compareWithAlignment(
        { text: article.text, claims: mine.claims },
        { text: other.text, claims: claims.get(other.id)!.claims },
      );
      comparisons.push({ with: other.id, ...diff });
      carried.set(other.id, new Set(aligned.map((p) => p.a)));
    }
    const signatures = new Map(
      (
        await featureRows(
          db,
          sameStory.map((r) => r.id),
        )
      ).flatMap((row) => (row ? [[row.id, row.minhash]] : [])),
    );
    corroboration = corroborate(
      article.text,
      mine.claims,
      sameStory.map((r) => ({ id: r.id, carried: carried.get(r.id)!, syndicated: r.syndicated })),
      (x, y) => {
        const a = signatures.get(x);
        const b = signatures.get(y);
        return Boolean(a && b && minhashSimilarity(a, b) >= SYNDICATED_SIMILARITY);
      },
    );
  }
  return summary(storedId, record, article, related, comparisons, corroboration);
}

function summary(
  storedId: string | null,
  record: StoredArticle | undefined,
  article: AnalysableArticle,
  related: RelatedItem[],
  comparisons: Comparison[],
  corroboration?: Corroboration[],
): Analysis {
  return {
    article: {
      id: storedId,
      url: article.url,
      canonicalUrl: article.canonicalUrl,
      title: article.title,
      byline: article.byline,
      siteName: article.siteName,
      publishedTime: article.publishedTime,
      ...(record && record.id === storedId
        ? { origin: record.origin, ...(record.readAt !== undefined ? { readAt: record.readAt } : {}) }
        : {}),
    },
    related,
    comparisons,
    ...(corroboration ? { corroboration } : {}),
  };
}
