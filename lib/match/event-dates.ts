/**
 * The dates a report gives its event in its title and lede ("on Dec. 11", "April 28, 2009",
 * "on Thursday", "yesterday"), resolved against the report's own date. Two reports of one event
 * name the same day; two events of one kind (two arrests, two votes, one inquiry's steps months
 * apart), told in the same words and with the same names, name different days.
 *
 * A mention is first read without any reference (`dateMentions`, stored with the features), then
 * resolved once the article's day is known (`resolveDates`): a month and day without a year takes
 * the year that puts it nearest the article's day, a weekday is the last such day on or before it.
 * Without a day of its own, a report keeps the month and day it wrote, and the weekday ("on Sunday"),
 * which still tells a Sunday vote from a Thursday one.
 */
import { MONTH_ABBREVIATIONS, WEEKDAYS } from '../text/calendar';

/** Characters of the title and text read for the event's dates: the headline, dateline and lede. */
const LEDE_CHARS = 600;
/** Dates kept per article: the lede's event dates, not the background's chronology. */
const MAX_DATES = 6;

const MONTH = String.raw`(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\.?(?![a-z])`;
const MDY = new RegExp(
  String.raw`\b${MONTH}\s*(\d{1,2})(?:st|nd|rd|th)?\b(?:\s*,?\s*((?:19|20)\d\d)\b)?`,
  'gi',
);
const DMY = new RegExp(
  String.raw`\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?${MONTH}(?:\s*,?\s*((?:19|20)\d\d)\b)?`,
  'gi',
);
const ISO = /\b((?:19|20)\d\d)\s?-\s?(\d\d)\s?-\s?(\d\d)\b/g;
/** "27/09/2013", "04 / 28 / 09": day or month first; read only when one reading is impossible. */
const NUMERIC = /\b(\d{1,2})\s?\/\s?(\d{1,2})\s?\/\s?((?:19|20)?\d\d)\b/g;
const WEEKDAY = new RegExp(String.raw`\b(${WEEKDAYS.en.join('|')})\b`, 'gi');
const RELATIVE = /\b(yesterday|today|tonight|last night)\b/gi;

/**
 * A date as written: y * 10000 + m * 100 + d with y 0 when no year was written (month 1-12), or
 * a relative day: -1 to -7 for Sunday to Saturday, -8 yesterday, -9 today.
 */
export type DateMention = number;

/**
 * A resolved date: days since the epoch (positive), -(month * 100 + day) for a month and day whose
 * year is unknown, or -(WEEKDAY_BASE + weekday) (0 Sunday) for a weekday of an undated article.
 */
export type EventDate = number;

const WEEKDAY_BASE = 2000;

/** The date mentions of an article's title and lede, in order of appearance, each once. */
export function dateMentions(title: string, text: string): DateMention[] {
  const opening = `${title}\n${text.slice(0, LEDE_CHARS)}`;
  const found: { at: number; value: DateMention }[] = [];
  const add = (at: number, y: number, m: number, d: number) => {
    if (m < 1 || m > 12 || d < 1 || d > 31) return;
    if (y && !validDay(y, m, d)) return;
    found.push({ at, value: y * 10000 + m * 100 + d });
  };
  for (const x of opening.matchAll(MDY)) add(x.index, +(x[3] ?? 0), monthOf(x[1]!), +x[2]!);
  for (const x of opening.matchAll(DMY)) add(x.index, +(x[3] ?? 0), monthOf(x[2]!), +x[1]!);
  for (const x of opening.matchAll(ISO)) add(x.index, +x[1]!, +x[2]!, +x[3]!);
  for (const x of opening.matchAll(NUMERIC)) {
    const a = +x[1]!;
    const b = +x[2]!;
    const y = x[3]!.length === 2 ? 2000 + +x[3]! : +x[3]!;
    if (a > 12 && b <= 12) add(x.index, y, b, a);
    else if (b > 12 && a <= 12) add(x.index, y, a, b);
    else if (a === b) add(x.index, y, a, b);
  }
  for (const x of opening.matchAll(WEEKDAY)) {
    const day = WEEKDAYS.en.indexOf(x[1]!.toLowerCase() as (typeof WEEKDAYS.en)[number]);
    found.push({ at: x.index, value: -(day + 1) });
  }
  for (const x of opening.matchAll(RELATIVE)) {
    const word = x[1]!.toLowerCase();
    found.push({ at: x.index, value: word === 'yesterday' || word === 'last night' ? -8 : -9 });
  }
  found.sort((a, b) => a.at - b.at);
  return [...new Set(found.map((f) => f.value))];
}

