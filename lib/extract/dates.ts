/**
 * Published and modified times from the best source the page has, in order of trust: the article's
 * JSON-LD, article:* and other machine meta tags, <time> elements in the article's header, dates
 * written next to the byline, and the URL (/2019/10/16/).
 */
import { stringOf, type Json } from './json-ld';
import { firstMeta, type MetaTags } from './meta-tags';
import { parseDate, type DateOptions } from './parse-date';
import { findTextDate, UPDATED_LABEL } from './text-dates';
import type { VisibleText } from './visible-text';
import { ALL_RULES, type RuleName, type Rules } from './rules';

const PUBLISHED_META = [
  'article:published_time',
  'og:article:published_time',
  'og:published_time',
  'article:published',
  'datepublished',
  'publishdate',
  'publish-date',
  'publish_date',
  'published_time',
  'published-date',
  'publication_date',
  'pubdate',
  'dc.date.issued',
  'dcterms.issued',
  'dc.date.created',
  'dcterms.created',
  'sailthru.date',
  'parsely-pub-date',
  'article.published',
  'article_date_original',
  'original-publish-date',
  'cxenseparse:recs:publishtime',
  'displaydate',
];
/**
 * Meta names that say only "date": often when the CMS last saved the page, not when the article
 * appeared, so the dates the page shows can overrule them.
 */
const GENERIC_DATE_META = ['dc.date', 'dcterms.date', 'date'];
const MODIFIED_META = [
  'article:modified_time',
  'og:article:modified_time',
  'article:modified',
  'datemodified',
  'dcterms.modified',
  'dc.date.modified',
  'last-modified',
  'og:updated_time',
  'article.updated',
];

/** Where a visible publication date sits: elements named like these, with short text. */
const DATE_NAMES = /date|time|publi|posted|byline|meta|datum|veroeffentlicht|fecha|data/i;
const MAX_DATE_TEXT = 120;
/** Menus date the stories they list (a mega-menu of latest news), never the page. */
const MENU = 'nav, [role="navigation"]';
/** Elements inspected for a visible date; pages put it near the top of the article. */
const MAX_DATE_CANDIDATES = 40;

/** Witnesses that must agree on another day before a weaker first choice (a bare "date" meta, a <time>) gives way to them. */
const MIN_DISSENT = 2;

/**
 * Published time as ISO 8601, or null. The first source in order of trust decides, except where
 * the page contradicts itself: two machine dates that disagree (the one the page's other dates
 * agree with wins), and a bare <time> element that the visible date line and the URL both
 * contradict (it may date a related story or the template).
 */
export function findPublishedTime(
  doc: Document,
  ld: Json | null,
  meta: MetaTags,
  url: string,
  options: DateOptions,
  pageText: () => VisibleText,
  page: Json | null = null,
  rules: Rules = ALL_RULES,
): string | null {
  const witnesses = lazyWitnesses(doc, url, options, pageText, rules);
  const fromLd = rules.use('date-ld', machineDate(stringOf(ld?.datePublished), witnesses, rules));
  const named = rules.use('date-meta', machineDate(firstMeta(meta, PUBLISHED_META), witnesses, rules));
  const generic = rules.use(
    'date-generic-meta',
    machineDate(firstMeta(meta, GENERIC_DATE_META), witnesses, rules),
  );
  const fromMeta = named ?? generic;
  if (fromLd && fromMeta && dayOf(fromLd) !== dayOf(fromMeta) && rules.on('date-conflict-support'))
    return support(fromMeta, witnesses()) > support(fromLd, witnesses()) ? fromMeta : fromLd;
  const machine = fromLd ?? named ?? rules.use('date-ld-created', parseDate(stringOf(ld?.dateCreated)));
  if (machine) return rules.use('date-url-earlier', earlierUrlDate(url, machine)) ?? machine;
  if (generic) return unlessContradicted(generic, witnesses(), rules, 'date-generic-contradicted');
  const marked = rules.use('date-marked-time', markedTimeDate(doc, options, rules));
  if (marked)
    return unlessContradicted(
      marked,
      witnesses().filter((w) => w !== marked),
      rules,
      'date-marked-contradicted',
    );
  return (
    rules.use('date-page-ld', parseDate(stringOf(page?.datePublished))) ??
    rules.use('date-text', findTextDate(pageText, options)) ??
    rules.use('date-visible-element', visibleDate(doc, options, rules)) ??
    rules.use('date-any-time', anyTimeDate(doc, options, rules)) ??
    rules.use('date-url', urlDate(url)) ??
    rules.use('date-updated-label', findTextDate(pageText, options, UPDATED_LABEL))
  );
}

/** The dates a reader sees (the labelled or headline date, a dated element) and the URL's, read once when needed. */
function lazyWitnesses(
  doc: Document,
  url: string,
  options: DateOptions,
  pageText: () => VisibleText,
  rules: Rules,
): () => string[] {
  let cached: string[] | undefined;
  return () =>
    (cached ??= [findTextDate(pageText, options), visibleDate(doc, options, rules), urlDate(url)].filter(
      (d): d is string => d !== null,
    ));
}

/**
 * A machine date; one written 11/01/2023 reads as 11 January or as 1 November (servers print
 * month first whatever the page's language), so the reading the page's shown dates share wins.
 */
