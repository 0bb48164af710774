/**
 * Publication dates written in the page's text, for pages without machine-readable dates: a date
 * after a label ("Erschienen am: 01.11.2023", "Published on May 3, 2022"), or the first date
 * next to the headline, where bylines and datelines sit.
 */
import { findWrittenDate, parseDate, type DateOptions } from './parse-date';
import type { VisibleText } from './visible-text';

/** Characters around the headline searched for a date: a kicker above, byline and date below. */
const BEFORE_HEADLINE = 200;
const AFTER_HEADLINE = 500;
/** Characters of a marked headline counted: a longer "headline" is a wrapper around the page. */
const MAX_HEADLINE = 300;

const LABEL =
  /(?:ver[öo]ffentlicht|erschienen|erstellt|publiziert|published|posted|publi[ée]|mis en ligne|mise en ligne|publicado|pubblicato|opublikowano|datum)(?:\s+(?:am|on|le|el|il|den))?\s*:?\s*/gi;
/** Labels of the date a page was last changed: its only date when it gives no other. */
export const UPDATED_LABEL =
  /\b(?:aktualisiert|letzte [äa]nderung|zuletzt ge[äa]ndert|stand|last updated|last modified|updated|mis à jour|actualizado)(?:\s+(?:am|on|le|el))?\s*:?\s*/gi;

/** A labelled date anywhere in the text, else the first date near the headline (with `label`, only a date so labelled). */
export function findTextDate(
  pageText: () => VisibleText,
  options: DateOptions,
  label: RegExp = LABEL,
): string | null {
  const { text, start, end } = pageText();
  for (const m of text.matchAll(label)) {
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 60);
    const date = /^\W{0,3}\d|^\W{0,3}[^\s\d]{3,}\.?\s+\d/.test(after) ? parseDate(after, options) : null;
    if (date) return date;
  }
  if (start < 0 || label !== LABEL) return null;
  const from = Math.max(0, start - BEFORE_HEADLINE);
  const headlineEnd = Math.min(end, start + MAX_HEADLINE);
  const to = headlineEnd + AFTER_HEADLINE;
  // A short line of its own below the headline (the byline's or the date line), then one above it
  // (a kicker), before any date in the prose: a caption or standfirst can name the day of the event.
  return (
    dateLine(text.slice(headlineEnd, to), options) ??
    dateLine(text.slice(from, start), options) ??
    findWrittenDate(text.slice(start, to), options) ??
    findWrittenDate(text.slice(from, to), options)
  );
}

/** Characters of a line that holds a date and little else: a date line or a byline, not prose. */
const MAX_DATE_LINE = 100;

/** The first date written on a short line of `text`. */
function dateLine(text: string, options: DateOptions): string | null {
  for (const line of text.split('\n')) {
    const trimmed = line.trim();
    if (!trimmed || trimmed.length > MAX_DATE_LINE) continue;
    const date = findWrittenDate(trimmed, options);
    if (date) return date;
  }
  return null;
}

/** Characters of page text before the article's first words searched for its date (a dateline or a date line above it). */
const BEFORE_BODY = 300;
/** Characters of the article searched: press releases and reports open with their date. */
const BODY_START = 150;

/**
 * A date written next to where the article starts in the page: for pages whose headline is far
 * from the text (or is the site's name) and that have no machine-readable date.
 */
export function findDateNearText(
  pageText: () => VisibleText,
  articleText: string,
  options: DateOptions,
): string | null {
  const opening = articleText.slice(0, 60);
  if (opening.length < 20) return null;
  const { text } = pageText();
  const at = text.indexOf(opening);
  if (at < 0) return parseDate(articleText.slice(0, BODY_START), options);
  // The article's opening lines first, then the lines just above it, nearest first.
  return (
    parseDate(text.slice(at, at + BODY_START), options) ??
    parseDate(lastChars(text.slice(Math.max(0, at - BEFORE_BODY), at)), options)
  );
}

/** The end of `text` that parseDate reads (it reads 200 characters from the start). */
function lastChars(text: string): string {
  return text.slice(-200);
}
