/**
 * A byline as written ("By Jane Doe and John Roe, Reuters | Updated 5 May 2024") to the list of
 * person names it credits: no "By", no roles, no dates, no outlet, no handles or addresses.
 */

/** Characters: longer "bylines" are paragraphs that happen to sit in a byline element. */
const MAX_BYLINE = 200;
const MAX_NAME = 60;
const MAX_NAME_WORDS = 5;

const LEAD =
  /^\s*(?:(?:written|reported|reporting|story|words|text|photos?|interview|compiled|edited|posted|published|fotos?|bilder)\s+(?:by|von)\s*:?|by\s*:?|von\s*:?|par|por|door|przez|autor(?:in)?\s*:|author\s*:|text\s*:)\s+/i;
/** Italian "di" is also the start of surnames ("Di Maio"), so only its lower-case form is a lead. */
const LEAD_LOWER = /^\s*(?:di|av)\s+(?=\p{Lu})/u;
/** Where the names end: a date, a time, "Updated", a separator that starts other page furniture. */
const TAIL =
  /\s*(?:\b(?:updated|published|posted|last modified|aktualisiert|ver[oö]ffentlicht|am \d|on (?:mon|tue|wed|thu|fri|sat|sun)|stand:?)\b|[|•·]|\s[-–—]\s|\d{1,4}[./-]\d{1,2}[./-]\d{1,4}|\d{1,2}:\d{2}|\b\d{1,2}\.?\s+(?:jan|feb|mar|m[aä]r|apr|ma[iy]|jun|jul|aug|sep|o[ck]t|nov|de[cz])[a-z]*\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b).*$/i;
/** A role after a comma or "for": "Jane Doe, Senior Correspondent", "Jane Doe for The Guardian". */
const ROLE =
  /^(?:senior |chief |staff |political |foreign |deputy |associate |special |contributing |executive |managing )*(?:editor|writer|reporter|correspondent|staff|contributor|columnist|journalist|redakteur(?:in)?|redaktion|autor(?:in)?|korrespondent(?:in)?|mitarbeiter(?:in)?|photographer|fotograf(?:in)?|producer|analyst|critic|intern)\b/i;
const NOT_A_PERSON =
  /^(?:admin|administrator|editor|editors|staff|redaktion|newsdesk|news desk|desk|team|guest|anonymous|unknown|null|undefined|none|author|webmaster|online|online-redaktion|the editors|editorial|editorial staff|press release|pressemitteilung|agenturen|agencies|wire|wires|more|and|und|mehr)$/i;
const CONJUNCTIONS = /\s*(?:,|;|\s+(?:and|und|&|et|y|e|i|og|en|oraz)\s+|\s+&\s+)\s*/i;

export interface BylineOptions {
  /** The outlet's name, never a person. */
  siteName?: string | null;
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
  for (let i = 0; i < 2; i++) text = text.replace(LEAD, '').replace(LEAD_LOWER, '');
  text = text.replace(TAIL, '').trim();
  const names: string[] = [];
  for (const part of text.split(CONJUNCTIONS)) {
    const name = cleanName(part);
    if (!name) continue;
    if (ROLE.test(name)) continue;
    if (!isPersonName(name, options.siteName ?? null)) continue;
    if (!names.some((n) => n.toLowerCase() === name.toLowerCase())) names.push(name);
  }
  return names;
}

function cleanName(part: string): string {
  return part
    .replace(/\s+(?:for|für|pour|para|per|voor)\s+.*$/i, '')
    .replace(/^[\s\-–—:,;.'"“”‘’]+|[\s\-–—:,;'"“”‘’]+$/g, '')
    .trim();
}

/** Plausibly a person: a few capitalised words, letters only (plus apostrophes, hyphens, dots). */
export function isPersonName(name: string, siteName: string | null): boolean {
  if (name.length < 2 || name.length > MAX_NAME) return false;
  if (!/^[\p{L}][\p{L}\p{M}'’.\- ]*$/u.test(name)) return false;
  const words = name.split(' ');
  if (words.length > MAX_NAME_WORDS) return false;
  if (NOT_A_PERSON.test(name)) return false;
  // Names start with a capital; particles (van, de, von, al-) may not.
  if (!words.some((w) => /^\p{Lu}/u.test(w))) return false;
  if (
    words.filter(
      (w) =>
        /^\p{Ll}/u.test(w) &&
        !/^(?:van|von|de|der|den|del|della|di|da|du|le|la|al|el|bin|ibn|ten|ter|zu|y|e|dos|das)$/.test(w),
    ).length > 0
  )
    return false;
  if (siteName && fold(name) === fold(siteName)) return false;
  return true;
}

function fold(s: string): string {
  return s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}
