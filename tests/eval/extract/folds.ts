/**
 * Folds by site for cross-validation: every page of one registrable domain (nytimes.com, bbc.co.uk)
 * lands in the same fold, across all the sets evaluated together, so a rule is always scored on
 * sites it was not chosen on. The registrable domain comes from the public-suffix list (tldts).
 */
import { getDomain } from 'tldts';

/** An archived copy (web.archive.org/web/<time>/<url>) belongs to the site it copies. */
const ARCHIVED = /^https?:\/\/web\.archive\.org\/web\/[^/]+\/(.+)$/i;
const CANONICAL = /<link\b[^>]*\brel=["']?canonical\b[^>]*>/i;
const OG_URL = /<meta\b[^>]*\bproperty=["']?og:url\b[^>]*>/i;

/**
 * The site of a page: the registrable domain of its URL, else of the canonical or og:url the HTML
 * names; a page with neither is its own site (its id, without a trailing "-2" of a second sample).
 */
export function siteOf(id: string, url: string | null, html: string): string {
  for (const candidate of [url, hrefIn(html, CANONICAL, 'href'), hrefIn(html, OG_URL, 'content')]) {
    const domain = candidate ? domainOf(candidate) : null;
    if (domain) return domain;
  }
  return `page:${id.replace(/-\d+$/, '')}`;
}

function domainOf(url: string): string | null {
  const inner = ARCHIVED.exec(url.trim())?.[1];
  if (inner) return domainOf(inner);
  if (!/^https?:\/\//i.test(url.trim())) return null;
  return getDomain(url.trim()) ?? null;
}

function hrefIn(html: string, tag: RegExp, attribute: string): string | null {
  const el = tag.exec(html.slice(0, 200_000))?.[0];
  if (!el) return null;
  return new RegExp(`\\b${attribute}=["']?([^"'\\s>]+)`, 'i').exec(el)?.[1] ?? null;
}

/**
 * Sites assigned to `k` folds of about equal page counts: sites by size, largest first, each to the
 * fold with fewest pages so far (ties by name, then the lowest fold), so the split is the same on
 * every run. Returns the fold of each site.
 */
export function assignFolds(pagesPerSite: ReadonlyMap<string, number>, k: number): Map<string, number> {
  const sites = [...pagesPerSite].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const load = new Array<number>(k).fill(0);
  const fold = new Map<string, number>();
  for (const [site, count] of sites) {
    let best = 0;
    for (let f = 1; f < k; f++) if (load[f]! < load[best]!) best = f;
    fold.set(site, best);
    load[best]! += count;
  }
  return fold;
}
