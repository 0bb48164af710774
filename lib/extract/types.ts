import type { Sentence } from '../text/sentences';

/** What extraction returns for any page: plain, serialisable data, never HTML. */
export interface ExtractedArticle {
  url: string;
  canonicalUrl: string | null;
  title: string;
  /**
   * Person names joined with ", " (the CLI contract's field; `authors` has them as a list), or when
   * the page credits no person, the desk, agency or outlet it credits ("Redaktion", "dpa/lno").
   */
  byline: string | null;
  authors: string[];
  siteName: string | null;
  /** ISO 8601 with zone, or a bare date (YYYY-MM-DD) when the page gives no time. */
  publishedTime: string | null;
  modifiedTime: string | null;
  lang: string | null;
  section: string | null;
  readerable: boolean;
  /** Why the page is not treated as an article (set when `readerable` is false). */
  reason?: string;
  /** Normalised plain text: paragraphs separated by a blank line. Offsets point into it. */
  text: string;
  sentences: Sentence[];
  /** Steps that failed on this page (lib/extract/problems.ts); absent or empty when all went well. */
  problems?: ExtractionProblem[];
}

/** One failed step of extraction: which, and the error it threw. */
export interface ExtractionProblem {
  step: string;
  message: string;
}
