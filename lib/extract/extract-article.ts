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
import { findDateNearText } from './text-dates';
import { classifyPage } from './page-kind';
import { filterParagraphs } from './paragraph-filter';
import { readabilityInput } from './prune';
import { reconcileWithStructuredBody } from './structured-body';
import { runReadability, type Parsed } from './run-readability';
import type { ExtractedArticle, ExtractionProblem } from './types';
import { attempt, errorMessage } from './problems';
import { countElements } from './count-elements';
import { wordsOf } from '../text/fold';
import { Rules, type RuleName, type RuleSwitches } from './rules';

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
  /** Rules to turn off (all are on by default; see rules.ts). */
  rules?: RuleSwitches;
  /** Filled with the rules the result depends on (the evaluation's trace). */
  consulted?: Set<RuleName>;
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
/** Pruning that left out more paragraph text than this share of what it kept is checked against plain Readability. */
const SUSPECT_PRUNED_SHARE = 0.3;
/** Cleaning that kept less than this share of Readability's text is checked against plain Readability. */
const SUSPECT_CLEANED_SHARE = 0.5;
/** Our text must hold this share of plain Readability's words, or plain Readability's text is used. */
const MIN_PLAIN_RECALL = 0.7;
/** Plain Readability's result with more of its text in links than this is a list, not an article. */
const MAX_PLAIN_LINK_SHARE = 0.5;
/** Characters: a paragraph this long is a sentence or more of prose. */
const SENTENCE_PARAGRAPH = 80;
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
  if (!doc?.documentElement || !doc.body) return declined(url, null, 'The page has no document body.');
  const maxElements = options.maxElements ?? DEFAULT_MAX_ELEMENTS;
  if (countElements(doc, maxElements) > maxElements)
    return declined(url, null, `The page is too large to analyse (more than ${maxElements} elements).`);
  const textLength = doc.body.textContent?.length ?? 0;
  const maxText = options.maxTextChars ?? DEFAULT_MAX_TEXT;
  if (textLength > maxText)
    return declined(url, null, `The page is too large to analyse (${textLength} characters of text).`);

  const rules = new Rules(options.rules, options.consulted);
  const signals = readSignals(doc);
  const verdict = classifyPage(doc, url, signals, rules);
  const minChars = verdict.declaredArticle ? MIN_DECLARED_ARTICLE_CHARS : MIN_ARTICLE_CHARS;
  /** Declines for `reason`, unless plain Readability reads an article on the page (our verdicts can be wrong; its reading is the floor). */
  const declineUnlessReadable = (reason: string, metadata: PageMetadata | null): ExtractedArticle => {
    const plain = plainReading(doc, url, signals, rules, minChars, problems);
    if (plain && rules.on('gate-readability-fallback'))
      return {
        ...plain,
        reason: `Read as plain Readability reads it: ${lowerFirst(reason)} Yet Readability finds an article on it.`,
      };
    return declined(url, metadata ?? safeMetadata(doc, url, signals, {}, rules, problems), reason);
  };
  if (!options.force && verdict.kind !== 'article')
    return verdict.kind === 'login' || verdict.kind === 'section'
      ? declineUnlessReadable(verdict.reason!, null)
      : declined(url, safeMetadata(doc, url, signals, {}, rules, problems), verdict.reason!);
  // A page that declares itself an article goes to Readability even with little <p> prose
  // (div-and-br layouts, short news); its body length decides below.
  const readerable =
    options.force ||
    verdict.declaredArticle ||
    isProbablyReaderable(doc, writtenInCjk(doc) ? CJK_READERABLE : {});
  if (!readerable) {
    const reason = 'The page does not look like an article: it has too little continuous prose.';
    return hasShortArticleShape(doc)
      ? declineUnlessReadable(reason, null)
      : declined(url, safeMetadata(doc, url, signals, {}, rules, problems), reason);
  }

  const parsed = parseArticle(doc, rules);
  if (parsed === TOO_DEEP)
    return declined(url, null, `The page is nested too deeply to analyse (more than ${MAX_DEPTH} levels).`);
  const metadata = safeMetadata(
    doc,
    url,
    signals,
    {
      byline: parsed?.byline ?? null,
      siteName: parsed?.siteName ?? null,
      publishedTime: parsed?.publishedTime ?? null,
    },
    rules,
    problems,
  );
  if (!parsed?.content) return declineUnlessReadable('No article body was found on the page.', metadata);

  const content = parsed.content as Element;
  cleanArticleElement(content, rules);
  const paragraphs = filterParagraphs(blockParagraphs(content).map(normalizeInline), rules);
  const body = reconcileWithStructuredBody(paragraphs, signals.ld.article, rules);
  let text = body.paragraphs.filter(Boolean).join('\n\n');
  let reason: string | undefined;
  if (
    !options.force &&
    (text.length < minChars ||
      parsed.prunedChars > SUSPECT_PRUNED_SHARE * parsed.keptChars ||
      text.length < SUSPECT_CLEANED_SHARE * (parsed.textContent?.length ?? 0))
  ) {
    // Pruning or cleaning took out much: plain Readability's text, when ours lost much of it.
    const plain = plainReading(doc, url, signals, rules, minChars, problems);
    const kept = plain ? wordRecall(plain.text, text) : 1;
    if (plain && kept < MIN_PLAIN_RECALL && rules.on('body-readability-fallback')) {
      text = plain.text;
      reason = `Read as plain Readability reads it: the cleaned text kept only ${Math.round(kept * 100)}% of Readability's words.`;
    }
  }
  metadata.publishedTime ??= rules.use(
    'date-near-body',
    findDateNearText(signals.pageText, text, { order: dateOrder(metadata.lang, hostOf(url)) }),
  );
  if (text.length < minChars && !options.force && rules.on('gate-min-length'))
    return declined(url, metadata, 'The page does not look like an article: the body found is too short.');
  return {
    ...fields(url, metadata),
    readerable: true,
    ...(reason ? { reason } : {}),
    text,
    sentences: options.sentences === false ? [] : splitSentences(text, metadata.lang ?? 'en'),
  };
}

