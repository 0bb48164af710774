/**
 * The one message contract between Parallax's contexts. Every payload is plain data (never HTML)
 * and is validated against its schema by the receiver before a handler sees it.
 */
import * as v from 'valibot';
import type { Story } from '../analysis/story';
import type { Reading, TabState } from '../analysis/tab-service';
import type { UndoRecord } from '../corpus-manager/edit';
import type { CorpusListing } from '../corpus-manager/types';
import { ImportArticleSchema, LIMITS, RestoreArticleSchema } from '../transfer/format';
import type { ExportChunk } from '../transfer/export';
import type { ImportReport } from '../transfer/staged-import';

const MAX_TEXT = 2_000_000; // characters: about 20 times the longest news article
const shortText = v.pipe(v.string(), v.maxLength(4_000));
const nullableShort = v.nullable(shortText);

export const SentenceSchema = v.object({
  text: v.pipe(v.string(), v.maxLength(100_000)),
  start: v.pipe(v.number(), v.integer(), v.minValue(0)),
  end: v.pipe(v.number(), v.integer(), v.minValue(0)),
});

export const ExtractedArticleSchema = v.object({
  url: v.pipe(v.string(), v.maxLength(8_192)),
  canonicalUrl: v.nullable(v.pipe(v.string(), v.maxLength(8_192))),
  title: shortText,
  byline: nullableShort,
  authors: v.pipe(v.array(shortText), v.maxLength(50)),
  siteName: nullableShort,
  publishedTime: nullableShort,
  modifiedTime: nullableShort,
  lang: nullableShort,
  section: nullableShort,
  readerable: v.boolean(),
  reason: v.optional(shortText),
  text: v.pipe(v.string(), v.maxLength(MAX_TEXT)),
  sentences: v.pipe(v.array(SentenceSchema), v.maxLength(50_000)),
  problems: v.optional(
    v.pipe(
      v.array(v.object({ step: v.pipe(v.string(), v.maxLength(100)), message: shortText })),
      v.maxLength(50),
    ),
  ),
});

const TabId = v.pipe(v.number(), v.integer(), v.minValue(0));
const Tags = v.pipe(v.array(v.pipe(v.string(), v.minLength(1), v.maxLength(64))), v.maxLength(32));

// Corpus page: ids, tags and import ids as the corpus page sends them.
const ArticleId = v.pipe(v.string(), v.minLength(1), v.maxLength(LIMITS.idChars));
const CorpusTags = v.pipe(
  v.array(v.pipe(v.string(), v.minLength(1), v.maxLength(LIMITS.tagChars))),
  v.maxLength(LIMITS.tags),
);
const IsoDay = v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD'));
const ImportId = v.pipe(v.string(), v.minLength(1), v.maxLength(100));
const Count = v.pipe(v.number(), v.integer(), v.minValue(0));

