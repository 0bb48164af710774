/**
 * Numbers that describe an event (26 pirates, a 6.1 magnitude, $200 million, 90 days) as keys.
 * Two reports of one event repeat them; two events of the same kind rarely share them. Dates,
 * times and years are left out: they say when something was written, which time proximity covers.
 */
import { MONTH_ABBREVIATIONS, MONTHS } from '../text/calendar';

const NUMBER =
  /(?<![\p{L}\p{N}.,:/])(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(?:st|nd|rd|th)?(?![\p{L}\p{N}]|\s?[:/]\s?\d)/gu;
const MONTH_NAMES = [...MONTH_ABBREVIATIONS, 'sept', ...MONTHS.en].join('|');
const MONTH = new RegExp(`^(?:${MONTH_NAMES})\\b`, 'i');
const MONTH_BEFORE = new RegExp(`\\b(?:${[...MONTH_ABBREVIATIONS, 'sept'].join('|')})[a-z]*\\.?\\s*$`, 'i');
const CLOCK = /^\s*(?:a\.?\s?m\b|p\.?\s?m\b|gmt\b|utc\b|[ecmp][sd]?t\b|ist\b|cet\b|bst\b|hrs\b|h\b)/i;

/** Normalised quantity keys of `text` ("26", "6.1", "200"), in order of appearance, with repeats. */
export function quantities(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(NUMBER)) {
    const integer = m[1]!.replace(/,/g, '').replace(/^0+(?=\d)/, '');
    const value = m[2] ? `${integer}.${m[2]}` : integer;
    const before = text.slice(Math.max(0, m.index - 12), m.index);
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 12);
    // "May 3, 2013", "3 May", "11/12": part of a date. "1:30 p.m.", "09:29 pm": a clock time.
    if (MONTH.test(after.trimStart()) || MONTH_BEFORE.test(before)) continue;
    if (CLOCK.test(after) || /[:/]\s?$/.test(before)) continue;
    if (!m[2] && /^(?:19|20)\d\d$/.test(integer)) continue;
    out.push(value);
  }
  return out;
}
