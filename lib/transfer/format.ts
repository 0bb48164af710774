/**
 * The corpus export format, version 2 (documented in README, "Corpus page and export format"):
 * `{format: "parallax-corpus", version: 2, exportedAt, articles: [...]}`. Only what cannot be
 * recomputed is exported; sentences, fingerprints and matching features are recomputed on import.
 * Version 2 adds each article's `readAt`; version 1 files (without it) still import.
 */
import * as v from 'valibot';
import type { ArticleOrigin, StoredArticle } from '../corpus/db';

export const CORPUS_FORMAT = 'parallax-corpus';
export const CORPUS_VERSION = 2;
/** Versions this Parallax reads: each adds optional fields only. */
const READ_VERSIONS: readonly number[] = [1, 2];

/** Limits of one import, checked in the page before reading and again in the background. */
export const LIMITS = {
  /** Bytes of the whole file: parsing a bigger one would take most of a tab's memory. */
  fileBytes: 200 * 1024 * 1024,
  articles: 200_000,
  idChars: 200,
  urlChars: 8_192,
  shortChars: 4_000,
  /** Characters of one article's text: about 20 times the longest news article. */
  textChars: 2_000_000,
  // Tags merge on every re-save and import, so a record can gather more than the 32 the popup sets at once.
  tags: 256,
  tagChars: 64,
} as const;

/** One article in an export, exactly as written. */
export interface ExportedArticle {
  id: string;
  url: string | null;
  canonicalUrl: string | null;
  title: string;
  byline: string | null;
  siteName: string | null;
  publishedTime: string | null;
  /** ISO 8601 date-time. */
  savedAt: string;
  origin: ArticleOrigin;
  /** ISO 8601 date-time the reader last read it; null when never read (version 2). */
  readAt: string | null;
  lang: string | null;
  text: string;
  tags: string[];
}

/** The exported form of a stored article. */
export function toExported(article: StoredArticle): ExportedArticle {
  return {
    id: article.id,
    url: article.url,
    canonicalUrl: article.canonicalUrl ?? null,
    title: article.title,
    byline: article.byline,
    siteName: article.siteName,
    publishedTime: article.publishedTime,
    savedAt: new Date(article.savedAt).toISOString(),
    origin: article.origin,
    readAt: article.readAt !== undefined ? new Date(article.readAt).toISOString() : null,
    lang: article.lang,
    text: article.text,
    tags: article.tags,
  };
}

const withCommas = (n: number): string => n.toLocaleString('en-US');

function chars(max: number, min = 0) {
  return v.pipe(
    v.string(),
    v.minLength(min, min === 1 ? 'must not be empty' : `must have at least ${min} characters`),
    v.maxLength(
      max,
      (issue) => `at most ${withCommas(max)} characters (this one has ${withCommas(issue.input.length)})`,
    ),
  );
}

// No control characters: an id ends up in element attributes and IndexedDB keys.
// eslint-disable-next-line no-control-regex -- rejecting control characters is the point
const NO_CONTROL = /^[^\u0000-\u001f\u007f]*$/;

const VISIBLE = /[^\s\p{Cc}\u00ad\u200b-\u200d\u2060\ufeff]/u;

/** Only web addresses: a `javascript:` or `data:` URL in a file must never become a link. */
function isWebUrl(value: string): boolean {
  try {
    const { protocol } = new URL(value);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}

const WebUrl = v.pipe(chars(LIMITS.urlChars), v.check(isWebUrl, 'expected an http(s) URL'));
const optionalText = (max: number) => v.optional(v.nullable(chars(max)), null);

const optionalDateTime = v.optional(
  v.nullable(
    v.pipe(
      chars(40),
      v.check((s) => !Number.isNaN(Date.parse(s)), 'expected an ISO 8601 date-time'),
    ),
  ),
  null,
);

const Tag = v.pipe(v.string(), v.trim(), chars(LIMITS.tagChars, 1));
const Tags = v.pipe(
  v.array(Tag),
  v.maxLength(LIMITS.tags, `at most ${LIMITS.tags} tags`),
  v.transform((tags) => [...new Set(tags)]),
);

/**
 * One article as accepted on import: the exported fields, where everything but `id`, `title` and
 * `text` may be missing (hand-made files). Unknown keys (`__proto__`, `constructor`, features) are
 * dropped: valibot builds a fresh object from the known keys only.
 */
export const ImportArticleSchema = v.object({
  id: v.pipe(chars(LIMITS.idChars, 1), v.regex(NO_CONTROL, 'must not contain control characters')),
  url: v.optional(v.nullable(WebUrl), null),
  canonicalUrl: v.optional(v.nullable(WebUrl), null),
  title: chars(LIMITS.shortChars),
  byline: optionalText(LIMITS.shortChars),
  siteName: optionalText(LIMITS.shortChars),
  publishedTime: optionalText(100),
  /** Missing: the time of the import. */
  savedAt: optionalDateTime,
  /** Missing (every version 1 file): a read article counts as read when it was saved. */
  readAt: optionalDateTime,
  origin: v.optional(
    v.picklist(['seed', 'saved', 'imported', 'read'], 'expected "seed", "saved", "imported" or "read"'),
    'imported',
  ),
  lang: optionalText(100),
  text: v.pipe(
    chars(LIMITS.textChars, 1),
    // Something normalizeInline keeps: not only white space, control and zero-width characters.
    v.check((s) => VISIBLE.test(s), 'has no visible characters'),
  ),
  tags: v.optional(Tags, []),
});

export type ImportArticle = v.InferOutput<typeof ImportArticleSchema>;

/**
 * An article given back to undo its deletion: an import record plus the seed version, so a
 * deleted seed comes back as the same seed (files cannot carry it: see merge.ts).
 */
export const RestoreArticleSchema = v.object({
  ...ImportArticleSchema.entries,
  seedVersion: v.optional(chars(200, 1)),
});

export type RestoreArticle = v.InferOutput<typeof RestoreArticleSchema>;

/** The file's envelope; `articles` is checked one by one so errors name the article's index. */
export const CorpusFileHeaderSchema = v.object({
  format: v.literal(CORPUS_FORMAT, `expected "${CORPUS_FORMAT}": this is not a Parallax corpus export`),
  version: v.pipe(
    v.number('expected a number'),
    v.check(
      (n) => READ_VERSIONS.includes(n),
      (issue) =>
        `this file has version ${String(issue.input)}; this Parallax reads versions ${READ_VERSIONS.join(' and ')}${
          typeof issue.input === 'number' && issue.input > CORPUS_VERSION ? ' (update Parallax)' : ''
        }`,
    ),
  ),
  exportedAt: v.optional(v.nullable(chars(40)), null),
  articles: v.pipe(
    v.array(v.unknown(), 'expected an array of articles'),
    v.maxLength(
      LIMITS.articles,
      (issue) =>
        `at most ${withCommas(LIMITS.articles)} articles per file (this one has ${withCommas(issue.input.length)})`,
    ),
  ),
});
