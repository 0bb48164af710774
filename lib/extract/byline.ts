/**
 * A byline as written ("By Jane Doe and John Roe, Reuters | Updated 5 May 2024") to the list of
 * person names it credits: no "By", no roles, no dates, no outlet or agency, no handles or
 * addresses.
 */
import { AGENCY } from '../text/agencies';
import { DESKS, PLACEHOLDERS, UNNAMED_SOURCES, wholeWordOf } from './credit-words';
import { foldWords as fold, isLetter, startsLower, startsUpper } from '../text/fold';

/** Characters: longer "bylines" are paragraphs that happen to sit in a byline element. */
const MAX_BYLINE = 200;
const MAX_NAME = 60;
const MAX_NAME_WORDS = 5;

/** Lead-ins before the names. */
const LEAD =
  /^\s*(?:(?:written|reported|reporting|story|words|text|photos?|interview|compiled|edited|posted|published|erstellt|geschrieben|verfasst|fotos?|bilder|ein beitrag|beitrag|alle artikel|alle beiträge|all posts|more posts|all articles|more articles|mehr artikel|weitere artikel|alles|mehr|more|gastbeitrag|kommentar|pressemitteilung|artikel|interview|article|column|analysis|review|essay|bericht|reportage|a post)\s+(?:by|von)\s*:?|by\s*:?|von\s*:?|par|por|door|przez|text\s*:|texte?\s+und\s+fotos?\s*:?)\s+|^\s*(?:autor(?:in)?|author|verfasser(?:in)?|redakteur(?:in)?)(?:\s*:\s*|\s+)(?=\S)/i;
/** The label glued to the name in the markup ("AuthorJane Doe"), told from words such as "Authority" by case. */
const GLUED_LEAD =
  /^\s*(?:[Aa]utor(?:in)?|[Aa]uthor|[Vv]erfasser(?:in)?|[Rr]edakteur(?:in)?)(?=[A-ZÀ-Þ][a-zß-ÿ])/;
/** Italian "di" is also the start of surnames ("Di Maio"), so only its lower-case form is a lead. */
const LEAD_LOWER = /^\s*(?:di|av)\s+(?=[A-ZÀ-ÞĀ-ſ])/;
/** Where the names end: a date, a time, "Updated", a weekday. */
const TAIL =
  /\s*(?:\b(?:(?:last |zuletzt )?(?:updated|modified)|published|posted|aktualisiert|ver[oö]ffentlicht|on (?:mon|tue|wed|thu|fri|sat|sun)|stand:?)\b|\b(?:am|le|el|il|on|den|the)\s+(?:\d|(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)\b)|\b(?:mo|di|mi|do|fr|sa|so|mon|tue|wed|thu|fri|sat|sun)[.,]?\s+\d|\d{1,4}[./-]\d{1,2}[./-]\d{1,4}|\d{1,2}:\d{2}|\b\d{1,2}\.?\s+(?:jan|feb|mar|m[aä]r|apr|ma[iy]|jun|jul|aug|sep|o[ck]t|nov|de[cz])[a-z]*\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b).*$/i;
/** Link texts that follow a name in author boxes. */
const TRAILING_LINKS =
  /(?:^|\s+)(?:alle (?:artikel|beiträge)|all (?:posts|articles|stories)|more (?:by|from)|mehr von|alles von|weitere artikel|view profile|zum profil|follow|kontakt|contact)\b.*$/i;
/** Segments of a byline: names on one side, outlet, date or role on the other. */
const SEGMENT = /\s*[|•·/]\s*|\s+[-–—]\s+/;
/** A role after a comma or "for": "Jane Doe, Senior Correspondent", "Jane Doe for The Guardian". */
const ROLE =
  /^(?:senior |chief |staff |political |foreign |deputy |associate |special |contributing |executive |managing )*(?:editor|writer|reporter|correspondent|staff|contributor|columnist|journalist|redakteur(?:in)?|redaktion|autor(?:in)?|korrespondent(?:in)?|mitarbeiter(?:in)?|photographer|fotograf(?:in)?|producer|analyst|critic|intern|projektleiter(?:in)?|leiter(?:in)?|sprecher(?:in)?)\b/i;
