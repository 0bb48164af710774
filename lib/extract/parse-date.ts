/**
 * Dates as pages write them, to ISO 8601. The zone the page gives is kept (a Berlin article
 * published at 00:30 stays on its own day); a date with no time stays a bare YYYY-MM-DD; a
 * time with no zone is kept without one rather than guessed.
 */
import { MONTH_FORMS } from '../text/calendar';

/** Years outside this range are typos or placeholders, not publication dates. */
const MIN_YEAR = 1990;
const MAX_YEAR = 2100;

/** Month number (1–12) of every written month name (lib/text/calendar.ts). */
const MONTHS: Record<string, number> = {};
MONTH_FORMS.forEach((names, i) => names.forEach((n) => (MONTHS[n] = i + 1)));
const MONTH_RE = Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .join('|');

const ISO =
  /^\s*(\d{4})-(\d{1,2})-(\d{1,2})(?:[T\s]+(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?)?\s*(Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?\b/i;
const COMPACT = /^\s*(\d{4})(\d{2})(\d{2})(?:T?(\d{2})(\d{2})(\d{2})?)?\s*(Z|[+-]\d{2}:?\d{2})?\s*$/;
const DAY_MONTH_YEAR = new RegExp(
  `(?<!\\d)(\\d{1,2})\\.?\\s*(?:de\\s+)?(${MONTH_RE})\\.?,?\\s*(?:de\\s+)?(\\d{4})`,
  'i',
);
const MONTH_DAY_YEAR = new RegExp(`(${MONTH_RE})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})`, 'i');
const NUMERIC = /(?<!\d)(\d{1,2})([./-])(\d{1,2})\2(\d{4}|\d{2})(?!\d)/;
const ISO_IN_TEXT = /(?<!\d)((?:19|20)\d{2})-(\d{2})-(\d{2})(?!\d)/;
const CLOCK =
  /(\d{1,2})[:.h](\d{2})(?::(\d{2}))?\s*([ap]\.?m\.?)?\s*(Z|UTC|GMT|[+-]\d{2}:?\d{2}|[ECMP][SD]T|CES?T|BST)?/i;
const ZONES: Record<string, string> = {
  Z: 'Z',
  UTC: 'Z',
  GMT: 'Z',
  EST: '-05:00',
  EDT: '-04:00',
  CST: '-06:00',
  CDT: '-05:00',
  MST: '-07:00',
  MDT: '-06:00',
  PST: '-08:00',
  PDT: '-07:00',
  CET: '+01:00',
  CEST: '+02:00',
  BST: '+01:00',
};

export interface DateOptions {
  /** "mdy" reads 11/10/2019 as November 10th (US pages); otherwise day first. */
  order?: 'dmy' | 'mdy';
}

/** ISO 8601 of `value` or null; machine-readable forms first, then dates written in words. */
export function parseDate(value: string | null | undefined, options: DateOptions = {}): string | null {
  if (!value) return null;
  const text = value.trim().slice(0, 200);
  if (/^\d{10}(\d{3})?$/.test(text)) {
    const ms = Number(text) * (text.length === 10 ? 1000 : 1);
    return inRange(new Date(ms).getUTCFullYear()) ? new Date(ms).toISOString().replace('.000Z', 'Z') : null;
  }
  const iso = ISO.exec(text) ?? COMPACT.exec(text);
  if (iso) return format(+iso[1]!, +iso[2]!, +iso[3]!, iso[4], iso[5], iso[6], iso[7]);
  return findWrittenDate(text, options);
}

/** The first date written in `text` (of any length the caller bounds), as ISO 8601, or null. */
export function findWrittenDate(text: string, options: DateOptions = {}): string | null {
  let y: number | undefined;
  let m: number | undefined;
  let d: number | undefined;
  // The earliest date in the text, whatever its form: a date line ("10.11.2021") comes before
  // the prose that follows it ("until 9 November 2021"), and the first date is the line's.
  const found = earliest([DAY_MONTH_YEAR, MONTH_DAY_YEAR, ISO_IN_TEXT, NUMERIC], text);
  if (!found) return null;
  const [form, match] = found;
  if (form === DAY_MONTH_YEAR) [d, m, y] = [+match[1]!, MONTHS[match[2]!.toLowerCase()], +match[3]!];
  else if (form === MONTH_DAY_YEAR) [m, d, y] = [MONTHS[match[1]!.toLowerCase()], +match[2]!, +match[3]!];
  else if (form === ISO_IN_TEXT) [y, m, d] = [+match[1]!, +match[2]!, +match[3]!];
  else {
    let [a, b] = [+match[1]!, +match[3]!];
    if (options.order === 'mdy' && a <= 12) [a, b] = [b, a];
    else if (a <= 12 && b > 12) [a, b] = [b, a];
    [d, m, y] = [a, b, match[4]!.length === 2 ? 2000 + +match[4]! : +match[4]!];
  }
  const rest = text.slice(match.index + match[0].length);
  if (!m) return null;
  const clock = CLOCK.exec(rest);
  if (!clock || !clock[5]) return format(y, m, d);
  let hour = +clock[1]!;
  const meridiem = clock[4]?.toLowerCase().replace(/\./g, '');
  if (meridiem === 'pm' && hour < 12) hour += 12;
  if (meridiem === 'am' && hour === 12) hour = 0;
  return format(y, m, d, String(hour), clock[2], clock[3], clock[5]);
}

/** The form whose match starts first in `text` (the earlier form wins a tie), with its match. */
function earliest(forms: readonly RegExp[], text: string): [RegExp, RegExpExecArray] | null {
  let best: [RegExp, RegExpExecArray] | null = null;
  for (const form of forms) {
    const match = form.exec(text);
    if (match && (!best || match.index < best[1].index)) best = [form, match];
  }
  return best;
}

function format(
  y: number,
  m: number,
  d: number,
  hh?: string,
  mm?: string,
  ss?: string,
  zone?: string,
): string | null {
  if (!inRange(y) || m < 1 || m > 12 || d < 1 || d > daysIn(y, m)) return null;
  const date = `${y}-${pad(m)}-${pad(d)}`;
  if (hh === undefined || mm === undefined) return date;
  if (+hh > 23 || +mm > 59 || (ss !== undefined && +ss > 59)) return date;
  const time = `${pad(+hh)}:${mm}:${ss ?? '00'}`;
  return `${date}T${time}${zone ? zoneOf(zone) : ''}`;
}

function zoneOf(zone: string): string {
  const upper = zone.toUpperCase();
  if (ZONES[upper]) return ZONES[upper]!;
  const m = /^([+-])(\d{2}):?(\d{2})?$/.exec(zone);
  return m ? `${m[1]}${m[2]}:${m[3] ?? '00'}` : '';
}

function inRange(year: number): boolean {
  return year >= MIN_YEAR && year <= MAX_YEAR;
}

function daysIn(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
