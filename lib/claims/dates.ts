/**
 * Dates: absolute ("February 2022", "August 17, 2025"), weekdays ("on Sunday", "Friday’s") and
 * days relative to publication ("yesterday"). compromise tags the words; this module reads the
 * calendar fields so two dates can be compared at the precision both state.
 */
import type { Token } from './nlp';
import type { DateMention } from './types';

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
const MONTH_ABBREVIATIONS = [
  'jan',
  'feb',
  'mar',
  'apr',
  'may',
  'jun',
  'jul',
  'aug',
  'sep',
  'oct',
  'nov',
  'dec',
];
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const RELATIVE: Record<string, number> = { today: 0, tonight: 0, yesterday: -1, tomorrow: 1 };

/** The date expressions of a sentence. */
export function findDates(tokens: readonly Token[]): DateMention[] {
  const out: DateMention[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i]!;
    if (!isDateWord(t)) {
      i++;
      continue;
    }
    let j = i + 1;
    while (
      j < tokens.length &&
      (isDateWord(tokens[j]!) || isDayOrYear(tokens, j)) &&
      !/[.;:!?]/.test(tokens[j - 1]!.post)
    )
      j++;
    const mention = readDate(tokens.slice(i, j));
    if (mention) out.push(mention);
    i = j;
  }
  return out;
}

function isDateWord(t: Token): boolean {
  const n = t.normal.replace(/['’]s$/, '');
  return (
    (t.tags.has('Month') || t.tags.has('WeekDay') || t.tags.has('Year') || n in RELATIVE) &&
    (monthOf(n) !== undefined || WEEKDAYS.includes(n) || n in RELATIVE || /^\d{4}$/.test(n))
  );
}

/** A day or year number right after a month ("August 17", "February 2022"). */
function isDayOrYear(tokens: readonly Token[], j: number): boolean {
  const t = tokens[j]!;
  if (!/^\d{1,4}(st|nd|rd|th)?$/.test(t.normal)) return false;
  return tokens.slice(0, j).some((p) => monthOf(p.normal) !== undefined && p.tags.has('Month'));
}

function readDate(span: readonly Token[]): DateMention | null {
  const mention: DateMention = { start: span[0]!.start, end: span[span.length - 1]!.end };
  for (const t of span) {
    const n = t.normal.replace(/['’]s$/, '');
    const month = t.tags.has('Month') ? monthOf(n) : undefined;
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
