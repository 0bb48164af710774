/**
 * Published and modified times from the best source the page has, in order of trust: the article's
 * JSON-LD, article:* and other machine meta tags, dates written next to the headline or the
 * byline, dated elements, and the URL (/2019/10/16/). A bare <time> is no such source: sidebars,
 * teasers and the header's "today" carry them as often as the article does.
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
  const witnesses = lazyWitnesses(doc, url, options, pageText);
  const fromLd = rules.use('date-ld', parseDate(stringOf(ld?.datePublished)));
  const named = rules.use('date-meta', parseDate(firstMeta(meta, PUBLISHED_META)));
  const generic = rules.use('date-generic-meta', parseDate(firstMeta(meta, GENERIC_DATE_META)));
  const fromMeta = named ?? generic;
  if (fromLd && fromMeta && dayOf(fromLd) !== dayOf(fromMeta) && rules.on('date-conflict-support'))
    return support(fromMeta, witnesses()) > support(fromLd, witnesses()) ? fromMeta : fromLd;
  const machine = fromLd ?? named ?? rules.use('date-ld-created', parseDate(stringOf(ld?.dateCreated)));
  if (machine) return shownDayOf(machine, witnesses, rules);
  if (generic) return unlessContradicted(generic, witnesses(), rules, 'date-generic-contradicted');
  return (
    rules.use('date-page-ld', parseDate(stringOf(page?.datePublished))) ??
    rules.use('date-text', findTextDate(pageText, options)) ??
    rules.use('date-visible-element', visibleDate(doc, options)) ??
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
): () => string[] {
  let cached: string[] | undefined;
  return () =>
    (cached ??= [findTextDate(pageText, options), visibleDate(doc, options), urlDate(url)].filter(
      (d): d is string => d !== null,
    ));
}

/** `weak` unless the page's shown dates agree on another day (MIN_DISSENT of them) and none on its. */
function unlessContradicted(weak: string, others: readonly string[], rules: Rules, rule: RuleName): string {
  const rival = mostSupported(others);
  return rival && support(rival, others) >= MIN_DISSENT && support(weak, others) === 0 && rules.on(rule)
    ? rival
    : weak;
}

/** Milliseconds in a day: a machine time and the day a page shows may differ by the page's time zone. */
const DAY_MS = 86_400_000;

/**
 * A machine time (meta or JSON-LD, often in UTC) whose day is one off from the date the page
 * shows next to the headline: the shown day is the reader's, so it wins; any larger gap is another
 * date (an update, a related story) and the machine time stands.
 */
function shownDayOf(machine: string, witnesses: () => string[], rules: Rules): string {
  const [shown] = witnesses();
  if (!shown || dayOf(shown) === dayOf(machine)) return machine;
  const gap = Math.abs(Date.parse(dayOf(shown)) - Date.parse(dayOf(machine)));
  return gap === DAY_MS && rules.on('date-shown-day') ? shown : machine;
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

/** A date written in words near the top of the article ("Published 16 October 2019"). */
function visibleDate(doc: Document, options: DateOptions): string | null {
  const root = doc.querySelector('article') ?? doc.querySelector('main') ?? doc.body;
  return (
    (root && datedElementIn(root, options)) ??
    (doc.body && root !== doc.body ? datedElementIn(doc.body, options) : null)
  );
}

function datedElementIn(root: Element, options: DateOptions): string | null {
  let seen = 0;
  for (const el of root.querySelectorAll('[class], [id]')) {
    const names = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
    if (!DATE_NAMES.test(names)) continue;
    const text = el.textContent ?? '';
    if (text.length > MAX_DATE_TEXT || !/\d{4}/.test(text)) continue;
    const date = parseDate(text, options);
    if (date) return date;
    if (++seen >= MAX_DATE_CANDIDATES) break;
  }
  return null;
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
