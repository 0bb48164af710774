/**
 * Paragraph-level cleaning of the article text: the lines Readability keeps that are not article
 * prose, recognised by what they say (in English and the other languages news is often read in):
 * share bars, "Read more" links, advert labels, photo credits (a caption's own sentence stays), byline and date lines,
 * newsletter and cookie notices, copyright lines, and labels that repeat the page's metadata.
 * Each rule applies only to short paragraphs, so article prose that mentions these words stays.
 */
import { foldForComparison } from '../text/normalize';
import { withoutCredit } from './caption-credit';
import { startsUpper } from './fold';
import { ALL_RULES, type Rules } from './rules';

export interface ParagraphContext {
  title: string | null;
  authors: readonly string[];
  section: string | null;
  siteName: string | null;
}

/** Characters: a "line" of furniture is short; prose paragraphs that mention the same words are longer. */
const SHORT = 80;
const CAPTION_MAX = 300;
const NOTICE_MAX = 250;
/** Characters: no rule applies to a longer paragraph (titles are at most 300). */
const LONGEST_RULE = 320;

/** Whole-line labels; "…" continues only where the label is followed by a title or a colon. */
const LABELS = new RegExp(
  '^(?:' +
    [
      'advert(?:isement)?|anzeige|werbung|publicit[ea]|publicidad|pubblicita|reklama|sponsored|gesponsert',
      'skip to (?:main )?content|zum inhalt springen|this slideshow requires javascript\\.?|loading\\.*',
      '(?:listen|horen)(?: to)?(?: this| den)? (?:article|artikel)\\b.*',
      '(?:read|see) (?:more|next|also)\\b.*|more\\s*:.*|related(?:\\s*(?:articles?|stories|coverage|content|topics|links))?\\s*(?::.*)?',
      "recommended(?: for you)?\\s*(?::.*)?|you (?:may|might) (?:also )?(?:like|enjoy)\\b.*|don'?t miss\\b.*",
      'most (?:read|popular|viewed|shared)\\b.*|trending(?: now)?\\s*(?::.*)?',
      '(?:lesen sie|lies) (?:auch|mehr|weiter)\\b.*|mehr (?:zum thema|dazu|lesen)\\b.*|weiterlesen|auch interessant\\b.*',
      'das konnte sie (?:auch )?interessieren\\b.*|zum thema\\s*(?::.*)?|(?:a )?lire aussi\\b.*|leer mas\\b.*|leggi anche\\b.*',
      'share(?: this)?(?: article| story| post| page)?(?: on| via)?\\s*(?::.*)?|teilen\\s*(?::.*)?',
      'follow us\\b.*|folgen sie uns\\b.*|sign up (?:for|to)\\b.*|subscribe (?:to|now|for)\\b.*|jetzt abonnieren\\b.*',
      'click here\\b.*|tap here\\b.*|(?:leave a |add a |post a |view |show |\\d+ )?comments?\\s*(?:\\(\\d+\\))?|kommentare?\\s*(?:\\(\\d+\\))?',
      'tell us what you think\\b.*|print(?: this)?(?: article| page)?|drucken|e-?mail(?: this)?(?: article)?',
      'copy link|link kopieren|back to top|nach oben',
    ].join('|') +
    ')$',
);

const SOCIAL =
  /^(?:(?:share|teilen|partager|compartir|facebook|twitter|x|linkedin|whatsapp|pinterest|reddit|e-?mail|mail|print|drucken|copy link|link kopieren|messenger|telegram|flipboard|tumblr|xing|threads|bluesky|mastodon|on|via|auf|per|sur|en)[\s|·•,/:]*)+$/;

const CAPTION_START =
  /^(?:photos?|images?|imagen|pictures?|pics?|credits?|fotos?|фото|bild(?:er|quelle)?|quelle|copyright|illustration|grafik)\s*:/;
const CAPTION_END =
  /\((?:photos?|images?|pictures?|pics?|credits?|fotos?|bild|quelle|source)\s*:[^)]{1,80}\)$|\((?:ap|afp|reuters|getty|epa|dpa)(?: photo| images)?\b[^)]{0,80}\)$|\b(?:getty images|shutterstock|istock(?:photo)?|imago images|picture alliance|ap photo|afp via getty images)\b[^.]{0,60}$/;
/** Inline credits left inside a sentence, removed from longer paragraphs too. */
const INLINE_CREDIT =
  /\s*\((?:photos?|images?|pictures?|pics?|credits?|fotos?|bild|quelle)\s*:[^)]{1,80}\)/gi;