/** The event dates of `mentions` for an article of day `day` (days since the epoch, or null). */
export function resolveDates(mentions: readonly DateMention[], day: number | null): EventDate[] {
  const out: EventDate[] = [];
  for (const m of mentions) {
    let resolved: number | null = null;
    if (m >= 10000) resolved = epochDay(Math.floor(m / 10000), Math.floor(m / 100) % 100, m % 100);
    else if (m > 0) resolved = day === null ? -m : nearestYear(Math.floor(m / 100), m % 100, day);
    else if (day === null) {
      if (m >= -7) resolved = -(WEEKDAY_BASE + (-m - 1));
    } else {
      if (m === -8) resolved = day - 1;
      else if (m === -9) resolved = day;
      else {
        // The last such weekday on or before the article's day (1970-01-01 was a Thursday).
        const weekday = (((day + 4) % 7) + 7) % 7;
        resolved = day - ((weekday - (-m - 1) + 7) % 7);
      }
    }
    if (resolved !== null && !out.includes(resolved)) out.push(resolved);
    if (out.length >= MAX_DATES) break;
  }
  return out;
}

export interface DateEvidence {
  /**
   * Days between the nearest two written dates (not weekdays) of the two, null when either has
   * none. A month and day without a year agree with another only on the very day: "Dec. 14" of one
   * year is next to "December 15" of any year, so a day off counts as two.
   */
  gap: number | null;
  /** Both name weekdays (written, or of their dates) and none is common: a Sunday vote is not a Thursday one. */
  weekdayConflict: boolean;
}

/**
 * How the event dates of two articles compare. A date without a year is compared by month and day
 * (on a 365-day circle), so "Dec. 11" and "April 28, 2009" are four months apart whatever the year.
 * Weekdays count apart: reports of one day name the same weekday, and undated reports give little else.
 */
export function compareDates(a: ArrayLike<number>, b: ArrayLike<number>): DateEvidence {
  let gap = Infinity;
  for (let i = 0; i < a.length; i++)
    for (let j = 0; j < b.length; j++) {
      const x = a[i]!;
      const y = b[j]!;
      if (x <= -WEEKDAY_BASE || y <= -WEEKDAY_BASE) continue;
      if (x > 0 && y > 0) gap = Math.min(gap, Math.abs(x - y));
      else {
        const d = circularGap(x, y);
        gap = Math.min(gap, d === 0 ? 0 : d + 1);
      }
    }
  const wa = weekdays(a);
  const wb = weekdays(b);
  return { gap: gap === Infinity ? null : gap, weekdayConflict: wa !== 0 && wb !== 0 && (wa & wb) === 0 };
}

function circularGap(a: EventDate, b: EventDate): number {
  const d = Math.abs(dayOfYear(a) - dayOfYear(b));
  return Math.min(d, 365 - d);
}

/** Bit set of the weekdays of `dates`. */
function weekdays(dates: ArrayLike<number>): number {
  let bits = 0;
  for (let i = 0; i < dates.length; i++) {
    const w = weekdayOf(dates[i]!);
    if (w !== null) bits |= 1 << w;
  }
  return bits;
}

/** The weekday (0 Sunday) of a dated or weekday event date, null for a month-day without a year. */
function weekdayOf(x: EventDate): number | null {
  if (x > 0) return (((x + 4) % 7) + 7) % 7;
  if (x <= -WEEKDAY_BASE) return -x - WEEKDAY_BASE;
  return null;
}

function dayOfYear(x: EventDate): number {
  if (x > 0) {
    const date = new Date(x * 86_400_000);
    return Math.floor((x * 86_400_000 - Date.UTC(date.getUTCFullYear(), 0, 1)) / 86_400_000);
  }
  const md = -x;
  return Math.floor(((Math.floor(md / 100) - 1) * 365) / 12) + (md % 100) - 1;
}

function nearestYear(month: number, day: number, reference: number): number | null {
  const year = new Date(reference * 86_400_000).getUTCFullYear();
  let best: number | null = null;
  for (const y of [year - 1, year, year + 1]) {
    if (!validDay(y, month, day)) continue;
    const d = epochDay(y, month, day);
    // News looks back more than forward: a date up to ten months before the article, two after.
    if (d - reference > 62 || reference - d > 303) continue;
    if (best === null || Math.abs(d - reference) < Math.abs(best - reference)) best = d;
  }
  return best;
}

function monthOf(name: string): number {
  return (
    MONTH_ABBREVIATIONS.indexOf(name.slice(0, 3).toLowerCase() as (typeof MONTH_ABBREVIATIONS)[number]) + 1
  );
}

function validDay(y: number, m: number, d: number): boolean {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

function epochDay(y: number, m: number, d: number): number {
  return Math.floor(Date.UTC(y, m - 1, d) / 86_400_000);
}
