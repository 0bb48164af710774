/**
 * The article's authors as person names, from the first source that names any, most specific
 * first: the article's JSON-LD, the visible byline (itemprop/rel author, "byline" elements),
 * author meta tags, other "author" elements, a labelled line in the text ("Autor: …", "By …"),
 * and Readability's byline. Organisations, agencies and the outlet itself are not authors; when
 * no person is named, the byline is the credit the page gives instead (see credit.ts).
 */
import { authorMetaValues, ldAuthorNames } from './author-sources';
import { stringOf, type Json } from './json-ld';
import type { MetaTags } from './meta-tags';
import { dedupe, splitByline, startsWithLabel, type Outlets } from './byline';
import {
  bylineElements,
  bylineTexts,
  insideDiscussion,
  type BylineElement,
  type Strength,
} from './byline-elements';
import { findCredit } from './credit';
import type { VisibleText } from './visible-text';
import { ALL_RULES, type Rules } from './rules';

/** A line in the text that credits authors: "Autor: Jane Doe", "Text: …", or a short line starting "By"/"Von". */
const LABELLED_LINE =
  /(?:^|\n)[ \t\-–—]*(?:(?:autor(?:in)?|author|verfasser(?:in)?|text|texte?|redakteur(?:in)?|written by|von|by|por|par)\s*:|(?:by|von|por|par)\s+(?=\S))\s*([^\n]{2,80})(?=\n|$)/gi;

export interface Byline {
  /** Person names, in the page's order. */
  authors: string[];
  /** The authors joined with ", ", or when the page credits no person, the desk, agency or outlet it credits. */
  byline: string | null;
}

export function findByline(
  doc: Document,
  ld: Json | null,
  meta: MetaTags,
  siteName: string | null,
  readabilityByline: string | null,
  pageText: () => VisibleText,
  host = '',
  rules: Rules = ALL_RULES,
): Byline {
  let elements: BylineElement[] | undefined;
  const lazyElements = (): BylineElement[] => (elements ??= bylineElements(doc));
  const outlets = outletNames(siteName, ld, meta);
  const authors = findAuthors(doc, ld, meta, outlets, readabilityByline, pageText, host, lazyElements, rules);
  if (authors.length) return { authors, byline: authors.join(', ') };
  const credit = rules.try('byline-credit', () => findCredit(lazyElements(), ld, meta, pageText, rules));
  return { authors, byline: credit };
}

/** The outlet's own names: the site name and the publisher the JSON-LD and meta tags give. */
function outletNames(siteName: string | null, ld: Json | null, meta: MetaTags): string[] {
  const publisher = ld?.publisher;
  const names = [
    siteName,
    stringOf(publisher && typeof publisher === 'object' ? (publisher as Json).name : null),
    ...(meta.get('dc.publisher') ?? []),
    ...(meta.get('publisher') ?? []),
  ];
  return names.filter((n): n is string => !!n && !/^https?:/i.test(n));
}

function findAuthors(
  doc: Document,
  ld: Json | null,
  meta: MetaTags,
  siteName: Outlets,
  readabilityByline: string | null,
  pageText: () => VisibleText,
  host: string,
  lazyElements: () => BylineElement[],
  rules: Rules,
): string[] {
  const opts = { siteName };
  const some = (names: string[]): string[] | null => (names.length ? names : null);
  const fromLd = rules.use('byline-ld', some(dedupe(ldAuthorNames(ld).flatMap((a) => splitByline(a, opts)))));
  if (fromLd) return fromLd;
  const elements = lazyElements();
  const strong = rules.use('byline-strong-elements', some(namesIn(elements, 'strong', siteName)));
  if (strong) return strong;
  for (const values of authorMetaValues(meta)) {
    const names = rules.use('byline-meta', some(dedupe(values.flatMap((v) => splitByline(v, opts)))));
    if (names) return names;
  }
  const text = pageText();
  for (const m of text.text.matchAll(LABELLED_LINE)) {
    const names = rules.use('byline-labelled-line', some(splitByline(m[1], opts)));
    if (names) return names;
  }
  const readability = rules.use('byline-readability', some(dedupe(splitByline(readabilityByline, opts))));
  if (readability) return readability;
  return rules.use('byline-copyright-holder', some(copyrightHolder(text, siteName))) ?? [];
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
function copyrightHolder(text: VisibleText, siteName: Outlets): string[] {
  let seen = 0;
  for (const m of text.text.matchAll(COPYRIGHT)) {
    if (++seen > MAX_COPYRIGHT_LINES) break;
    // The holder ends at a sentence stop ("Jane Doe. All rights reserved"), not at the dot of "e.V.".
    if (COMPANY.test(m[1]!.toLowerCase())) continue;
    const holder = m[1]!.split(/\.(?:\s|$)/)[0]!.trim();
    const names = splitByline(holder, { siteName }).filter((n) => n.includes(' '));
    if (names.length === 1) return names;
  }
  return [];
}

function namesIn(candidates: readonly BylineElement[], strength: Strength, siteName: Outlets): string[] {
  for (const { el, strength: s } of candidates) {
    if (s !== strength || insideDiscussion(el)) continue;
    const texts = bylineTexts(el);
    // Links under a label ("Abgelegt unter: …", "Tags: …") are topics, not names.
    const labelled = texts.some(([text, whole]) => whole && startsWithLabel(text));
    for (const [text, whole] of texts) {
      if (!whole && labelled) break;
      // A lone word in a link or heading of an author box is a label ("Weltweit"), not a name.
      const names = dedupe(splitByline(text, { siteName })).filter((n) => whole || n.includes(' '));
      if (names.length) return names;
    }
  }
  return [];
}