function machineDate(raw: string | null, witnesses: () => string[], rules: Rules): string | null {
  const dayFirst = parseDate(raw);
  if (!raw || !dayFirst || !/^\s*\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b/.test(raw)) return dayFirst;
  const monthFirst = parseDate(raw, { order: 'mdy' });
  if (!monthFirst || dayOf(monthFirst) === dayOf(dayFirst)) return dayFirst;
  return support(monthFirst, witnesses()) > support(dayFirst, witnesses()) &&
    rules.on('date-ambiguous-numeric')
    ? monthFirst
    : dayFirst;
}

/** `weak` unless the page's shown dates agree on another day (MIN_DISSENT of them) and none on its. */
function unlessContradicted(weak: string, others: readonly string[], rules: Rules, rule: RuleName): string {
  const rival = mostSupported(others);
  return rival && support(rival, others) >= MIN_DISSENT && support(weak, others) === 0 && rules.on(rule)
    ? rival
    : weak;
}

function dayOf(date: string): string {
  return date.slice(0, 10);
}

function support(date: string, witnesses: readonly string[]): number {
  return witnesses.filter((w) => dayOf(w) === dayOf(date)).length;
}

/** The witness whose day the most others share (the first of equals). */
function mostSupported(witnesses: readonly string[]): string | null {
  let best: string | null = null;
  for (const w of witnesses) if (!best || support(w, witnesses) > support(best, witnesses)) best = w;
  return best;
}

/** Modified time as ISO 8601, or null. */
export function findModifiedTime(ld: Json | null, meta: MetaTags): string | null {
  return parseDate(stringOf(ld?.dateModified)) ?? parseDate(firstMeta(meta, MODIFIED_META));
}

/** A date marked as the publication date (itemprop, pubdate), else a <time> in the article's header. */
function markedTimeDate(doc: Document, options: DateOptions, rules: Rules): string | null {
  const marked = doc.querySelector(
    '[itemprop~="datePublished"], time[pubdate], time[class*="publish"], time[class*="posted"]',
  );
  const fromMarked = marked ? elementDate(marked, options, rules) : null;
  if (fromMarked) return fromMarked;
  for (const time of doc.querySelectorAll(
    'article time[datetime], main time[datetime], header time[datetime]',
  )) {
    const inBanner = !time.closest('article, main') && isBanner(time.closest('header'));
    if (!inBanner || !rules.on('date-banner')) return elementDate(time, options, rules);
  }
  return null;
}

/** The site's banner (a header holding the menu): its <time> is today's date, not the article's. */
function isBanner(header: Element | null): boolean {
  return !!header?.querySelector(MENU);
}

/** Any <time datetime> on the page: weaker, it may date a related story. */
function anyTimeDate(doc: Document, options: DateOptions, rules: Rules): string | null {
  const any = doc.querySelector('time[datetime]');
  return any ? elementDate(any, options, rules) : null;
}

function elementDate(el: Element, options: DateOptions, rules: Rules): string | null {
  const machine = parseDate(el.getAttribute('datetime')) ?? parseDate(el.getAttribute('content'));
  const printed = parseDate((el.textContent ?? '').slice(0, MAX_DATE_TEXT), options);
  // A UTC machine time would be moved into the zone of the page's language; the date printed
  // beside it is the site's own local reading (sites set to UTC print the UTC day), so it wins
  // when it is a zone's width away (a day at most), not a misread.
  if (
    machine &&
    printed &&
    /(?:Z|[+-]00:?00)$/.test(machine) &&
    daysApart(machine, printed) <= 1 &&
    rules.on('date-utc-printed')
  )
    return printed;
  return machine ?? printed;
}

function daysApart(a: string, b: string): number {
  return Math.abs(Date.parse(dayOf(a)) - Date.parse(dayOf(b))) / 86_400_000;
}

/** A date written in words near the top of the article ("Published 16 October 2019"). */
function visibleDate(doc: Document, options: DateOptions, rules: Rules): string | null {
  const root = doc.querySelector('article') ?? doc.querySelector('main') ?? doc.body;
  return (
    (root && datedElementIn(root, options, rules)) ??
    (doc.body && root !== doc.body ? datedElementIn(doc.body, options, rules) : null)
  );
}

function datedElementIn(root: Element, options: DateOptions, rules: Rules): string | null {
  let seen = 0;
  for (const el of root.querySelectorAll('[class], [id]')) {
    const names = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
    if (!DATE_NAMES.test(names) || (el.closest(MENU) && rules.on('date-menu'))) continue;
    const text = el.textContent ?? '';
    if (text.length > MAX_DATE_TEXT || !/\d{4}/.test(text)) continue;
    const date = parseDate(text, options);
    if (date) return date;
    if (++seen >= MAX_DATE_CANDIDATES) break;
  }
  return null;
}

/** Days a URL's date may precede the machine date before it counts as an earlier publication (zones, late edits). */
const URL_DATE_SLACK_DAYS = 2;

/**
 * The URL's date when it is days before the machine date: an address keeps the day it was made,
 * while a CMS that re-publishes an old article moves its datePublished on.
 */
function earlierUrlDate(url: string, machine: string): string | null {
  const fromUrl = urlDate(url);
  return fromUrl && Date.parse(dayOf(machine)) - Date.parse(fromUrl) > URL_DATE_SLACK_DAYS * 86_400_000
    ? fromUrl
    : null;
}

/** /2019/10/16/ or /2019-10-16/ in the path. */
function urlDate(url: string): string | null {
  const m = /\/((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?:[/-]|$)/.exec(safePath(url));
  return m ? parseDate(`${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`) : null;
}

function safePath(url: string): string {
  try {
    return new URL(url).pathname;
  } catch {
    return '';
  }
}
