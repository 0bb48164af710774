/**
 * The page's canonical URL: rel=canonical, else og:url, each validated (http(s), and not a
 * site-wide default pointing at the home page); else the page URL itself. Tracking parameters and
 * fragments are removed from all of them.
 */

const TRACKING_PARAM =
  /^(?:utm_\w+|fbclid|gclid|dclid|gbraid|wbraid|msclkid|mc_cid|mc_eid|ocid|cmpid|icid|ref|ref_src|ref_url|smid|smtyp|sh|igshid|_ga|_gl|yclid|twclid|ito|itm_\w+|at_\w+|wt_\w+|wt\.\w+|s_cid|ncid|soc_src|soc_trk|sr_share|guccounter|guce_\w+|xtor|ns_\w+|mbid|spm|__twitter_impression)$/i;

export function findCanonicalUrl(doc: Document, pageUrl: string): string | null {
  const page = parseUrl(pageUrl, undefined);
  const candidates = [
    doc.querySelector('link[rel~="canonical"]')?.getAttribute('href'),
    doc.querySelector('meta[property="og:url"]')?.getAttribute('content'),
  ];
  for (const href of candidates) {
    const url = href ? parseUrl(href, page?.href) : null;
    if (url && plausible(url, page)) return clean(url);
  }
  return page ? clean(page) : null;
}

function parseUrl(href: string, base: string | undefined): URL | null {
  try {
    const url = new URL(href.trim(), base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : null;
  } catch {
    return null;
  }
}

/** A canonical that points at the site's home page from an article page is a template default, not this page. */
function plausible(url: URL, page: URL | null): boolean {
  if (!page) return true;
  const isHome = (u: URL): boolean => u.pathname.replace(/\/+$/, '') === '' && !u.search;
  return !(isHome(url) && !isHome(page));
}

function clean(url: URL): string {
  const out = new URL(url.href);
  // Keys are gathered with forEach, never by iterating searchParams.keys(): in Firefox's content
  // script `URL` is the page's, seen through an Xray, and the iterator its keys() returns is not
  // iterable there (spreading it throws, Array.from gives []). tests/cross-realm.test.ts keeps it so.
  const tracking: string[] = [];
  out.searchParams.forEach((_value, key) => {
    if (TRACKING_PARAM.test(key)) tracking.push(key);
  });
  for (const key of tracking) out.searchParams.delete(key);
  out.hash = '';
  return out.toString();
}
