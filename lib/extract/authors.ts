/**
 * The article's authors as person names, from the first source that names any, most specific
 * first: the article's JSON-LD, the visible byline (itemprop/rel author, "byline" elements),
 * author meta tags, other "author" elements, a labelled line in the text ("Autor: …", "By …"),
 * and Readability's byline. Organisations, agencies and the outlet itself are not authors.
 */
import { stringOf, type Json } from './json-ld';
import type { MetaTags } from './meta-tags';
import { handleOf, splitByline } from './byline';
import { foldWords } from './fold';
import type { VisibleText } from './visible-text';

const AUTHOR_META = [
  'author',
  'byl',
  'article:author_name',
  'sailthru.author',
  'parsely-author',
  'dc.creator',
  'dc:creator',
  'dcterms.creator',
  'article:author',
  'citation_author',
  'cxenseparse:author',
];
const WRITTEN_BY =
  /^(?:written by|author|autor(?:in)?|verfasst von|geschrieben von|escrito por|écrit par|scritto da)$/i;
/** Characters after the headline searched for a byline line, and the longest such line. */
const UNDER_HEADLINE = 200;
const MAX_BYLINE_LINE = 80;
/** Characters: a byline element longer than this is an author box or a whole article. */
const MAX_BYLINE_ELEMENT_TEXT = 200;
/**
 * Elements that may hold a byline, found by the browser's selector engine rather than by visiting
 * every element (class names vary in case: "byline", "Tech-Author"); bylineStrength then decides.
 */
const BYLINE_CANDIDATES = [
  '[itemprop~="author"]',
  '[rel~="author"]',
  ...['author', 'byline', 'by-line', 'autor', 'verfasser', 'writer', 'reporter', 'journalist'].map(
    (word) => `[class*="${word}" i]`,
  ),
  '[id*="author" i]',
  '[id*="byline" i]',
  // "/author" also finds "/authors/", "/autor" "/autoren/"; AUTHOR_PAGE then checks the path.
  'a[href*="/author" i]',
  'a[href*="/autor" i]',
].join(', ');
/** A link to a writer's page ("/author/jane-doe/"), the last path part naming the writer. */
const AUTHOR_PAGE = /\/(?:author|autor|authors|autoren)\/[^/?#]+\/?(?:[?#]|$)/i;
/** Name-like parts read inside one byline element. */
const MAX_NAME_PARTS = 3;
/** Byline elements read: bylines sit near the top, and author lists in teasers repeat further down. */
const MAX_CANDIDATES = 30;
/** A line in the text that credits authors: "Autor: Jane Doe", "Text: …", or a short line starting "By"/"Von". */
const LABELLED_LINE =
  /(?:^|\n)[ \t\-–—]*(?:(?:autor(?:in)?|author|verfasser(?:in)?|text|texte?|redakteur(?:in)?|written by|von|by|por|par)\s*:|(?:by|von|por|par)\s+(?=\S))\s*([^\n]{2,80})(?=\n|$)/gi;

type Strength = 'strong' | 'weak';
/** How a candidate is marked: "explicit" markup (rel/itemprop author, an author page link) may credit a user name. */
interface Candidate {
  el: Element;
  strength: Strength;
  explicit: boolean;
}

export function findAuthors(
  doc: Document,
  ld: Json | null,
  meta: MetaTags,
  siteName: string | null,
  readabilityByline: string | null,
  pageText: () => VisibleText,
  host = '',
): string[] {
  const opts = { siteName };
  const fromLd = dedupe(ldAuthors(ld).flatMap((a) => splitByline(a, opts)));
  if (fromLd.length) return fromLd;
  const elements = bylineElements(doc);
  const strong = namesIn(elements, 'strong', siteName);
  if (strong.length) return strong;
  for (const values of [...AUTHOR_META.map((key) => meta.get(key) ?? []), labelledMeta(meta)]) {
    const names = dedupe(values.filter((v) => !/^https?:/i.test(v)).flatMap((v) => splitByline(v, opts)));
    if (names.length) return names;
  }
  const weak = namesIn(elements, 'weak', siteName);
  if (weak.length) return weak;
  const text = pageText();
  for (const m of text.text.matchAll(LABELLED_LINE)) {
    const names = notOutlet(splitByline(m[1], opts), host);
    if (names.length) return names;
  }
  const underHeadline = lineUnderHeadline(text, siteName, host);
  if (underHeadline.length) return underHeadline;
  const readability = dedupe(splitByline(readabilityByline, opts));
  return readability.length ? readability : copyrightHolder(text, siteName, host);
}

/** "© 2019 Jane Doe", "Copyright (c) 2012- Jane Doe. All rights reserved.", "(c) Jane Doe • Impressum". */
const COPYRIGHT =
  /(?:©|\(c\)|\bcopyright\b)(?:\s*(?:©|\(c\)))?\s*(?:(?:19|20)\d{2}\s*(?:[-–]\s*(?:(?:19|20)\d{2})?)?[\s,]*)?(?:by\s+)?([^\n|•·,;:()]{3,60})/gi;
/** Companies and outlets hold copyrights too; these words say the holder is one. */
const COMPANY =
  /\b(?:gmbh|ag|se|kg|e\.?\s?v|inc|ltd|llc|plc|corp|co|verlag|media|medien|news|zeitung|group|gruppe|press|presse|verein|stiftung|foundation|magazin|magazine|online|gbr|ug|sa|sarl|srl)\b|^(?:the|der|die|das|le|la|les|el|il)\b/i;
/** Copyright notices searched: one sits in the footer, and longer pages repeat it in teasers. */
const MAX_COPYRIGHT_LINES = 3;

/**
 * The person a copyright notice names, for pages that credit nobody else: on a personal site the
 * holder is the writer. A company, the outlet or the site's address is not.
 */
function copyrightHolder(text: VisibleText, siteName: string | null, host: string): string[] {
  let seen = 0;
  for (const m of text.text.matchAll(COPYRIGHT)) {
    if (++seen > MAX_COPYRIGHT_LINES) break;
    // The holder ends at a sentence stop ("Jane Doe. All rights reserved"), not at the dot of "e.V.".
    if (COMPANY.test(m[1]!.toLowerCase())) continue;
    const holder = m[1]!.split(/\.(?:\s|$)/)[0]!.trim();
    const names = notOutlet(splitByline(holder, { siteName }), host).filter((n) => n.includes(' '));
    if (names.length === 1) return names;
  }
  return [];
}

/** Link-preview labels ("twitter:label1" = "Written by", "twitter:data1" = the name), as blogs publish them. */
function labelledMeta(meta: MetaTags): string[] {
  const out: string[] = [];
  for (let i = 1; i <= 4; i++) {
    const label = meta.get(`twitter:label${i}`)?.[0] ?? '';
    if (WRITTEN_BY.test(label)) out.push(...(meta.get(`twitter:data${i}`) ?? []));
  }
  return out;
}

/**
 * The short line right under the headline when it is a date and a name ("11.12.2019 - Jane Doe"):
 * where pages without byline markup print their byline.
 */
function lineUnderHeadline(text: VisibleText, siteName: string | null, host: string): string[] {
  if (text.start < 0) return [];
  const after = text.text
    .slice(text.end, text.end + UNDER_HEADLINE)
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)[0];
  if (!after || after.length > MAX_BYLINE_LINE || !/\d/.test(after)) return [];
  return notOutlet(dedupe(splitByline(after, { siteName })), host).filter((n) => n.includes(' '));
}

