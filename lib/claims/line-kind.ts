/**
 * Which lines of an article carry no claim: section headings ("Russia’s response") and credit or
 * embed lines (tweet embeds, photo credits, "Reporting by …"). They are never reported as a
 * detail only one source carries.
 */
import { PICTURE_LIBRARIES } from '../text/agencies';
import type { ClaimKind } from './types';

const CREDIT = new RegExp(
  String.raw`pic\.twitter\.com|https?:\/\/|^\s*[—–-]+\s.*\(@\w+\)|\(@\w+\)\s+\w+ \d{1,2}, \d{4}$` +
    String.raw`|^(?:additional\s+)?(?:reporting|editing|writing|compiled|produced)\s+by\b` +
    String.raw`|^(?:photo|image|video|graphic|illustration|file photo)s?\s*(?:by|:)` +
    String.raw`|\b(?:${PICTURE_LIBRARIES.join('|')}|afp via getty|ap photo|reuters\/)\b` +
    String.raw`|^(?:read more|related|advertisement|share this|sign up|subscribe)\b`,
  'i',
);
/**
 * A dateline or timestamp line: "Posted: May 24, 2005", "26 September 2013, 10:00 (GMT+05:00)",
 * "06/06/13 07:05 PM ET". Short, and made of a date or time with little else.
 */
const DATELINE =
  /^(?:(?:posted|published|updated|last updated|first published)\s*:?\s*)?(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\s+)?(?:\d{1,2}\s*[/.]\s*\d{1,2}\s*[/.]\s*\d{2,4}|\d{1,2}\s+[a-z]+\s+\d{4}|[a-z]+\.?\s+\d{1,2},?\s+\d{4})[\s,]*(?:(?:at\s+)?\d{1,2}\s*[:.]\s*\d{2}\s*(?:[ap]\.?\s*m\.?)?)?[\s\w+:()./-]{0,24}$/i;
/** Headings are short: a sentence longer than this is a statement even without final punctuation. */
const MAX_HEADING_WORDS = 12;

/** The kind of a claim that spans `text`, alone in its paragraph or not. */
export function lineKind(text: string, aloneInParagraph: boolean): ClaimKind {
  if (CREDIT.test(text) || DATELINE.test(text.trim())) return 'credit';
  const words = text.split(/\s+/).filter(Boolean).length;
  if (aloneInParagraph && words <= MAX_HEADING_WORDS && !/[.!?…"”’)\]]$/u.test(text.trim())) return 'heading';
  return 'statement';
}
