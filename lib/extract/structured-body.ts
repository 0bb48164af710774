/**
 * The body the publisher puts in JSON-LD (articleBody), used against Readability's paragraphs.
 * When it covers what Readability found, it is the better judge of what is article: paragraphs it
 * does not contain are dropped (the page's own paragraphs stay, so offsets still match the page).
 * When Readability clearly found something else (a teaser, a comment thread), it replaces them.
 */
import { normalizeInline, splitParagraphs } from '../text/normalize';
import { wordsOf } from '../text/fold';
import { stringOf, type Json } from './json-ld';
import { ALL_RULES, type Rules } from './rules';

/** Characters: a shorter articleBody is a description, not a body. */
const MIN_BODY = 400;
/** A Readability paragraph whose words are less than this share in articleBody is not the article. */
const MIN_PARAGRAPH_SUPPORT = 0.5;
/** articleBody must hold this share of Readability's words to act as a filter (else it is truncated). */
const MIN_FILTER_COVERAGE = 0.7;
/** Readability's text must hold this share of articleBody's words, or articleBody replaces it. */
const MIN_READABILITY_COVERAGE = 0.4;

export type BodySource = 'page' | 'structured-data';

/** The article's paragraphs: Readability's, filtered or replaced by articleBody when that is clearly better. */
export function reconcileWithStructuredBody(
  paragraphs: readonly string[],
  ld: Json | null,
  rules: Rules = ALL_RULES,
): { paragraphs: string[]; source: BodySource } {
  const body = structuredBody(ld);
  if (!body) return { paragraphs: [...paragraphs], source: 'page' };
  const bodyWords = wordBag(body.join(' '));
  const pageWords = words(paragraphs.join(' '));
  const covered = share(pageWords, bodyWords);
  const readabilityCoverage = share(words(body.join(' ')), wordBag(paragraphs.join(' ')));
  if (
    readabilityCoverage < MIN_READABILITY_COVERAGE &&
    bodyWords.size > new Set(pageWords).size &&
    rules.on('body-structured-replace')
  )
    return { paragraphs: body, source: 'structured-data' };
  if (covered < MIN_FILTER_COVERAGE) return { paragraphs: [...paragraphs], source: 'page' };
  const kept = paragraphs.filter((p) => share(words(p), bodyWords) >= MIN_PARAGRAPH_SUPPORT);
  if (kept.length === paragraphs.length || !kept.length || !rules.on('body-structured-filter'))
    return { paragraphs: [...paragraphs], source: 'page' };
  return { paragraphs: kept, source: 'page' };
}

/** articleBody as paragraphs (HTML in it reduced to text), or null when there is none worth using. */
function structuredBody(ld: Json | null): string[] | null {
  const raw = stringOf(ld?.articleBody, []);
  if (!raw || raw.length < MIN_BODY) return null;
  const text = /<\/?[a-z][^>]*>/i.test(raw)
    ? raw
        .replace(/<(?:br|\/p|\/div|\/h\d|\/li)\s*\/?>/gi, '\n')
        .replace(/<[^>]+>/g, ' ')
        .replace(/&nbsp;/g, ' ')
        .replace(/&amp;/g, '&')
        .replace(/&quot;/g, '"')
        .replace(/&#39;|&apos;/g, "'")
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
    : raw;
  const paragraphs = splitParagraphs(text).map(normalizeInline);
  return paragraphs.length ? paragraphs : null;
}

/** Content words (four letters or more): short function words are in every text and prove nothing. */
function words(text: string): string[] {
  return wordsOf(text).filter((w) => w.length >= 4);
}

function wordBag(text: string): Set<string> {
  return new Set(words(text));
}

/** Share of `tokens` found in `bag`. */
function share(tokens: readonly string[], bag: ReadonlySet<string>): number {
  if (tokens.length === 0) return 0;
  let hit = 0;
  for (const t of tokens) if (bag.has(t)) hit++;
  return hit / tokens.length;
}
