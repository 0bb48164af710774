/**
 * Extraction of one page: Readability on a clone of the document (the live page is never touched),
 * gated by isProbablyReaderable, then metadata and sentences. Works on a browser Document and on
 * linkedom's (the CLI). Never throws for page content: a non-article comes back with a reason.
 */
import { isProbablyReaderable, Readability } from '@mozilla/readability';
import { splitSentences } from '../text/sentences';
import { bodyText } from './body-text';
import { readMetadata, splitByline } from './metadata';
import type { ExtractedArticle } from './types';

export interface ExtractOptions {
  /** Elements above this count are not parsed (Readability's own budget); the page is declined with a reason. */
  maxElements?: number;
  /** Skip the readerability gate (the CLI's `extract` of a file the user says is an article). */
  force?: boolean;
}

const DEFAULT_MAX_ELEMENTS = 60_000;
/** Below this many characters of prose a page is not an article, whatever Readability says. */
const MIN_ARTICLE_CHARS = 400;

/** Extracts `doc` (which is cloned, not modified) as found at `url`. */
export function extractArticle(doc: Document, url: string, options: ExtractOptions = {}): ExtractedArticle {
  const maxElements = options.maxElements ?? DEFAULT_MAX_ELEMENTS;
  const metadata = safeMetadata(doc, url);
  const declined = (reason: string): ExtractedArticle => ({
    url,
    canonicalUrl: metadata.canonicalUrl,
    title: metadata.title ?? '',
    byline: metadata.authors.join(', ') || null,
    authors: metadata.authors,
    siteName: metadata.siteName,
    publishedTime: metadata.publishedTime,
    modifiedTime: metadata.modifiedTime,
    lang: metadata.lang,
    section: metadata.section,
    readerable: false,
    reason,
    text: '',
    sentences: [],
  });

  if (!doc.documentElement || !doc.body) return declined('The page has no document body.');
  const elementCount = doc.getElementsByTagName('*').length;
  if (elementCount > maxElements) {
    return declined(
      `The page is too large to analyse (${elementCount} elements; the limit is ${maxElements}).`,
    );
  }
  if (!options.force && !isProbablyReaderable(doc)) {
    return declined('The page does not look like an article: it has too little continuous prose.');
  }

  let parsed: ReturnType<Readability<Node>['parse']>;
  try {
    const clone = doc.cloneNode(true) as Document;
    parsed = new Readability<Node>(clone, {
      serializer: (node) => node,
      maxElemsToParse: maxElements,
    }).parse();
  } catch (error) {
    return declined(`The page could not be parsed as an article (${(error as Error).message}).`);
  }
  if (!parsed?.content) return declined('No article body was found on the page.');
  const text = bodyText(parsed.content);
  if (text.length < MIN_ARTICLE_CHARS && !options.force) {
    return declined('The page does not look like an article: the body found is too short.');
  }
  const withHints = readMetadataWithHints(doc, url, parsed);
  return {
    url,
    canonicalUrl: withHints.canonicalUrl,
    title: withHints.title ?? '',
    byline: withHints.authors.join(', ') || null,
    authors: withHints.authors,
    siteName: withHints.siteName,
    publishedTime: withHints.publishedTime,
    modifiedTime: withHints.modifiedTime,
    lang: withHints.lang,
    section: withHints.section,
    readerable: true,
    text,
    sentences: splitSentences(text),
  };
}

function safeMetadata(doc: Document, url: string): ReturnType<typeof readMetadata> {
  try {
    return readMetadata(doc, url);
  } catch {
    return emptyMetadata();
  }
}

function readMetadataWithHints(
  doc: Document,
  url: string,
  parsed: NonNullable<ReturnType<Readability<Node>['parse']>>,
): ReturnType<typeof readMetadata> {
  try {
    const meta = readMetadata(doc, url, parsed);
    if (meta.authors.length === 0) meta.authors = splitByline(parsed.byline);
    return meta;
  } catch {
    return emptyMetadata();
  }
}

function emptyMetadata(): ReturnType<typeof readMetadata> {
  return {
    title: null,
    authors: [],
    siteName: null,
    publishedTime: null,
    modifiedTime: null,
    canonicalUrl: null,
    lang: null,
    section: null,
  };
}
