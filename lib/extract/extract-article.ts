/**
 * Extraction of one page: Readability on a pruned clone of the document (the live page is never
 * touched), gated by what the page is and by isProbablyReaderable, then cleaning, metadata and
 * sentences. Works on a browser Document and on linkedom's (the CLI). Never throws for page
 * content: a non-article, or a page too large for the budget, comes back with a reason.
 */
import { isProbablyReaderable } from '@mozilla/readability';
import { normalizeInline } from '../text/normalize';
import { splitSentences } from '../text/sentences';
import { blockParagraphs } from './body-text';
import { cleanArticleElement } from './clean-body';
import {
  dateOrder,
  readMetadata,
  readSignals,
  type PageMetadata,
  type PageSignals,
  type ReadabilityHints,
} from './metadata';
import { attempt, errorMessage } from './problems';
import { findDateNearText } from './text-dates';
import { classifyPage } from './page-kind';
import { filterParagraphs } from './paragraph-filter';
import { readabilityInput } from './prune';
import { reconcileWithStructuredBody } from './structured-body';
import { runReadability, type Parsed } from './run-readability';
import type { ExtractedArticle, ExtractionProblem } from './types';
import { countElements } from './count-elements';

export interface ExtractOptions {
  /** Pages with more elements are declined at once: Readability's cost grows with them. */
  maxElements?: number;
  /** Pages with more characters of text are declined at once (characters, before pruning). */
  maxTextChars?: number;
  /** Skip the article gate (the caller knows the page is an article). */
  force?: boolean;
  /**
   * Split the text into sentences (default true). The content script passes false and splits in a
   * task of its own, so that reading the page holds the main thread for as short a time as it can.
   */
  sentences?: boolean;
}

/** Elements: 50,000 is a 5 MB page; news articles have 1,000–10,000. */
const DEFAULT_MAX_ELEMENTS = 30_000;
/** Levels of nesting: news pages reach 15–50; deeper, Readability's per-element cleaning grows quadratically (350 levels cost 0.4 s). */
const MAX_DEPTH = 120;
/** Characters of page text: the longest news articles have about 100,000. */
const DEFAULT_MAX_TEXT = 2_000_000;
/** Below this many characters of body a page is not an article; a page that declares itself one gets more slack (short news, paywalled teasers). */
const MIN_ARTICLE_CHARS = 400;
const MIN_DECLARED_ARTICLE_CHARS = 200;
/** Readability's result must hold this share of the article container's paragraph text, or the whole body is tried. */
const MIN_READABILITY_SHARE = 0.5;
/**
 * Characters: a focused result at least this long is kept even below that share. Readability then
 * chose an article-sized block of a container holding more (chapters, comments, a live blog); on
 * the whole body it chose the same block on 8 of the 9 such dev pages (the ninth added a standfirst
 * and an author bio), for 10–100 ms more each.
 */
const ENOUGH_FOCUSED_CHARS = 1500;

/** Extracts `doc` (cloned, not modified) as found at `url`. */
export function extractArticle(doc: Document, url: string, options: ExtractOptions = {}): ExtractedArticle {
  const problems: ExtractionProblem[] = [];
  let article: ExtractedArticle;
  try {
    article = extract(doc, url, options, problems);
  } catch (error) {
    // A bug or a DOM we did not foresee; the page gets a reason, never an exception.
    const message = errorMessage(error);
    problems.push({ step: 'extraction', message });
    article = declined(url, null, `The page could not be read (${message}).`);
  }
  return problems.length ? { ...article, problems } : article;
}