/** Readability on the page's article container (article, main, articleBody) when the page marks one, which is faster and cleaner. */
function parseArticle(doc: Document, rules: Rules): PrunedParse | typeof TOO_DEEP {
  const input = readabilityInput(doc, true, MAX_DEPTH, rules);
  if (input.tooDeep) return TOO_DEEP;
  const parsed = runReadability(input.document);
  return (
    parsed && { ...parsed, prunedChars: input.prunedParagraphChars, keptChars: input.regionParagraphChars }
  );
}

/** Readability's result on the pruned copy, with how much paragraph text the pruning kept and left out. */
type PrunedParse = (NonNullable<Parsed> & { prunedChars: number; keptChars: number }) | null;

/**
 * The article as plain Readability reads the whole page (a full clone, nothing pruned), with only
 * the line filter applied; null when it finds no article-sized text, or mostly links.
 */
function plainReading(
  doc: Document,
  url: string,
  signals: PageSignals,
  rules: Rules,
  minChars: number,
  problems: ExtractionProblem[],
): ExtractedArticle | null {
  const parsed = runReadability(doc.cloneNode(true) as Document);
  if (!parsed?.content) return null;
  const content = parsed.content as Element;
  if (linkShare(content) > MAX_PLAIN_LINK_SHARE) return null;
  const metadata = safeMetadata(
    doc,
    url,
    signals,
    {
      byline: parsed.byline ?? null,
      siteName: parsed.siteName ?? null,
      publishedTime: parsed.publishedTime ?? null,
    },
    rules,
    problems,
  );
  const paragraphs = filterParagraphs(blockParagraphs(content).map(normalizeInline), rules);
  const text = paragraphs.filter(Boolean).join('\n\n');
  if (text.length < minChars) return null;
  return { ...fields(url, metadata), readerable: true, text, sentences: [] };
}

/** Share of `root`'s text inside links. */
function linkShare(root: Element): number {
  const total = root.textContent?.trim().length ?? 0;
  if (!total) return 1;
  let linked = 0;
  for (const a of root.querySelectorAll('a[href]')) linked += a.textContent?.trim().length ?? 0;
  return linked / total;
}

/** Share of `reference`'s words (as a multiset, folded) that `text` holds. */
function wordRecall(reference: string, text: string): number {
  const have = new Map<string, number>();
  for (const w of wordsOf(text)) have.set(w, (have.get(w) ?? 0) + 1);
  const words = wordsOf(reference);
  if (!words.length) return 1;
  let found = 0;
  for (const w of words) {
    const left = have.get(w) ?? 0;
    if (left > 0) {
      found++;
      have.set(w, left - 1);
    }
  }
  return found / words.length;
}

/**
 * A page that may be a short article although Readability's own check finds too little prose:
 * a headline and at least an article's worth of sentence-long paragraphs. Only such pages are
 * worth a whole Readability run before being declined.
 */
function hasShortArticleShape(doc: Document): boolean {
  if (!doc.querySelector('h1')) return false;
  let total = 0;
  for (const p of doc.querySelectorAll('p')) {
    const length = p.textContent?.trim().length ?? 0;
    if (length >= SENTENCE_PARAGRAPH) total += length;
    if (total >= MIN_ARTICLE_CHARS) return true;
  }
  return false;
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
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

/** The page's metadata; a step that throws is recorded in `problems` and leaves its field empty. */
function safeMetadata(
  doc: Document,
  url: string,
  signals: PageSignals,
  hints: ReadabilityHints,
  rules: Rules,
  problems: ExtractionProblem[],
): PageMetadata {
  return attempt(
    problems,
    'metadata',
    () => readMetadata(doc, url, signals, hints, problems, rules),
    emptyMetadata(),
  );
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
