/**
 * Paragraph-level cleaning of the article text: the short lines Readability keeps that are not
 * article prose, recognised by what they say (in English and the other languages news is often
 * read in): advert and "Read more" labels, share and comment prompts, cookie, newsletter and rights
 * notices. Each rule applies only to short paragraphs, so article prose that mentions these words
 * stays. (Line rules for bylines, dates, copyright lines, share-button rows, lines repeating the
 * metadata and photo credits were tried and removed: across the dev sets' sites they cost as much
 * as they gained; see tests/eval/extract.)
 */
import { foldLine as fold } from '../text/fold';
import { ALL_RULES, type Rules } from './rules';

/** Characters: a "line" of furniture is short; prose paragraphs that mention the same words are longer. */
const SHORT = 80;
const NOTICE_MAX = 250;

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

const NOTICE =
  /\b(?:cookies?\b.*\b(?:use|uses|accept|consent|privacy|verwendet|akzeptieren|zustimm)|(?:uses?|using|verwendet|nutzt)\b.*\bcookies|(?:newsletter|sign up|subscribe|abonnieren|anmelden)\b.*\b(?:inbox|e-?mail|newsletter|postfach)|all rights reserved|alle rechte vorbehalten|tous droits r[ée]serv[ée]s|todos los derechos reservados)\b/;

/** Paragraphs that are the article. */
export function filterParagraphs(paragraphs: readonly string[], rules: Rules = ALL_RULES): string[] {
  return paragraphs.filter((p) => !isFurnitureLine(p, rules));
}

function isFurnitureLine(text: string, rules: Rules): boolean {
  // Every rule below is for short lines; long paragraphs are prose (and folding them is the costly part).
  if (text.length > NOTICE_MAX + 20) return false;
  const folded = fold(text);
  if (!folded) return true;
  if (folded.length <= SHORT && LABELS.test(folded) && rules.on('para-labels')) return true;
  return folded.length <= NOTICE_MAX && NOTICE.test(folded) && rules.on('para-notice');
}