function extract(
  doc: Document,
  url: string,
  options: ExtractOptions,
  problems: ExtractionProblem[],
): ExtractedArticle {
  const safeMetadata = (signals: PageSignals, hints: ReadabilityHints = {}): PageMetadata =>
    attempt(problems, 'metadata', () => readMetadata(doc, url, signals, hints, problems), emptyMetadata());
  if (!doc?.documentElement || !doc.body) return declined(url, null, 'The page has no document body.');
  const maxElements = options.maxElements ?? DEFAULT_MAX_ELEMENTS;
  if (countElements(doc, maxElements) > maxElements)
    return declined(url, null, `The page is too large to analyse (more than ${maxElements} elements).`);
  const textLength = doc.body.textContent?.length ?? 0;
  const maxText = options.maxTextChars ?? DEFAULT_MAX_TEXT;
  if (textLength > maxText)
    return declined(url, null, `The page is too large to analyse (${textLength} characters of text).`);

  const signals = readSignals(doc);
  const verdict = classifyPage(doc, url, signals);
  if (!options.force && verdict.kind !== 'article')
    return declined(url, safeMetadata(signals), verdict.reason!);
  // A page that declares itself an article goes to Readability even with little <p> prose
  // (div-and-br layouts, short news); its body length decides below.
  const readerable =
    options.force ||
    verdict.declaredArticle ||
    isProbablyReaderable(doc, writtenInCjk(doc) ? CJK_READERABLE : {});
  if (!readerable)
    return declined(
      url,
      safeMetadata(signals),
      'The page does not look like an article: it has too little continuous prose.',
    );

  const parsed = parseArticle(doc);
  if (parsed === TOO_DEEP)
    return declined(url, null, `The page is nested too deeply to analyse (more than ${MAX_DEPTH} levels).`);
  const metadata = safeMetadata(signals, {
    byline: parsed?.byline ?? null,
    siteName: parsed?.siteName ?? null,
    publishedTime: parsed?.publishedTime ?? null,
  });
  if (!parsed?.content) return declined(url, metadata, 'No article body was found on the page.');

  const content = parsed.content as Element;
  cleanArticleElement(content);
  const paragraphs = filterParagraphs(blockParagraphs(content).map(normalizeInline), {
    title: metadata.title,
    authors: metadata.authors,
    section: metadata.section,
    siteName: metadata.siteName,
  });
  const body = reconcileWithStructuredBody(paragraphs, signals.ld.article);
  const text = body.paragraphs.filter(Boolean).join('\n\n');
  metadata.publishedTime ??= findDateNearText(signals.pageText, text, {
    order: dateOrder(metadata.lang, hostOf(url)),
  });
  const minChars = verdict.declaredArticle ? MIN_DECLARED_ARTICLE_CHARS : MIN_ARTICLE_CHARS;
  if (text.length < minChars && !options.force)
    return declined(url, metadata, 'The page does not look like an article: the body found is too short.');
  return {
    ...fields(url, metadata),
    readerable: true,
    text,
    sentences: options.sentences === false ? [] : splitSentences(text, metadata.lang ?? 'en'),
  };
}

/**
 * Readability on the page's article container (article, main, articleBody) when the page marks one,
 * which is faster and cleaner; on the whole body again when that kept little text and less than
 * half of the container's paragraphs (Readability then picked one block of a container it could
 * not score).
 */
function parseArticle(doc: Document): Parsed | typeof TOO_DEEP {
  const focused = readabilityInput(doc, true, MAX_DEPTH);
  if (focused.tooDeep) return TOO_DEEP;
  const parsed = runReadability(focused.document);
  if (focused.region === doc.body) return parsed;
  const kept = parsed?.textContent?.replace(/\s+/g, ' ').length ?? 0;
  if (kept >= MIN_READABILITY_SHARE * focused.regionParagraphChars || kept >= ENOUGH_FOCUSED_CHARS)
    return parsed;
  const input = readabilityInput(doc, false, MAX_DEPTH);
  if (input.tooDeep) return parsed;
  const whole = runReadability(input.document);
  const wholeKept = whole?.textContent?.replace(/\s+/g, ' ').length ?? 0;
  return wholeKept > kept ? whole : parsed;
}

/** parseArticle's answer for a page nested deeper than any real one. */
const TOO_DEEP = Symbol('too deep');

function declined(url: string, metadata: PageMetadata | null, reason: string): ExtractedArticle {
  return { ...fields(url, metadata ?? emptyMetadata()), readerable: false, reason, text: '', sentences: [] };
}

function fields(
  url: string,
  m: PageMetadata,
): Omit<ExtractedArticle, 'readerable' | 'reason' | 'text' | 'sentences'> {
  return {
    url,
    canonicalUrl: m.canonicalUrl,
    title: m.title ?? '',
    byline: m.byline,
    authors: m.authors,
    siteName: m.siteName,
    publishedTime: m.publishedTime,
    modifiedTime: m.modifiedTime,
    lang: m.lang,
    section: m.section,
  };
}

function emptyMetadata(): PageMetadata {
  return {
    title: null,
    authors: [],
    byline: null,
    siteName: null,
    publishedTime: null,
    modifiedTime: null,
    canonicalUrl: null,
    lang: null,
    section: null,
  };
}

/**
 * Readability's prose thresholds count characters; a Chinese, Japanese or Korean character carries
 * about what a Latin word does, so paragraphs are shorter for the same content.
 */
const CJK_READERABLE = { minContentLength: 50, minScore: 10 };
/** A title with this many CJK characters is a CJK page even without a lang attribute. */
const CJK_TITLE_CHARS = 8;

function writtenInCjk(doc: Document): boolean {
  const lang = doc.documentElement?.getAttribute('lang') ?? '';
  if (/^(?:zh|ja|ko)\b/i.test(lang)) return true;
  return (doc.title?.match(/[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]/g)?.length ?? 0) >= CJK_TITLE_CHARS;
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}