/** No person's name: placeholders, desks and unnamed sources. */
const NOT_A_PERSON = wholeWordOf(PLACEHOLDERS, DESKS, UNNAMED_SOURCES);
/** Words of buttons and links that sit in bylines (share, print, follow): no name has them. */
const UI_WORD =
  /^(?:link|links|kopieren|copy|teilen|share|drucken|print|merken|folgen|follow|abonnieren|subscribe|kommentare?|comments?|e-mail|email|newsletter|filter|suche|search|login|anmelden|menü|menu|weiterlesen)$/i;
/** Characters allowed in a name besides letters (combining accents included). */
const NAME_MARKS = "'’.- \u0300\u0301\u0302\u0303\u0308\u030a\u0327";
const CONJUNCTIONS = /\s*(?:,|;|\s+(?:and|und|&|et|y|e|i|og|en|oraz)\s+|\s+&\s+)\s*/i;

/** The outlet's names (site name, publisher): never a person. */
export type Outlets = string | readonly string[] | null;

export interface BylineOptions {
  siteName?: Outlets;
}

/** Whether `name` is one of the outlet's names, spacing, case and accents aside. */
function isOutlet(name: string, outlets: Outlets): boolean {
  if (!outlets) return false;
  const key = fold(name).replace(/ /g, '');
  return (typeof outlets === 'string' ? [outlets] : outlets).some((o) => fold(o).replace(/ /g, '') === key);
}

/** Person names credited by `byline`, in order, without duplicates. */
export function splitByline(byline: string | null | undefined, options: BylineOptions = {}): string[] {
  if (!byline) return [];
  let text = byline.replace(/\s+/g, ' ').trim();
  if (!text || text.length > MAX_BYLINE) return [];
  text = text
    .replace(/\([^)]*\)/g, ' ')
    .replace(/\bhttps?:\/\/\S+/gi, ' ')
    .replace(/\S+@\S+\.\S+/g, ' ')
    .replace(/@\w+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const candidates: string[] = [];
  /** Words left once lead-ins and dates are gone: what the byline credits. */
  let words = 0;
  for (const segment of segmentsOf(text)) {
    let part = stripLead(segment).replace(TAIL, '').trim();
    // Counted before link texts are cut: "View all posts by …" is not a lone name "View".
    if (part) words += part.split(' ').length;
    part = part.replace(TRAILING_LINKS, '').trim();
    for (const piece of part.split(CONJUNCTIONS)) {
      const name = cleanName(piece);
      if (name && !ROLE.test(name) && isPersonName(name, options.siteName ?? null)) candidates.push(name);
    }
  }
  const names = dedupe(candidates);
  // A lone word is a name only when it is all the byline credits ("Fabian", "Von Fabian am 6. Mai");
  // beside full names or other words it is an outlet or a label.
  const full = names.filter((n) => n.includes(' '));
  return full.length ? full : names.length === 1 && words <= 1 ? names : [];
}

/** Characters and words: a credit is a short label ("Redaktion", "revamp-it Webteam"), not a phrase. */
const MAX_CREDIT = 40;
const MAX_CREDIT_WORDS = 4;
/** What CMSs print where an author would be, and labels of author boxes: they credit nobody. */
const PLACEHOLDER = wholeWordOf(PLACEHOLDERS);
/** Legal forms and web addresses: a company named as a page's author is usually the agency that built the site. */
const COMPANY_FORM = /\b(?:gmbh|ag|kg|ug|inc|ltd|llc|corp|s\.?a\.?r\.?l|b\.?v|srl|sp\. z o\.o)\b|\bwww\./i;
/** A file a link points to ("humans.txt"), not a credit. */
const FILE_NAME = /\.(?:txt|html?|php|aspx?|xml|json|pdf)$/i;
/** Letters, digits and the marks credits use ("revamp-it Webteam", "uncut-news.ch", "Müller & Partner"). */
const CREDIT_MARKS = `${NAME_MARKS}&+0123456789`;

/**
 * What a byline credits when it names no person: a desk, an agency, a team or the outlet, as the
 * page writes it, without "By", dates or trailing links. Null for placeholders and for text that
 * is not a short credit.
 */
