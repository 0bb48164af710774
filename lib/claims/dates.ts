/**
 * Dates: absolute ("February 2022", "August 17, 2025"), weekdays ("on Sunday", "Friday’s") and
 * days relative to publication ("yesterday"). compromise tags the words; this module reads the
 * calendar fields so two dates can be compared at the precision both state.
 */
import { MONTH_ABBREVIATIONS as ABBREVIATIONS, MONTHS as ENGLISH, WEEKDAYS as DAYS } from '../text/calendar';
import type { Token } from './nlp';
import type { DateMention } from './types';

const MONTHS: readonly string[] = ENGLISH.en;
const MONTH_ABBREVIATIONS: readonly string[] = ABBREVIATIONS;
const WEEKDAYS: readonly string[] = DAYS.en;
const RELATIVE: Record<string, number> = { today: 0, tonight: 0, yesterday: -1, tomorrow: 1 };
const AMBIGUOUS_MONTHS = new Set(['may', 'march']);
const TIME_PREPOSITIONS = new Set([
  'in',
  'on',
  'since',
  'until',
  'by',
  'early',
  'late',
  'mid',
  'last',
  'next',
  'this',
  'of',
  'from',
  'before',
  'after',
  'through',
]);

/** The date expressions of a sentence. */
export function findDates(tokens: readonly Token[]): DateMention[] {
  const out: DateMention[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!isDateWord(tokens, i)) {
      i++;
      continue;
    }
    let j = i + 1;
    while (
      j < tokens.length &&
      (isDateWord(tokens, j) || isDayOrYear(tokens, j)) &&
      !/[.;:!?]/.test(tokens[j - 1]!.post)
    )
      j++;
    const mention = readDate(tokens.slice(i, j));
    if (mention) out.push(mention);
    i = j;
  }
  return out;
}

function isDateWord(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  const n = t.normal.replace(/['’]s$/, '');
  if (n in RELATIVE || WEEKDAYS.includes(n)) return true;
  if (/^\d{4}$/.test(n)) {
    const year = Number(n);
    const plausible = year >= 1800 && year <= 2200;
    return (
      plausible &&
      (t.tags.has('Year') || isMonth(tokens, i - 1) || TIME_PREPOSITIONS.has(tokens[i - 1]?.normal ?? ''))
    );
  }
  return isMonth(tokens, i);
}

/**
 * A month name, capitalised. "May" and "March" are also a modal and a verb: they count as months
 * next to a day or year number or after a preposition of time ("in May", "since March").
 */
export function isMonth(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (!t || !/^\p{Lu}/u.test(t.text)) return false;
  const n = t.normal.replace(/['’]s$/, '');
  if (monthOf(n) === undefined) return false;
  if (!AMBIGUOUS_MONTHS.has(n)) return true;
  const next = tokens[i + 1]?.normal ?? '';
  const prev = tokens[i - 1]?.normal ?? '';
  return /^\d{1,4}(st|nd|rd|th)?$/.test(next) || TIME_PREPOSITIONS.has(prev);
}

/** A day or year number right after a month ("August 17", "February 2022"). */
function isDayOrYear(tokens: readonly Token[], j: number): boolean {
  if (!/^\d{1,4}(st|nd|rd|th)?$/.test(tokens[j]!.normal)) return false;
  return tokens.slice(0, j).some((_, k) => isMonth(tokens, k));
}

function readDate(span: readonly Token[]): DateMention | null {
  const mention: DateMention = { start: span[0]!.start, end: span[span.length - 1]!.end };
  for (const t of span) {
    const n = t.normal.replace(/['’]s$/, '');
    const month = /^\p{Lu}/u.test(t.text) ? monthOf(n) : undefined;
    if (month !== undefined) mention.month = month;
    else if (WEEKDAYS.includes(n)) mention.weekday = WEEKDAYS.indexOf(n);
    else if (n in RELATIVE) mention.relativeDays = RELATIVE[n];
    else if (/^\d{4}$/.test(n) && Number(n) >= 1800 && Number(n) <= 2200) mention.year = Number(n);
    else if (/^\d{1,2}(st|nd|rd|th)?$/.test(n) && mention.month !== undefined) {
      const day = parseInt(n, 10);
      if (day >= 1 && day <= 31) mention.day = day;
    }
  }
  const fields = ['year', 'month', 'weekday', 'relativeDays'] as const;
  return fields.some((f) => mention[f] !== undefined) ? mention : null;
}

function monthOf(n: string): number | undefined {
  const full = MONTHS.indexOf(n);
  if (full >= 0) return full + 1;
  const short = MONTH_ABBREVIATIONS.indexOf(n.replace(/\.$/, ''));
  return short >= 0 ? short + 1 : undefined;
}

/**
 * Whether two dates can name the same day: every field both state agrees. Weekdays and calendar
 * dates are not compared without a reference day, and neither is a relative day.
 */
export function compatibleDates(a: DateMention, b: DateMention): boolean | null {
  const shared = (['year', 'month', 'day', 'weekday', 'relativeDays'] as const).filter(
    (f) => a[f] !== undefined && b[f] !== undefined,
  );
  if (shared.length === 0) return null;
  return shared.every((f) => a[f] === b[f]);
}
