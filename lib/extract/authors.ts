/**
 * The article's authors as person names, from the first source that names any: the article's
 * JSON-LD, author meta tags, the visible byline (itemprop/rel/class "author"/"byline"), and
 * Readability's byline. Organisations and the outlet itself are not authors.
 */
import { stringOf, type Json } from './json-ld';
import { firstMeta, type MetaTags } from './meta-tags';
import { splitByline } from './byline';

const AUTHOR_META = [
  'author',
  'byl',
  'article:author_name',
  'sailthru.author',
  'parsely-author',
  'dc.creator',
  'dcterms.creator',
  'article:author',
  'citation_author',
];
/** Visible byline elements, most specific first. */
const BYLINE_SELECTORS = [
  '[itemprop~="author"] [itemprop~="name"]',
  '[itemprop~="author"]',
  '[rel~="author"]',
  '[class*="byline"] [class*="author"]',
  '[class*="byline"]',
  '[class*="author-name"], [class*="authorName"], [class*="author__name"]',
  '[class*="author"]',
];
/** Characters: a byline element longer than this is an author box or a whole article. */
const MAX_BYLINE_ELEMENT_TEXT = 200;
/** Elements read per selector; bylines are near the top. */
const MAX_PER_SELECTOR = 5;

export function findAuthors(
  doc: Document,
  ld: Json | null,
  meta: MetaTags,
  siteName: string | null,
  readabilityByline: string | null,
): string[] {
  const opts = { siteName };
  const fromLd = ldAuthors(ld).flatMap((a) => splitByline(a, opts));
  if (fromLd.length) return dedupe(fromLd);
  for (const key of AUTHOR_META) {
    const values = meta.get(key) ?? [];
    const names = values.filter((v) => !/^https?:/i.test(v)).flatMap((v) => splitByline(v, opts));
    if (names.length) return dedupe(names);
  }
  const visible = visibleByline(doc, siteName);
  if (visible.length) return visible;
  const fallback = firstMeta(meta, ['twitter:creator']);
  return dedupe(
    splitByline(readabilityByline, opts).concat(
      fallback && !fallback.startsWith('@') ? splitByline(fallback, opts) : [],
    ),
  );
}

/** Names of the JSON-LD authors that are people (or untyped), as written. */
function ldAuthors(ld: Json | null): string[] {
  if (!ld) return [];
  const raw = ([] as unknown[]).concat(ld.author ?? [], ld.creator ?? []);
  const names: string[] = [];
  for (const a of raw) {
    if (typeof a === 'string') names.push(a);
    else if (a && typeof a === 'object') {
      const type = stringOf((a as Json)['@type'], []);
      if (type && !/Person/i.test(type)) continue;
      const name = stringOf((a as Json).name);
      if (name) names.push(name);
    }
  }
  return names;
}

function visibleByline(doc: Document, siteName: string | null): string[] {
  const scopes: Element[] = [];
  const article = doc.querySelector('article') ?? doc.querySelector('main');
  if (article) scopes.push(article);
  if (doc.body) scopes.push(doc.body);
  for (const scope of scopes) {
    const names = bylineIn(scope, siteName);
    if (names.length) return names;
  }
  return [];
}

function bylineIn(scope: Element, siteName: string | null): string[] {
  for (const selector of BYLINE_SELECTORS) {
    let seen = 0;
    for (const el of scope.querySelectorAll(selector)) {
      if (++seen > MAX_PER_SELECTOR) break;
      const text = (el.getAttribute('content') ?? el.textContent ?? '').replace(/\s+/g, ' ').trim();
      if (!text || text.length > MAX_BYLINE_ELEMENT_TEXT) continue;
      const names = splitByline(text, { siteName });
      if (names.length) return dedupe(names);
    }
  }
  return [];
}

function dedupe(names: string[]): string[] {
  const seen = new Set<string>();
  return names.filter((n) => {
    const key = n.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
