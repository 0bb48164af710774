/** What the corpus page shows; plain data, sent from the background in one reply. */
import type { ArticleOrigin } from '../corpus/db';

/** One listed article. */
export interface CorpusRow {
  id: string;
  title: string;
  url: string | null;
  siteName: string | null;
  byline: string | null;
  publishedTime: string | null;
  /** Epoch milliseconds. */
  savedAt: number;
  origin: ArticleOrigin;
  /** When the reader last read it (epoch ms), if ever. */
  readAt?: number;
  tags: string[];
  /** Text around the first searched word, or null without a word search. */
  snippet: string | null;
}

/** A search's answer: rows grouped by story, and what the filters offer. */
export interface CorpusListing {
  /** Stories in list order; each holds one or more rows. */
  groups: CorpusRow[][];
  /** False when more articles match than were listed. */
  complete: boolean;
  /** Articles in the whole corpus. */
  corpusSize: number;
  /** Every outlet in the corpus, for the outlet filter. */
  outlets: string[];
}
