/**
 * Turns a validated import record into what saveArticle takes. The text is normalised as the
 * extractor normalises pages, and sentences and matching features are computed here: a file's
 * claims about them are never trusted (the format does not even carry them).
 */
import type { ArticleOrigin } from '../corpus/db';
import { extractClaims } from '../claims/extract-claims';
import { computeFeatures } from '../match/features';
import { normalizeParagraphs, splitParagraphs } from '../text/normalize';
import { splitSentences } from '../text/sentences';
import type { ImportArticle, RestoreArticle } from './format';
import type { PreparedArticle } from './staging-db';

/**
 * `keepSeed`: an undo restores a deleted seed as the seed it was; an imported file never creates a
 * seed (the background removes seeds it no longer ships, so a file could otherwise delete data).
 */
export function prepareArticle(
  record: ImportArticle | RestoreArticle,
  now: number,
  {
    keepSeed = false,
    storedText,
  }: {
    keepSeed?: boolean;
    /** The text stored under the record's id, if any: the same text needs no claims (nothing is saved). */
    storedText?: string;
  } = {},
): PreparedArticle {
  const text = normalizeParagraphs(splitParagraphs(record.text));
  const seed = keepSeed && record.origin === 'seed' && 'seedVersion' in record && record.seedVersion;
  const origin: ArticleOrigin = record.origin === 'seed' && !seed ? 'imported' : record.origin;
  const savedAt = record.savedAt ? Date.parse(record.savedAt) : now;
  const sentences = splitSentences(text);
  const readAt = record.readAt ? Date.parse(record.readAt) : NaN;
  return {
    input: {
      id: record.id,
      url: record.url,
      canonicalUrl: record.canonicalUrl,
      title: record.title,
      byline: record.byline,
      siteName: record.siteName,
      publishedTime: record.publishedTime,
      lang: record.lang,
      text,
      sentences,
      tags: record.tags,
      ...(seed ? { seedVersion: seed } : {}),
      // A read article from a file without reading dates (version 1) was read when it was kept.
      ...(Number.isFinite(readAt)
        ? { readAt }
        : origin === 'read'
          ? { readAt: Number.isFinite(savedAt) ? savedAt : now }
          : {}),
    },
    features: computeFeatures(record.title, text),
    // Computed while staging, so the one merge transaction only writes.
    ...(text === storedText ? {} : { claims: extractClaims({ text, sentences }) }),
    origin,
    savedAt: Number.isFinite(savedAt) ? savedAt : now,
  };
}