/** Names from the page's text without the outlet named after its address ("OÖ Volksblatt" on volksblatt.at). */
function notOutlet(names: string[], host: string): string[] {
  const label = (
    host
      .toLowerCase()
      .replace(/^www\d?\./, '')
      .split('.')[0] ?? ''
  ).replace(/[^a-z0-9]/g, '');
  return label.length < 4 ? names : names.filter((n) => !foldWords(n).replace(/ /g, '').includes(label));
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

/** Elements that may hold a byline, in document order, article first (those in comments and forms are skipped when read). */
function bylineElements(doc: Document): Candidate[] {
  if (!doc.body) return [];
  const article = doc.querySelector('article') ?? doc.querySelector('main');
  // One pass of the selector engine over the body (it is the costly part), then the article's own first.
  const inside: Candidate[] = [];
  const outside: Candidate[] = [];
  for (const el of doc.body.querySelectorAll(BYLINE_CANDIDATES)) {
    const strength = bylineStrength(el);
    if (!strength) continue;
    (article?.contains(el) ? inside : outside).push({ el, strength, explicit: explicitAuthor(el) });
  }
  return inside.concat(outside).slice(0, MAX_CANDIDATES);
}

function bylineStrength(el: Element): Strength | null {
  if (explicitAuthor(el)) return 'strong';
  const names = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
  if (/byline|by-line|autor(?:en)?zeile|article-?author|post-?author|entry-?author/i.test(names))
    return 'strong';
  if (/author|autor|verfasser|writer|reporter|journalist/i.test(names)) return 'weak';
  return null;
}

/** Marked as the author by rel or itemprop, or a link to an author's page. */
function explicitAuthor(el: Element): boolean {
  if (
    /\bauthor\b/i.test(el.getAttribute('itemprop') ?? '') ||
    /\bauthor\b/i.test(el.getAttribute('rel') ?? '')
  )
    return true;
  return el.tagName.toUpperCase() === 'A' && AUTHOR_PAGE.test(el.getAttribute('href') ?? '');
}

/** Comment threads and forms name commenters and fields ("Name"), not authors. */
function insideDiscussion(el: Element): boolean {
  for (let node: Element | null = el; node; node = node.parentElement) {
    const tag = node.tagName.toUpperCase();
    if (tag === 'FORM' || tag === 'BODY') return tag === 'FORM';
    const names = `${node.getAttribute('class') ?? ''} ${node.getAttribute('id') ?? ''}`;
    if (/comment|respond|reply|kommentar/i.test(names)) return true;
  }
  return false;
}

function namesIn(candidates: readonly Candidate[], strength: Strength, siteName: string | null): string[] {
  for (const { el, strength: s, explicit } of candidates) {
    if (s !== strength || insideDiscussion(el)) continue;
    for (const [text, whole] of bylineTexts(el)) {
      // A lone word in a link or heading of an author box is a label ("Weltweit"), not a name.
      const names = dedupe(splitByline(text, { siteName })).filter((n) => whole || n.includes(' '));
      if (names.length) return names;
    }
    const handle = explicit ? handleOf(el.textContent ?? '', siteName) : null;
    if (handle) return [handle];
  }
  return [];
}

/** The element's own text (whole: true), then its name-like parts (an author box's heading or link), each short. */
function bylineTexts(el: Element): [string, boolean][] {
  const texts: [string, boolean][] = [];
  const add = (node: Element, whole: boolean): void => {
    const text = (node.getAttribute('content') ?? node.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (text && text.length <= MAX_BYLINE_ELEMENT_TEXT) texts.push([text, whole]);
  };
  const named = el.querySelector('[itemprop~="name"]');
  if (named) add(named, true);
  add(el, true);
  let parts = 0;
  for (const part of el.querySelectorAll('h1, h2, h3, h4, h5, strong, b, a')) {
    add(part, false);
    if (++parts >= MAX_NAME_PARTS) break;
  }
  return texts;
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
