/**
 * The date a text states in its opening lines ("May 3, 2013", "3 May 2013", "2013-05-03"), where
 * reports print their dateline. It stands in for the publication date when the page had none
 * (plain-text and JSON inputs often come without one).
 */
import { MONTH_ABBREVIATIONS } from '../text/calendar';

/** Characters searched: a headline, byline and dateline fit in the first few hundred. */
const OPENING = 300;
const MONTHS: readonly string[] = MONTH_ABBREVIATIONS;
const MONTH = String.raw`(${MONTHS.join('|')})[a-z]*\.?`;
const MDY = new RegExp(String.raw`\b${MONTH}\s+(\d{1,2})(?:st|nd|rd|th)?\s*,?\s+((?:19|20)\d\d)\b`, 'i');
const DMY = new RegExp(String.raw`\b(\d{1,2})\s+${MONTH}\s*,?\s+((?:19|20)\d\d)\b`, 'i');
const ISO = /\b((?:19|20)\d\d)-(\d\d)-(\d\d)\b/;

/** Days since the epoch of the first date in the opening of `text`, or null. */
export function datelineDay(text: string): number | null {
  const opening = text.slice(0, OPENING);
  const candidates: { at: number; day: number | null }[] = [];
  const mdy = MDY.exec(opening);
  if (mdy) candidates.push({ at: mdy.index, day: dayOf(+mdy[3]!, monthOf(mdy[1]!), +mdy[2]!) });
  const dmy = DMY.exec(opening);
  if (dmy) candidates.push({ at: dmy.index, day: dayOf(+dmy[3]!, monthOf(dmy[2]!), +dmy[1]!) });
  const iso = ISO.exec(opening);
  if (iso) candidates.push({ at: iso.index, day: dayOf(+iso[1]!, +iso[2]! - 1, +iso[3]!) });
  candidates.sort((a, b) => a.at - b.at);
  return candidates.find((c) => c.day !== null)?.day ?? null;
}

function monthOf(name: string): number {
  return MONTHS.indexOf(name.slice(0, 3).toLowerCase());
}

function dayOf(year: number, month: number, day: number): number | null {
  const date = new Date(Date.UTC(year, month, day));
  // Date.UTC rolls "February 31" over into March: such a date is a misreading, not a date.
  if (month < 0 || date.getUTCMonth() !== month || date.getUTCDate() !== day) return null;
  return Math.floor(date.getTime() / 86_400_000);
}
