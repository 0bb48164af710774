/**
 * The page's JSON-LD, read leniently (real pages ship trailing commas' cousins: raw newlines in
 * strings, HTML comments, several objects in one script). Finds the object that describes the
 * article itself and every @type the page declares (a VideoObject page, a SearchResultsPage…).
 */

export type Json = Record<string, unknown>;

/** schema.org types of articles (and their news sub-types) that describe the page's main text. */
const ARTICLE_TYPE =
  /^(?:Article|NewsArticle|AnalysisNewsArticle|AskPublicNewsArticle|BackgroundNewsArticle|OpinionNewsArticle|ReportageNewsArticle|ReviewNewsArticle|SatiricalArticle|BlogPosting|LiveBlogPosting|SocialMediaPosting|DiscussionForumPosting|TechArticle|Report|ScholarlyArticle|MedicalScholarlyArticle|Review|Recipe|HowTo)$/;
/** schema.org types of a page as a whole; their dates stand in when no article object has any. */
const PAGE_TYPE = /^(?:WebPage|ItemPage|AboutPage|CollectionPage|ProfilePage|FAQPage|QAPage|MedicalWebPage)$/;
/** JSON-LD nests; deeper than this is never the page's own description. */
const MAX_DEPTH = 6;
/** Characters of JSON-LD read per script: a megabyte-long blob is a data dump, not a description. */
const MAX_SCRIPT_CHARS = 1_000_000;

export interface JsonLd {
  /** The object describing the article (the best of several), or null. */
  article: Json | null;
  /** Every @type declared anywhere in the page's JSON-LD. */
  types: Set<string>;
  /** The first object describing the page itself (WebPage and kin), or null. */
  page: Json | null;
}

/** Reads all `application/ld+json` scripts of `doc`. Never throws. */
export function readJsonLd(doc: Document): JsonLd {
  const types = new Set<string>();
  const articles: Json[] = [];
  const pages: Json[] = [];
  for (const script of doc.querySelectorAll('script[type]')) {
    if (script.getAttribute('type')?.trim().toLowerCase() !== 'application/ld+json') continue;
    const data = parseLenient(script.textContent ?? '');
    if (data !== undefined) collect(data, 0, types, articles, pages);
  }
  return { article: bestArticle(articles), types, page: pages[0] ?? null };
}

/** True when `value`'s @type names an article kind. */
export function isArticleObject(value: Json): boolean {
  return typesOf(value).some((t) => ARTICLE_TYPE.test(t));
}

function typesOf(value: Json): string[] {
  return ([] as unknown[])
    .concat(value['@type'] ?? [])
    .filter((t): t is string => typeof t === 'string')
    .map((t) => t.replace(/^https?:\/\/schema\.org\//, ''));
}

function parseLenient(raw: string): unknown {
  if (raw.length > MAX_SCRIPT_CHARS) return undefined;
  const text = raw
    .trim()
    .replace(/^<!--|-->$/g, '')
    // CDATA wrappers, commented out ("//<![CDATA[") or bare as some CMSs print them.
    .replace(/^(?:\/\/\s*)?<!\[CDATA\[|(?:\/\/\s*)?\]\]>$/g, '')
    .trim();
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    // Raw control characters inside strings are the commonest breakage; JSON allows none.
    try {
      // eslint-disable-next-line no-control-regex -- replacing raw control characters is the point
      return JSON.parse(text.replace(/[\u0000-\u001f]+/g, ' '));
    } catch {
      return undefined;
    }
  }
}

function collect(node: unknown, depth: number, types: Set<string>, articles: Json[], pages: Json[]): void {
  if (depth > MAX_DEPTH || node === null || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    for (const item of node) collect(item, depth + 1, types, articles, pages);
    return;
  }
  const obj = node as Json;
  const declared = typesOf(obj);
  for (const t of declared) types.add(t);
  if (isArticleObject(obj)) articles.push(obj);
  else if (declared.some((t) => PAGE_TYPE.test(t))) pages.push(obj);
  for (const key of ['@graph', 'mainEntity', 'mainEntityOfPage', 'hasPart', 'itemListElement', 'item']) {
    if (key in obj) collect(obj[key], depth + 1, types, articles, pages);
  }
}

/** The article object with the most of what we read from it (headline, body, dates, authors). */
function bestArticle(articles: readonly Json[]): Json | null {
  let best: Json | null = null;
  let bestScore = -1;
  for (const a of articles) {
    const score =
      (a.headline ? 2 : 0) +
      (a.articleBody ? 2 : 0) +
      (a.datePublished ? 1 : 0) +
      (a.author ? 1 : 0) +
      (typesOf(a).some((t) => /News|Blog|Report/.test(t)) ? 1 : 0);
    if (score > bestScore) {
      best = a;
      bestScore = score;
    }
  }
  return best;
}

/** First string among `value` (a string, an array, or an object with one of `keys`). */
export function stringOf(value: unknown, keys: readonly string[] = ['name', '@value']): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) {
    for (const item of value) {
      const s = stringOf(item, keys);
      if (s) return s;
    }
    return null;
  }
  if (value && typeof value === 'object') {
    for (const key of keys) {
      const s = stringOf((value as Json)[key], keys);
      if (s) return s;
    }
  }
  return null;
}
