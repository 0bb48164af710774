/**
 * The article's authors as person names, from the first source that names any, most specific
 * first: the article's JSON-LD, the visible byline (itemprop/rel author, "byline" elements),
 * author meta tags, other "author" elements, a labelled line in the text ("Autor: …", "By …"),
 * and Readability's byline. Organisations, agencies and the outlet itself are not authors; when
 * no person is named, the byline is the credit the page gives instead (see credit.ts).
 */
import { authorMetaValues, ldAuthorNames } from './author-sources';
import { stringOf, type Json } from './json-ld';
import { firstMeta, type MetaTags } from './meta-tags';
import { dedupe, splitByline, startsWithLabel, type Outlets } from './byline';
import {
  bylineElements,
  bylineTexts,
  insideDiscussion,
  type BylineElement,
  type Strength,
} from './byline-elements';
import { findCredit } from './credit';
import { DESKS, wholeWordOf } from './credit-words';
import type { VisibleText } from './visible-text';
import { ALL_RULES, type Rules } from './rules';
import { foldWords as fold } from '../text/fold';

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
  const titles = [doc.title, firstMeta(meta, ['og:title', 'twitter:title']), stringOf(ld?.headline)].filter(
    (t): t is string => !!t,
  );
  const some = (names: string[]): string[] | null => (names.length ? names : null);
  let byHeadline: string[] | undefined;
  const headlineNames = (): string[] => (byHeadline ??= headlineByline(pageText(), titles, siteName));
  /** Machine-given names, or the byline by the headline when it spells them out further (more co-authors, a surname). */
  const completed = (names: string[] | null): string[] | null =>
    names && (rules.use('byline-headline-completes', completes(headlineNames(), names)) ?? names);
  const fromLd = completed(
    rules.use('byline-ld', some(dedupe(ldAuthorNames(ld).flatMap((a) => splitByline(a, opts))))),
  );
  if (fromLd) return fromLd;
  const elements = lazyElements();
  const strong = completed(rules.use('byline-strong-elements', some(namesIn(elements, 'strong', siteName))));
  if (strong) return strong;
  for (const values of authorMetaValues(meta)) {
    const names = completed(
      rules.use('byline-meta', some(dedupe(values.flatMap((v) => splitByline(v, opts))))),
    );
    if (names) return names;
  }
  const text = pageText();
  for (const m of text.text.matchAll(LABELLED_LINE)) {
    const names = rules.use('byline-labelled-line', some(splitByline(m[1], opts)));
    if (names) return names;
  }
  const nextToHeadline = rules.use('byline-headline-line', some(headlineNames()));
  if (nextToHeadline) return nextToHeadline;
  const readability = rules.use('byline-readability', some(dedupe(splitByline(readabilityByline, opts))));
  if (readability) return readability;
  return rules.use('byline-copyright-holder', some(copyrightHolder(text, siteName))) ?? [];
}

/** Lines after the headline read for its byline: a kicker, the date line and the byline sit there, before the prose. */
const HEADLINE_LINES = 6;
/** Characters: a byline line is short; the first longer line is the standfirst or the prose, and reading stops there. */
const MAX_HEADLINE_LINE = 80;
/** Words: a shorter "headline" is a blog's or a section's name, whose next lines are menus. */
const MIN_HEADLINE_WORDS = 3;
/** A lead-in on a line of its own ("By", "Von", "Autor:"), the names on the next. */
const LONE_LEAD = /^(?:by|von|par|por|door|di|autor(?:in)?:?|author:?|text:)$/i;

/**
 * The people a short line directly below the headline names ("von Jane Doe · 3. Mai 2024",
 * "11.12.2019 - Jane Doe", "By" then "Jane Doe"): where pages print the byline, whatever its
 * markup. The headline must be the article's (words the document title has); the line must be
 * names and nothing else (besides lead-ins, dates and separators), at least one a full name; lines
 * that label something else ("Foto: …") are skipped, and reading stops at the first longer line.
 */
