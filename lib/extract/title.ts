/**
 * The headline without the outlet's name ("Headline | Outlet", "Outlet - Headline"). The visible
 * headline (the article's h1, or its headline element) wins when it is plausible: not the site's
 * name, and made of the words the page's metadata title uses (so a blog's name in its h1, or a
 * "Menu" heading, is passed over). Otherwise the JSON-LD headline, OpenGraph or document title,
 * with the site's part removed.
 */
import { normalizeInline } from '../text/normalize';
import { foldWords as fold } from '../text/fold';
import { decodeEntities } from './entities';
import { stringOf, type Json } from './json-ld';
import { firstMeta, type MetaTags } from './meta-tags';
import { ALL_RULES, type Rules } from './rules';

/** Characters: a longer "headline" is a paragraph in an h1 or a stuffed meta tag. */
const MAX_TITLE = 300;
/** Words: a title part this short can be an outlet's name ("SPIEGEL ONLINE", "The New York Times"). */
const MAX_SITE_WORDS = 5;
/** Share of a visible headline's words that the metadata title must contain for the headline to be trusted. */
const MIN_HEADLINE_SUPPORT = 0.6;
/** Class names of the kicker ("roof line") or label set above a headline, inside its element. */
const KICKER_NAMES =
  /kicker|overline|dachzeile|spitzmarke|topline|roofline|eyebrow|label|rubric|category|flag|pre-?title|super-?title|over-?title|title-?header|topic/i;
const SEPARATOR = /\s+[|–—\-:·»/•]\s+|\s+::\s+|\s*[|•]\s*/;
/** Where the visible headline is, most specific first. */
const HEADLINE_SELECTORS = ['article h1', 'main h1', '[itemprop~="headline"]', 'h1', 'h1 ~ h1'];

interface Site {
  siteName: string | null;
  /** Other names the page uses for itself (a blog's name in its h1). */
  names: string[];
  rules?: Rules;
}

export function findTitle(
  doc: Document,
  ld: Json | null,
  meta: MetaTags,
  siteName: string | null,
  rules: Rules = ALL_RULES,
): string | null {
  const site: Site = { siteName, names: [], rules };
  const ldTitle = clean(stringOf(ld?.headline));
  const ogTitle = clean(firstMeta(meta, ['og:title', 'twitter:title', 'dc.title', 'title']));
  const docTitle = clean(doc.title);
  // What the page calls the article, to check headings against (OpenGraph first: some JSON-LD "headlines" are descriptions).
  const reference = ogTitle ?? ldTitle ?? docTitle;
  // A heading is confirmed by any of the page's names for the article (Wikipedia's JSON-LD headline
  // is a description; its "name" and the document title are the article's title).
  const ldName = clean(stringOf(ld?.name));
  const names = reference ? [reference, ldTitle, docTitle, ldName].filter((n): n is string => !!n) : [null];
  // "Post title | Section | Blog name": a heading equal to a part other than the longest is a name, not the headline.
  const minorParts = docTitle ? minorTitleParts(docTitle) : [];
  for (const selector of HEADLINE_SELECTORS) {
    const el = doc.querySelector(selector);
    if (!el || el.tagName.toUpperCase() === 'META') continue;
    const headline = clean(headlineText(el, rules));
    if (!headline || !rules.on('title-visible-headline')) continue;
    if (minorParts.includes(fold(headline)) && rules.on('title-minor-parts')) {
      site.names.push(headline);
      continue;
    }
    // The one h1 of an article needs no confirmation (its wording often differs from the SEO title).
    const soleArticleHeading =
      selector.endsWith('h1') && selector !== 'h1' && isSoleH1(doc, el) && rules.on('title-sole-h1');
    if (!soleArticleHeading && !names.some((name) => plausibleHeadline(headline, name, site))) continue;
    if (soleArticleHeading && namesSite(headline, site)) continue;
    // A visible headline that is the metadata title plus a kicker or a date: the metadata title.
    const stripped = reference ? stripSiteSuffix(reference, site) : null;
    if (
      stripped &&
      fold(headline) !== fold(stripped) &&
      wraps(fold(headline), fold(stripped)) &&
      rules.on('title-wraps')
    )
      return stripped;
    return headline;
  }
  const source = ldTitle ?? ogTitle ?? docTitle ?? clean(stringOf(ld?.name));
  if (!source) return null;
  return (
    rules.try('title-heading-part', () => headingPart(doc, [source, docTitle])) ??
    stripSiteSuffix(source, site)
  );
}