/** Schemas of each message's `data`, by message name. */
export const requestSchemas = {
  /** Content script → background: the extraction of the page in the sender's tab. */
  pageExtracted: v.object({ article: ExtractedArticleSchema }),
  /** Popup → background: what to show for a tab. */
  getTabState: v.object({ tabId: TabId }),
  /** Popup → background: save the tab's article to the corpus, with tags. */
  saveTab: v.object({ tabId: TabId, tags: Tags }),
  /** Popup → background: remove an article from the corpus. */
  removeArticle: v.object({ id: v.pipe(v.string(), v.minLength(1), v.maxLength(200)) }),
  /** Background → content script: extract the page again (the background lost its cache). */
  extractAgain: v.object({}),

  // ── Keeping what the reader reads (issue 17) ───────────────────────────────────────────────────
  /**
   * Content script → background: the reader looked at the article at `url` in the sender's tab
   * (about ten seconds in view, or a scroll into it); keep it as read unless the settings say no.
   */
  pageRead: v.object({ url: v.pipe(v.string(), v.maxLength(8_192)) }),
  /** Popup, corpus page → background: make a read article saved (it then never expires). */
  keepAsSaved: v.object({ id: ArticleId }),
  /**
   * Options page → background: forget the articles read since `since` (epoch ms; null: all of
   * them). Saved articles stay, only losing their reading date.
   */
  forgetRead: v.object({ since: v.nullable(v.pipe(v.number(), v.integer(), v.minValue(0))) }),

  // ── Corpus page (entrypoints/corpus) ──────────────────────────────────────────────────────────
  /** Corpus page → background: articles matching words, outlet and date range, grouped by story. */
  searchCorpus: v.object({
    words: v.pipe(v.string(), v.maxLength(1_000)),
    outlet: v.nullable(shortText),
    from: v.nullable(IsoDay),
    to: v.nullable(IsoDay),
    limit: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(500)),
  }),
  /** Corpus page → background: replace an article's tags. */
  setArticleTags: v.object({ id: ArticleId, tags: CorpusTags }),
  /** Corpus page → background: delete an article; the reply carries it back so the page can undo. */
  deleteArticleForUndo: v.object({ id: ArticleId }),
  /** Corpus page → background: put a deleted article back (undo), validated like an import. */
  restoreArticle: v.object({ article: RestoreArticleSchema }),
  /** Corpus page → background: the next export chunk, articles after `after` in id order. */
  exportChunk: v.object({
    after: v.nullable(ArticleId),
    limit: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(1_000)),
  }),
  /** Corpus page → background: start a staged import of `total` articles (cancels any other still staging). */
  importBegin: v.object({ total: v.pipe(Count, v.maxValue(LIMITS.articles)) }),
  /** Corpus page → background: stage the file's articles `offset…`; each is validated again here. */
  importChunk: v.object({
    importId: ImportId,
    offset: Count,
    articles: v.pipe(v.array(ImportArticleSchema), v.maxLength(1_000)),
  }),
  /** Corpus page → background: merge the staged import into the corpus in one transaction. */
  importCommit: v.object({ importId: ImportId }),
  /** Corpus page → background: drop a staged import the page gave up on. */
  importAbort: v.object({ importId: ImportId }),

  // ── Story page (entrypoints/story) ───────────────────────────────────────────────────────────
  /**
   * Story page → background: one story's reports as a timeline and a grid of statements. By the
   * tab whose article the popup or overlay showed, by a stored article, or by the articles of a
   * corpus-page group.
   */
  getStory: v.variant('by', [
    v.object({ by: v.literal('tab'), tabId: TabId }),
    v.object({ by: v.literal('article'), id: ArticleId }),
    v.object({
      by: v.literal('ids'),
      ids: v.pipe(v.array(ArticleId), v.minLength(1), v.maxLength(200)),
    }),
  ]),
  /** Content script (the overlay) → background: open the story page for the sender's tab. */
  openStory: v.object({}),

  // Overlay: the content script pulls its own state; the background only says that it changed.
  /** Content script → background: the state of the sender's own tab. */
  getOwnTabState: v.object({}),
  /**
   * Background → content script (no `tabId`: its own tab) and → popup (with `tabId`): the tab's
   * state changed; ask for it with getOwnTabState or getTabState.
   */
  tabStateChanged: v.object({ tabId: v.optional(TabId) }),
  /** Background → content script: show or hide the overlay (the keyboard shortcut). */
  toggleOverlay: v.object({}),
  /** Popup → content script: scroll to a passage of the extracted text and flash it. */
  showPassage: v.object({
    start: v.pipe(v.number(), v.integer(), v.minValue(0)),
    end: v.pipe(v.number(), v.integer(), v.minValue(0)),
    text: v.pipe(v.string(), v.maxLength(100_000)),
  }),
} as const;

export type MessageName = keyof typeof requestSchemas;
export type RequestOf<N extends MessageName> = v.InferOutput<(typeof requestSchemas)[N]>;

/** Reply type of each message. */
export interface Replies {
  pageExtracted: { accepted: true };
  getTabState: TabState;
  saveTab: { id: string; replaced: boolean };
  removeArticle: { removed: boolean };
  extractAgain: { accepted: true };
  pageRead: { reading: Reading | null };
  keepAsSaved: { saved: boolean };
  forgetRead: { removed: number };
  getOwnTabState: TabState;
  tabStateChanged: { accepted: true };
  toggleOverlay: { visible: boolean };
  showPassage: { found: boolean };
  // Corpus page
  searchCorpus: CorpusListing;
  setArticleTags: { tags: string[] };
  deleteArticleForUndo: { deleted: UndoRecord | null };
  restoreArticle: { id: string };
  exportChunk: ExportChunk;
  importBegin: { importId: string };
  importChunk: { received: number };
  importCommit: ImportReport;
  importAbort: { aborted: boolean };
  // Story page
  getStory: Story;
  openStory: { opened: true };
}

export type { TabState };