export function headlineByline(text: VisibleText, titles: readonly string[], siteName: Outlets): string[] {
  if (text.start < 0 || !isArticleHeadline(text.text.slice(text.start, text.end), titles)) return [];
  const lines = text.text
    .slice(text.end, text.end + HEADLINE_LINES * MAX_HEADLINE_LINE * 2)
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .slice(0, HEADLINE_LINES);
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i]!;
    if (LONE_LEAD.test(line) && i + 1 < lines.length) line = `${line} ${lines[++i]!}`;
    if (line.length > MAX_HEADLINE_LINE) break;
    if (startsWithLabel(line)) continue;
    const names = namesOnly(line, siteName);
    if (names.some((n) => n.includes(' '))) return names;
  }
  return [];
}

/** A headline of a few words, most of them in one of the page's titles for itself. */
function isArticleHeadline(headline: string, titles: readonly string[]): boolean {
  const words = fold(headline).split(' ').filter(Boolean);
  if (words.length < MIN_HEADLINE_WORDS) return false;
  if (!titles.length) return true;
  return titles.some((t) => {
    const known = new Set(fold(t).split(' '));
    return words.filter((w) => known.has(w)).length / words.length >= 0.6;
  });
}

/** The names `line` credits when it holds nothing but names, lead-ins, dates and separators; else none. */
function namesOnly(line: string, siteName: Outlets): string[] {
  const names: string[] = [];
  for (const segment of line.split(/\s*[|•·/]\s*|\s+[-–—]\s+/)) {
    const rest = splitByline(segment, { siteName });
    if (!rest.length) {
      // Nothing but a date, a lead-in or a mark is fine; other words are not a byline's.
      if (/\p{L}{2,}/u.test(stripDates(segment))) return [];
      continue;
    }
    // "Emotion Redaktion": a desk's signature, not a person.
    if (!coversSegment(segment, rest) || rest.some((n) => n.split(' ').some((w) => DESK_WORD.test(w))))
      return [];
    names.push(...rest);
  }
  return dedupe(names);
}

/** Words of `segment` other than lead-ins and conjunctions that are not in `names`. */
function coversSegment(segment: string, names: readonly string[]): boolean {
  const inNames = new Set(names.flatMap((n) => fold(n).split(' ')));
  return fold(stripDates(segment))
    .split(' ')
    .filter(Boolean)
    .every((w) => inNames.has(w) || FILLER.test(w));
}

const DESK_WORD = wholeWordOf(DESKS);

/** Lead-ins and conjunctions of a byline ("von", "by", "and"). */
const FILLER =
  /^(?:by|von|par|por|door|di|de|av|przez|und|and|et|y|e|i|og|en|oraz|autor|autorin|author|text)$/;

function stripDates(text: string): string {
  return text.replace(DATE_WORDS, ' ');
}

/** Dates and times as bylines print them (numbers, month and weekday names, "Uhr", "am", "le"). */
const DATE_WORDS =
  /\d+(?:[.:/-]\d+)*\.?|\b(?:am|um|uhr|on|at|le|el|il|den|the|vor|minuten|stunden|ago|hours?|minutes?|jan|feb|m[aä]r|apr|ma[iy]|jun|jul|aug|sep|o[ck]t|nov|de[cz])\p{L}*\.?|\b(?:mon|tue|wed|thu|fri|sat|sun|mo|di|mi|do|fr|sa|so)\p{L}*\.?,?/giu;

/**
 * `line` when it names every one of `names` (as written, or as a first name it completes) and
 * more: the visible byline lists co-authors the metadata leaves out, or the surname.
 */
function completes(line: readonly string[], names: readonly string[]): string[] | null {
  if (line.length < names.length) return null;
  const folded = line.map((n) => fold(n));
  const covered = names.every((n) => {
    const f = fold(n);
    return folded.some((l) => l === f || l.startsWith(`${f} `));
  });
  const more = line.length > names.length || names.some((n) => !folded.includes(fold(n)));
  return covered && more ? [...line] : null;
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