export function creditOf(byline: string | null | undefined): string | null {
  if (!byline) return null;
  const text = byline.replace(/\s+/g, ' ').trim();
  if (!text || text.length > MAX_BYLINE) return null;
  for (const segment of segmentsOf(text)) {
    const part = trimMarks(stripLead(segment).replace(TAIL, '').replace(TRAILING_LINKS, ''));
    if (!part) continue;
    return isCredit(part) ? part : null;
  }
  return null;
}

function isCredit(text: string): boolean {
  if (text.length < 2 || text.length > MAX_CREDIT || text.split(' ').length > MAX_CREDIT_WORDS) return false;
  if (!isLetter(text.charAt(0)) || /\.\.|…/.test(text)) return false;
  return (
    [...text].every((ch) => isLetter(ch) || CREDIT_MARKS.includes(ch)) &&
    !PLACEHOLDER.test(text) &&
    !COMPANY_FORM.test(text) &&
    !FILE_NAME.test(text)
  );
}

/** Characters before the colon of a label ("Abgelegt unter:", "Filed under:", "Tags:"). */
const MAX_LABEL = 30;

/** Whether `text` opens with a label of something other than authors ("Tags: …", not "Autor: …"). */
export function startsWithLabel(text: string): boolean {
  const colon = text.indexOf(':');
  if (colon < 1 || colon > MAX_LABEL) return false;
  const label = text.slice(0, colon + 1);
  return !/[\d|•·]/.test(label) && stripLead(`${label} X`) !== 'X';
}

/**
 * The parts of a byline up to the first label of something else: after "Abgelegt unter:", "Tags:"
 * or "Filed under:" come topics, not names. Lead-ins ("Von:", "By") are not such labels.
 */
function segmentsOf(text: string): string[] {
  const segments: string[] = [];
  for (const segment of text.split(SEGMENT)) {
    if (/:\s*$/.test(segment) && startsWithLabel(segment.trim())) break;
    segments.push(segment);
  }
  return segments;
}

/** Up to two lead-ins ("Ein Beitrag von", "Autorin:") off the front. */
function stripLead(part: string): string {
  for (let i = 0; i < 2; i++) part = part.replace(LEAD, '').replace(LEAD_LOWER, '').replace(GLUED_LEAD, '');
  return part;
}

function cleanName(part: string): string {
  return trimMarks(
    part
      .replace(/\s+(?:for|für|pour|para|per|voor)\s+.*$/i, '')
      .replace(/\s+(?:\S+\s+)?staff(?: writer)?$/i, ''),
  );
}

/** Quotes, dashes and separators around a name or credit. */
function trimMarks(part: string): string {
  return part.replace(/^[\s\-–—:,;.'"“”‘’]+|[\s\-–—:,;'"“”‘’]+$/g, '').trim();
}

/** Plausibly a person: a few capitalised words, letters only (plus apostrophes, hyphens, dots). */
export function isPersonName(name: string, siteName: Outlets): boolean {
  if (name.length < 2 || name.length > MAX_NAME) return false;
  if (!isLetter(name.charAt(0)) || ![...name].every((ch) => isLetter(ch) || NAME_MARKS.includes(ch)))
    return false;
  const words = name.split(' ');
  // An ellipsis ends a cut-off label ("Erweiterte Suche..."); no name has one.
  if (name.includes('..') || words.some((w) => UI_WORD.test(w))) return false;
  if (words.length > MAX_NAME_WORDS) return false;
  if (NOT_A_PERSON.test(name) || AGENCY.test(name) || COMPANY_FORM.test(name)) return false;
  // Initials alone ("JF") are a desk's signature, not a name.
  if (words.length === 1 && name.replace(/\./g, '').length <= 2) return false;
  if (!words.some(startsUpper)) return false;
  const particles = /^(?:van|von|de|der|den|del|della|di|da|du|le|la|al|el|bin|ibn|ten|ter|zu|y|e|dos|das)$/;
  if (words.some((w) => startsLower(w) && !particles.test(w))) return false;
  if (isOutlet(name, siteName)) return false;
  return true;
}

/** Names in order, each once, case aside. */
export function dedupe(names: string[]): string[] {
  const seen = new Set<string>();
  return names.filter((n) => {
    const key = n.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