/**
 * The part of a separated metadata title ("Headline » Site", "Site | Blog | Headline") that a
 * heading of the page spells out whole: the page itself says which part is the headline, so no
 * list of site names is needed. The longest such part; null when no heading confirms one.
 */
function headingPart(doc: Document, titles: readonly (string | null)[]): string | null {
  const headings = new Set<string>();
  for (const el of doc.querySelectorAll('h1, h2, h3, [itemprop~="headline"]'))
    if (el.tagName.toUpperCase() !== 'META') headings.add(fold(el.textContent ?? ''));
  let best: string | null = null;
  for (const title of titles) {
    if (!title) continue;
    const parts = title.split(SEPARATOR).map((p) => p.trim());
    if (parts.length < 2) continue;
    for (const part of parts)
      if (part.split(/\s+/).length >= 2 && headings.has(fold(part)) && part.length > (best?.length ?? 0))
        best = part;
  }
  return best;
}

function isSoleH1(doc: Document, el: Element): boolean {
  const all = doc.querySelectorAll('h1');
  return all.length === 1 && all[0] === el;
}

/** The heading's text without kicker or date elements inside it. */
function headlineText(el: Element, rules: Rules): string {
  let text = '';
  const walk = (node: Node): void => {
    if (node.nodeType === 3) text += node.nodeValue ?? '';
    if (node.nodeType !== 1) return;
    const names = `${(node as Element).getAttribute('class') ?? ''}`;
    if (
      node !== el &&
      (KICKER_NAMES.test(names) ||
        (node as Element).getAttribute('aria-hidden') === 'true' ||
        (node as Element).tagName.toUpperCase() === 'TIME') &&
      rules.on('title-kicker')
    )
      return;
    for (let child = node.firstChild; child; child = child.nextSibling) walk(child);
    if (/^(?:SPAN|A|EM|STRONG|B|I)$/.test((node as Element).tagName.toUpperCase())) return;
    text += ' ';
  };
  walk(el);
  return text;
}

/** `outer` is `inner` with words added before or after (a kicker, a label, a date). */
function wraps(outer: string, inner: string): boolean {
  return inner.length >= 10 && (outer.startsWith(`${inner} `) || outer.endsWith(` ${inner}`));
}

/** Folded parts of a separated title other than its first and its longest (where headlines go). */
function minorTitleParts(title: string): string[] {
  const parts = title.split(SEPARATOR).map(fold);
  if (parts.length < 2) return [];
  const longest = parts.reduce((a, b) => (b.length > a.length ? b : a));
  return parts.slice(1).filter((p) => p !== longest);
}

function plausibleHeadline(headline: string, reference: string | null, site: Site): boolean {
  if (namesSite(headline, site)) return false;
  if (!reference) return true;
  const words = fold(headline).split(' ').filter(Boolean);
  if (words.length === 0) return false;
  const known = new Set(fold(reference).split(' '));
  return words.filter((w) => known.has(w)).length / words.length >= MIN_HEADLINE_SUPPORT;
}

/** Removes leading or trailing parts of `title` that name the site (by name or host). */
export function stripSiteSuffix(title: string, site: Site): string {
  const rules = site.rules ?? ALL_RULES;
  const parts = title.split(SEPARATOR);
  if (parts.length < 2) return title;
  const separators = title.match(new RegExp(SEPARATOR.source, 'g')) ?? [];
  let first = 0;
  let last = parts.length - 1;
  while (last > first && namesSite(parts[last]!, site)) last--;
  while (first < last && namesSite(parts[first]!, site)) first++;
  if ((first > 0 || last < parts.length - 1) && !rules.on('title-site-suffix')) return title.trim();
  let out = parts[first]!;
  for (let i = first + 1; i <= last; i++) out += separators[i - 1]! + parts[i]!;
  return out.trim();
}

function namesSite(part: string, site: Site): boolean {
  const p = fold(part).replace(/\s+/g, '');
  if (!p) return true;
  if (/\.(?:com|org|net|de|at|ch|co\.uk|uk|fr|it|es|pl|nl|eu|info|io|news)$/i.test(part.trim())) return true;
  // Containment only for short parts: a headline may start with the outlet's name.
  const short = part.trim().split(/\s+/).length <= MAX_SITE_WORDS;
  const name = site.siteName ? fold(site.siteName).replace(/\s+/g, '') : '';
  if (name && (p === name || (short && name.length >= 3 && (p.includes(name) || name.includes(p)))))
    return true;
  return site.names.some((n) => fold(n).replace(/\s+/g, '') === p);
}

function clean(value: string | null | undefined): string | null {
  if (!value) return null;
  const text = normalizeInline(decodeEntities(value));
  return text && text.length <= MAX_TITLE ? text : null;
}
