/**
 * Article metadata from the best source a page has: JSON-LD (NewsArticle and kin), OpenGraph and
 * article:* meta, plain meta names, <time> elements, and finally what Readability found.
 */
import { normalizeInline } from '../text/normalize';

export interface PageMetadata {
  title: string | null;
  authors: string[];
  siteName: string | null;
  publishedTime: string | null;
  modifiedTime: string | null;
  canonicalUrl: string | null;
  lang: string | null;
  section: string | null;
}

export interface ReadabilityHints {
  title?: string | null;
  byline?: string | null;
  siteName?: string | null;
  publishedTime?: string | null;
  lang?: string | null;
}

type Json = Record<string, unknown>;
const ARTICLE_TYPES =
  /^(NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|BlogPosting|OpinionNewsArticle|LiveBlogPosting|WebPage|Report|ScholarlyArticle|BackgroundNewsArticle)$/;
const TRACKING_PARAMS =
  /^(utm_\w+|fbclid|gclid|dclid|mc_cid|mc_eid|ocid|cmpid|icid|ref|ref_src|smid|sh|igshid|_ga|yclid)$/i;

/** Reads all metadata `doc` offers; `pageUrl` resolves relative URLs and is the canonical fallback. */
export function readMetadata(doc: Document, pageUrl: string, hints: ReadabilityHints = {}): PageMetadata {
  const ld = findJsonLdArticle(doc);
  const meta = (selector: string): string | null => {
    const value = doc.querySelector(selector)?.getAttribute('content');
    return value ? normalizeInline(value) || null : null;
  };
  const siteName =
    meta('meta[property="og:site_name"]') ??
    textOf(asObject(ld?.publisher)?.name) ??
    meta('meta[name="application-name"]') ??
    cleanText(hints.siteName);
  const rawTitle =
    textOf(ld?.headline) ??
    meta('meta[property="og:title"]') ??
    meta('meta[name="twitter:title"]') ??
    cleanText(hints.title) ??
    cleanText(doc.querySelector('h1')?.textContent) ??
    cleanText(doc.title);
  return {
    title: rawTitle ? stripSiteSuffix(rawTitle, siteName) : null,
    authors: dedupe([
      ...ldAuthors(ld),
      ...splitByline(meta('meta[name="author"]')),
      ...splitByline(meta('meta[property="article:author"]')),
      ...(ldAuthors(ld).length === 0 && !meta('meta[name="author"]')
        ? splitByline(cleanText(hints.byline))
        : []),
    ]).filter((name) => !siteName || name.toLowerCase() !== siteName.toLowerCase()),
    siteName,
    publishedTime: toIsoDate(
      textOf(ld?.datePublished) ??
        meta('meta[property="article:published_time"]') ??
        meta('meta[name="pubdate"]') ??
        meta('meta[name="date"]') ??
        meta('meta[itemprop="datePublished"]') ??
        doc.querySelector('time[datetime]')?.getAttribute('datetime') ??
        hints.publishedTime ??
        null,
    ),
    modifiedTime: toIsoDate(textOf(ld?.dateModified) ?? meta('meta[property="article:modified_time"]')),
    canonicalUrl: canonicalUrlOf(doc, pageUrl),
    lang: normalizeLang(
      doc.documentElement?.getAttribute('lang') ?? meta('meta[property="og:locale"]') ?? hints.lang,
    ),
    section: textOf(ld?.articleSection) ?? meta('meta[property="article:section"]'),
  };
}

/** The first JSON-LD object (possibly inside @graph or an array) whose @type is an article kind. */
export function findJsonLdArticle(doc: Document): Json | null {
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? '');
    } catch {
      continue; // Malformed JSON-LD is common; other sources still apply.
    }
    const found = walkJsonLd(data, 0);
    if (found) return found;
  }
  return null;
}

function walkJsonLd(node: unknown, depth: number): Json | null {
  if (depth > 4 || node === null || typeof node !== 'object') return null;
  if (Array.isArray(node)) {
    for (const item of node) {
      const found = walkJsonLd(item, depth + 1);
      if (found) return found;
    }
    return null;
  }
  const obj = node as Json;
  const types = ([] as unknown[]).concat(obj['@type'] ?? []);
  if (types.some((t) => typeof t === 'string' && ARTICLE_TYPES.test(t) && t !== 'WebPage')) return obj;
  return walkJsonLd(obj['@graph'], depth + 1);
}