const DATE_LINE =
  /^(?:(?:last )?(?:updated|published|posted|modified|created|first published|aktualisiert|ver[oö]ffentlicht|erschienen|stand|publi[eé]|mis [aà] jour|actualizado|publicado|pubblicato|aggiornato)\b|\(?(?:updated|published)\b)/;
/** Lead words of a byline line; the name after them is capitalised (checked on the unfolded text). */
const BYLINE_LEAD = /^(?:by|von|par|por|di|door|av|przez|written by|text(?: und| and)? fotos?)\s+/i;
const DATE_TOKEN =
  /\b(?:\d{1,4}[./:-]\d{1,2}(?:[./:-]\d{1,4})?|\d{1,2}(?:st|nd|rd|th)?|jan(?:uary|uar)?|feb(?:ruary|ruar)?|m[aä]r(?:ch|z)?|apr(?:il)?|ma[iy]|june?|juni|july?|juli|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|okt(?:ober)?|nov(?:ember)?|dec(?:ember)?|dez(?:ember)?|mon(?:day)?|tue(?:sday)?|wed(?:nesday)?|thu(?:rsday)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|am|pm|a\.m\.|p\.m\.|uhr|[ecmp][sd]t|gmt|utc|cet|cest|bst|et|pt|\d{4})\b/g;

/** A numeric date or time ("19.11.", "11/18/19", "6:55") or a month or weekday name. */
const DATE_SHAPE =
  /\d[./:-]\d|\b(?:jan|feb|m[aä]r|apr|ma[iy]|jun|jul|aug|sep|o[ck]t|nov|de[cz]|mon|tue|wed|thu|fri|sat|sun|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)/;

const NOTICE =
  /\b(?:cookies?\b.*\b(?:use|uses|accept|consent|privacy|verwendet|akzeptieren|zustimm)|(?:uses?|using|verwendet|nutzt)\b.*\bcookies|(?:newsletter|sign up|subscribe|abonnieren|anmelden)\b.*\b(?:inbox|e-?mail|newsletter|postfach)|all rights reserved|alle rechte vorbehalten|tous droits r[ée]serv[ée]s|todos los derechos reservados)\b/;

/** Paragraphs that are the article, with inline photo credits removed. */
export function filterParagraphs(
  paragraphs: readonly string[],
  context: ParagraphContext,
  rules: Rules = ALL_RULES,
): string[] {
  const metadataLines = new Set(
    [context.title, context.section, context.siteName, ...context.authors]
      .filter((s): s is string => !!s)
      .map(fold),
  );
  const authors = context.authors.map(fold).filter((a) => a.length > 2);
  const kept: string[] = [];
  for (const paragraph of paragraphs) {
    // A caption keeps its sentence and loses the credit glued to it; a longer paragraph loses inline credits.
    const credited =
      paragraph.length > CAPTION_MAX ? paragraph.replace(INLINE_CREDIT, '') : withoutCredit(paragraph);
    const text = credited !== paragraph && rules.on('para-caption-credit') ? credited : paragraph;
    if (!isFurnitureLine(text, metadataLines, authors, rules)) kept.push(text);
  }
  return kept;
}

function isFurnitureLine(
  text: string,
  metadataLines: Set<string>,
  authors: readonly string[],
  rules: Rules,
): boolean {
  // Every rule below is for short lines; long paragraphs are prose (and folding them is the costly part).
  if (text.length > LONGEST_RULE) return false;
  const folded = fold(text);
  if (folded.length <= 2 * SHORT && isBylineLine(text) && rules.on('para-byline-line')) return true;
  if (!folded) return true;
  if (metadataLines.has(folded) && rules.on('para-metadata-line')) return true;
  if (folded.length <= SHORT && LABELS.test(folded) && rules.on('para-labels')) return true;
  if (folded.length <= SHORT && SOCIAL.test(folded) && rules.on('para-social')) return true;
  if (
    folded.length <= CAPTION_MAX &&
    (CAPTION_START.test(folded) || CAPTION_END.test(folded)) &&
    rules.on('para-caption-credit')
  )
    return true;
  if (/^[([]?©/.test(folded) && folded.length <= NOTICE_MAX && rules.on('para-copyright')) return true;
  if (folded.length <= NOTICE_MAX && NOTICE.test(folded) && rules.on('para-notice')) return true;
  if (folded.length <= 2 * SHORT && isBylineOrDateLine(folded, authors) && rules.on('para-date-line'))
    return true;
  return false;
}

/** "By Jane Doe", "Von Lena Hartmann": a lead word, a capitalised name, and no sentence end. */
function isBylineLine(text: string): boolean {
  const lead = BYLINE_LEAD.exec(text);
  return !!lead && startsUpper(text.slice(lead[0].length)) && !/[.!?]["”]?$/.test(text);
}

/** "By Jane Doe - 11/18/19 11:04 PM EST", "Updated Nov 19, 6:55 AM", "Jane Doe | 5 May 2024". */
function isBylineOrDateLine(folded: string, authors: readonly string[]): boolean {
  if (DATE_LINE.test(folded) && /\d/.test(folded)) return true;
  if (authors.some((a) => folded.startsWith(a) && folded.length < a.length + 60 && !/[.!?]$/.test(folded)))
    return true;
  // A line made only of dates, times and separators, with at least one of them written as a date
  // or a time: a line of bare numbers is a table row or a list of years, which is data.
  const rest = folded.replace(DATE_TOKEN, '').replace(/[\s,;|•·/()–—-]+/g, '');
  return rest.length === 0 && /\d/.test(folded) && DATE_SHAPE.test(folded);
}

/** Case and typography folded, whitespace trimmed: the form every rule above reads. */
function fold(text: string): string {
  return foldForComparison(text).replace(/\s+/g, ' ').trim();
}
