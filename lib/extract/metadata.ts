/**
 * Article metadata, each field from the best source the page has: the article's JSON-LD,
 * OpenGraph and article:* meta, other meta names, <time> elements, the visible byline, and what
 * Readability found (passed in as hints).
 */
import { normalizeInline } from '../text/normalize';
import { findByline } from './authors';
import { findCanonicalUrl } from './canonical-url';
import { findModifiedTime, findPublishedTime } from './dates';
import { readJsonLd, stringOf, type Json, type JsonLd } from './json-ld';
import { firstMeta, readMetaTags, type MetaTags } from './meta-tags';
import { findTitle } from './title';
import { lazyPageText, type VisibleText } from './visible-text';
import { attempt } from './problems';
import { ALL_RULES, type Rules } from './rules';
import type { ExtractionProblem } from './types';

export interface PageMetadata {
  title: string | null;
  authors: string[];
  /** The authors joined, or the desk, agency or outlet the page credits when it names no person. */
  byline: string | null;
  siteName: string | null;
  publishedTime: string | null;
  modifiedTime: string | null;
  canonicalUrl: string | null;
  lang: string | null;
  section: string | null;
}

export interface ReadabilityHints {
  byline?: string | null;
  siteName?: string | null;
  publishedTime?: string | null;
}

/** What the page's head and markup say about it, read once and shared by the gate and the metadata. */
export interface PageSignals {
  ld: JsonLd;
  meta: MetaTags;
  /** The page's visible text, computed on first use (only pages without machine-readable metadata need it). */
  pageText: () => VisibleText;
}

export function readSignals(doc: Document): PageSignals {
  return { ld: readJsonLd(doc), meta: readMetaTags(doc), pageText: lazyPageText(doc) };
}

/**
 * Reads all metadata of `doc` found at `pageUrl`. Each field is its own step: one that throws (a
 * DOM we did not foresee, a browser quirk) leaves that field empty and is recorded in `problems`,
 * and the other fields are still read.
 */
export function readMetadata(
  doc: Document,
  pageUrl: string,
  signals: PageSignals = readSignals(doc),
  hints: ReadabilityHints = {},
  problems: ExtractionProblem[] = [],
  rules: Rules = ALL_RULES,
): PageMetadata {
  const { meta } = signals;
  const ld = signals.ld.article;
  const host = hostOf(pageUrl);
  const { pageText } = signals;
  const lang = attempt(problems, 'language', () => findLang(doc, ld, meta), null);
  const siteName = attempt(
    problems,
    'outlet',
    () =>
      clean(
        firstMeta(meta, ['og:site_name', 'application-name', 'al:ios:app_name', 'twitter:app:name:iphone']) ??
          stringOf(asObject(ld?.publisher)?.name) ??
          hints.siteName,
      ),
    null,
  );
  const published = attempt(
    problems,
    'published date',
    () =>
      findPublishedTime(
        doc,
        ld,
        meta,
        pageUrl,
        { order: dateOrder(lang, host) },
        pageText,
        signals.ld.page,
        rules,
      ) ?? rules.use('date-readability', hints.publishedTime ? normalizeInline(hints.publishedTime) : null),
    null,
  );
  const byline = attempt(
    problems,
    'byline',
    () => findByline(doc, ld, meta, siteName, hints.byline ?? null, pageText, host, rules),
    { authors: [], byline: null },
  );
  return {
    title: attempt(problems, 'title', () => findTitle(doc, ld, meta, siteName, rules), null),
    ...byline,
    siteName,
    publishedTime: published,
    modifiedTime: attempt(problems, 'modified date', () => findModifiedTime(ld, meta), null),
    canonicalUrl: attempt(problems, 'canonical URL', () => findCanonicalUrl(doc, pageUrl), null),
    lang,
    section: attempt(
      problems,
      'section',
      () =>
        clean(
          stringOf(ld?.articleSection) ??
            firstMeta(meta, [
              'article:section',
              'section',
              'parsely-section',
              'sailthru.section',
              'cxenseparse:section',
            ]),
        ),
      null,
    ),
  };
}

/** Primary language subtag ("en", "de"), from the document, its meta tags or the JSON-LD. */
function findLang(doc: Document, ld: Json | null, meta: MetaTags): string | null {
  const candidates = [
    doc.documentElement?.getAttribute('lang'),
    doc.documentElement?.getAttribute('xml:lang'),
    firstMeta(meta, ['content-language', 'language', 'dc.language']),
    firstMeta(meta, ['og:locale']),
    stringOf(ld?.inLanguage),
  ];
  for (const raw of candidates) {
    const tag = raw
      ?.trim()
      .replace('_', '-')
      .split(/[,;\s]/)[0];
    if (tag && /^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/i.test(tag)) return tag.split('-')[0]!.toLowerCase();
  }
  return null;
}

/** US pages write month first (11/10/2019 is November 10th); the rest of the world day first. */
export function dateOrder(lang: string | null, host: string): 'mdy' | 'dmy' {
  return lang === 'en' && /\.(?:com|us)$/.test(host) ? 'mdy' : 'dmy';
}

function asObject(value: unknown): Json | null {
  if (Array.isArray(value)) return asObject(value[0]);
  return value && typeof value === 'object' ? (value as Json) : null;
}

function clean(value: string | null | undefined): string | null {
  if (!value) return null;
  const text = normalizeInline(value);
  return text && text.length <= 300 ? text : null;
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}
