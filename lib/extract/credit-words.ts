/**
 * Words that stand where a byline's author would, one list per kind. Each list is lower case and
 * matched against the whole credit (case and accents folded by the reader).
 */

/** What CMSs print where an author would be, and the labels and links of author boxes: they credit nobody. */
export const PLACEHOLDERS = [
  'admin',
  'administrator',
  'null',
  'undefined',
  'none',
  'n/a',
  'unknown',
  'anonymous',
  'anonym',
  'guest',
  'gast',
  'user',
  'author',
  'authors',
  'autor',
  'autoren',
  'name',
  'webmaster',
  'by',
  'von',
  'more',
  'mehr',
  'share',
  'teilen',
  'home',
  'posts',
  'more posts',
  'all posts',
  'profile',
  'profil',
  'and',
  'und',
  'text',
  'foto',
  'fotos',
  'photo',
  'photos',
  'bild',
  'bilder',
  'zvg',
  'about',
  'über',
  'kontakt',
  'contact',
  'online',
  'weltweit',
  'worldwide',
];

/** Desk labels: a credit, but true of almost every page of an outlet ("Redaktion", "Staff"). */
export const DESKS = [
  'redaktion',
  'online-redaktion',
  'onlineredaktion',
  'newsdesk',
  'news desk',
  'desk',
  'staff',
  'staff writer',
  'editor',
  'editors',
  'editorial',
  'editorial staff',
  'the editors',
  'team',
  'redaktionsteam',
  'newsroom',
];

/** Sources named without a name: agencies in general, wires, press releases. */
export const UNNAMED_SOURCES = [
  'agenturen',
  'agencies',
  'wire',
  'wires',
  'press release',
  'pressemitteilung',
];

/** A pattern matching a whole credit that is one of `words`, in any case. */
export function wholeWordOf(...lists: (readonly string[])[]): RegExp {
  const escaped = lists.flat().map((w) => w.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'));
  return new RegExp(`^(?:${escaped.join('|')})$`, 'i');
}
