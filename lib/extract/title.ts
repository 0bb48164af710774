/**
 * The headline without the outlet's suffix ("Headline | Outlet", "Outlet - Headline"). The visible
 * <h1> wins when another source confirms it; otherwise the article's JSON-LD headline, OpenGraph,
 * and the document title, each with the site part removed.
 */
import { normalizeInline } from '../text/normalize';
import { stringOf, type Json } from './json-ld';
import { firstMeta, type MetaTags } from './meta-tags';

/** Characters: a longer "headline" is a paragraph in an h1 or a stuffed meta tag. */
const MAX_TITLE = 300;
/** Words: a title part this short can be an outlet's name ("SPIEGEL ONLINE", "The New York Times"). */
const MAX_SITE_WORDS = 5;
const SEPARATOR = /\s+[|–—\-:·»/]\s+|\s+::\s+/;

export function findTitle(
  doc: Document,
  ld: Json | null,
  meta: MetaTags,
  siteName: string | null,
  host: string,
): string | null {
  const ldTitle = clean(stringOf(ld?.headline) ?? stringOf(ld?.name));
  const ogTitle = clean(
    firstMeta(meta, ['og:title', 'twitter:title', 'title', 'dc.title', 'sailthru.title']),
  );
  const docTitle = clean(doc.title);
  const h1 = firstHeadline(doc);
  const site = { siteName, host };
  const others = [ldTitle, ogTitle, docTitle].filter((t): t is string => !!t).map(fold);
  if (h1 && others.some((o) => o.includes(fold(h1)))) return h1;
  for (const candidate of [ldTitle, ogTitle, docTitle]) {
    if (candidate) return stripSiteSuffix(candidate, site, [h1, ldTitle, ogTitle]);
  }
  return h1;
}

function firstHeadline(doc: Document): string | null {
  const scoped = doc.querySelector('article h1, main h1, [itemprop~="headline"]');
  return clean((scoped ?? doc.querySelector('h1'))?.textContent);
}

/** Removes a leading or trailing part of `title` that names the site (by name or host) or that other sources leave out. */
export function stripSiteSuffix(
  title: string,
  site: { siteName: string | null; host: string },
  others: readonly (string | null)[] = [],
): string {
  const parts = title.split(SEPARATOR);
  if (parts.length < 2) return title;
  const separators = title.match(new RegExp(SEPARATOR.source, 'g')) ?? [];
  const isSite = (part: string): boolean => namesSite(part, site);
  const confirmed = others.filter((o): o is string => !!o && o !== title).map(fold);
  // Drop parts from the end, then from the start, while they name the site.
  let first = 0;
  let last = parts.length - 1;
  while (
    last > first &&
    (isSite(parts[last]!) || confirmed.includes(fold(join(parts, separators, first, last - 1))))
  )
    last--;
  while (first < last && isSite(parts[first]!)) first++;
  return join(parts, separators, first, last);
}

function join(parts: string[], separators: string[], from: number, to: number): string {
  let out = parts[from]!;
  for (let i = from + 1; i <= to; i++) out += separators[i - 1]! + parts[i]!;
  return out.trim();
}

function namesSite(part: string, site: { siteName: string | null; host: string }): boolean {
  const p = fold(part).replace(/\s+/g, '');
  if (!p) return true;
  if (/\.(?:com|org|net|de|at|ch|co\.uk|uk|fr|it|es|pl|nl|eu|info|io|news)$/i.test(part.trim())) return true;
  // Containment only for short parts: a headline may start with the outlet's name.
  const short = part.trim().split(/\s+/).length <= MAX_SITE_WORDS;
  const name = site.siteName ? fold(site.siteName).replace(/\s+/g, '') : '';
  if (name && (p === name || (short && name.length >= 3 && (p.includes(name) || name.includes(p)))))
    return true;
  const label = hostLabel(site.host);
  return label.length >= 3 && (p === label || (short && (p.startsWith(label) || label.startsWith(p))));
}

/** "www.nytimes.com" → "nytimes"; "news.bbc.co.uk" → "bbc". */
function hostLabel(host: string): string {
  const labels = host
    .toLowerCase()
    .replace(/^www\d?\./, '')
    .split('.');
  const n = labels.length;
  const secondLevel = n >= 3 && /^(?:co|com|org|net|gov|ac)$/.test(labels[n - 2]!);
  return (secondLevel ? labels[n - 3] : (labels[n - 2] ?? labels[0])) ?? '';
}

function clean(value: string | null | undefined): string | null {
  if (!value) return null;
  const text = normalizeInline(value);
  return text && text.length <= MAX_TITLE ? text : null;
}

function fold(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