function asObject(value: unknown): Json | null {
  if (Array.isArray(value)) return asObject(value[0]);
  return value && typeof value === 'object' ? (value as Json) : null;
}

function textOf(value: unknown): string | null {
  if (Array.isArray(value)) return textOf(value[0]);
  if (typeof value === 'string') return cleanText(value);
  return null;
}

function cleanText(value: string | null | undefined): string | null {
  if (!value) return null;
  const text = normalizeInline(value);
  return text || null;
}

function ldAuthors(ld: Json | null): string[] {
  if (!ld?.author) return [];
  return ([] as unknown[])
    .concat(ld.author)
    .flatMap((a) => (typeof a === 'string' ? splitByline(a) : splitByline(textOf(asObject(a)?.name))));
}

/** "By Jane Doe and John Roe, Reuters | 5 May 2024" → ["Jane Doe", "John Roe"]. */
export function splitByline(byline: string | null | undefined): string[] {
  if (!byline) return [];
  const cleaned = byline
    .replace(/^\s*(by|von|par|por|di|door)\s+/i, '')
    .replace(/\b(updated|published|posted)\b.*$/i, '')
    .replace(/\s*[|•·].*$/, '')
    .replace(/\d{1,4}[./-]\d{1,2}[./-]\d{1,4}.*$/, '')
    .trim();
  if (/^https?:/i.test(cleaned)) return [];
  return cleaned
    .split(/\s*(?:,|;|\band\b|\bund\b|&)\s*/i)
    .map((name) => name.replace(/^(by|von)\s+/i, '').trim())
    .filter(
      (name) => name.length > 1 && name.length < 60 && /\p{L}/u.test(name) && name.split(/\s+/).length <= 5,
    );
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

/** Removes " | Outlet", " - Outlet" and similar suffixes when they name the site (or are short and trailing). */
export function stripSiteSuffix(title: string, siteName: string | null): string {
  const parts = title.split(/\s+[|–—\-:·»]\s+/);
  if (parts.length < 2) return title;
  const last = parts[parts.length - 1]!;
  const isSite =
    (siteName && last.toLowerCase().replace(/\W/g, '') === siteName.toLowerCase().replace(/\W/g, '')) ||
    /\.(com|org|net|co\.uk|de)$/i.test(last);
  if (isSite) return parts.slice(0, -1).join(' - ').trim();
  return title;
}

/** ISO 8601 with zone when the source has a time; a bare YYYY-MM-DD when it has only a date. */
export function toIsoDate(value: string | null | undefined): string | null {
  if (!value) return null;
  const v = value.trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(v)) return v;
  const ms = Date.parse(v);
  if (Number.isNaN(ms)) return null;
  const year = new Date(ms).getUTCFullYear();
  if (year < 1990 || year > 2100) return null;
  return new Date(ms).toISOString();
}

function canonicalUrlOf(doc: Document, pageUrl: string): string | null {
  const candidates = [
    doc.querySelector('link[rel="canonical"]')?.getAttribute('href'),
    doc.querySelector('meta[property="og:url"]')?.getAttribute('content'),
  ];
  for (const href of candidates) {
    const url = validUrl(href, pageUrl);
    if (url) return url;
  }
  return validUrl(pageUrl, undefined);
}

function validUrl(href: string | null | undefined, base: string | undefined): string | null {
  if (!href) return null;
  try {
    const url = new URL(href.trim(), base);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    for (const key of [...url.searchParams.keys()])
      if (TRACKING_PARAMS.test(key)) url.searchParams.delete(key);
    url.hash = '';
    return url.toString();
  } catch {
    return null;
  }
}

function normalizeLang(lang: string | null | undefined): string | null {
  if (!lang) return null;
  const tag = lang.trim().replace('_', '-');
  return /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/i.test(tag) ? tag.split('-')[0]!.toLowerCase() : null;
}
