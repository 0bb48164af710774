/**
 * Publication dates written in the page's text, for pages without machine-readable dates: a date
 * after a label ("Erschienen am: 01.11.2023", "Published on May 3, 2022"), or the first date
 * next to the headline, where bylines and datelines sit.
 */
import { parseDate, type DateOptions } from './parse-date';
import type { VisibleText } from './visible-text';

/** Characters around the headline searched for a date: a kicker above, byline and date below. */
const BEFORE_HEADLINE = 200;
const AFTER_HEADLINE = 500;

const LABEL =
  /(?:ver[öo]ffentlicht|erschienen|publiziert|published|posted|publi[ée]|publicado|pubblicato|opublikowano|datum)(?:\s+(?:am|on|le|el|il|den))?\s*:?\s*/gi;

/** A labelled date anywhere in the text, else the first date near the headline. */
export function findTextDate(pageText: () => VisibleText, options: DateOptions): string | null {
  const { text, start, end } = pageText();
  for (const m of text.matchAll(LABEL)) {
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 60);
    const date = /^\W{0,3}\d|^\W{0,3}[^\s\d]{3,}\.?\s+\d/.test(after) ? parseDate(after, options) : null;
    if (date) return date;
  }
  if (start < 0) return null;
  const window = text.slice(Math.max(0, start - BEFORE_HEADLINE), end + AFTER_HEADLINE);
  return (
    parseDate(window.slice(start - Math.max(0, start - BEFORE_HEADLINE)), options) ??
    parseDate(window, options)
  );
}
