/**
 * What marks an element as not being article prose, from its markup alone: class and id names
 * (share bars, related lists, photo credits, newsletter boxes, paywalls, hover cards…), ARIA roles, and
 * the hiding that browsers honour without CSS. Shared by the pruning before Readability and the
 * cleaning after it, so both agree.
 */

/**
 * Class or id words that name page furniture. Matched as whole words of the name (split on
 * punctuation and camelCase), so "share-bar" and "relatedLinks" match but "shareholder" does not.
 */
const FURNITURE_WORDS = new Set(
  [
    // sharing and social
    'share sharing shares sharebar sharetools social socials sociallinks',
    // recirculation
    'related recommended recommendation recommendations recirc recirculation trending popular mostread outbrain taboola',
    // marketing
    'paywall newsletter newsletters subscribe subscription signup promo promotion promotions advert advertisement advertising ads ad adslot adunit adcontainer sponsor sponsored',
    // discussion
    'comments comment disqus replies',
    // navigation and chrome
    'breadcrumb breadcrumbs nav navigation navbar menu toolbar pagination pager skip skiplink skiplinks',
    // around the article text (not captions: their sentences are the article's; their credits go)
    'credit credits copyright byline bylines dateline tags tagcloud tagging keywords',
    // overlays and hover cards
    'popup popover tooltip rollover hovercard modal cookie cookies consent gdpr',
    // screen-reader-only text
    'sronly srtext visuallyhidden screenreadertext screenreader offscreen',
  ]
    .join(' ')
    .split(' '),
);

/** Two-word names that only mean furniture together ("read-more", "more-stories"). */
const FURNITURE_PAIRS = new Set([
  'read more',
  'more stories',
  'more articles',
  'further reading',
  'see also',
  'author bio',
  'author info',
  'about author',
  'sr only',
  'visually hidden',
  'screen reader',
  'article meta',
  'post meta',
  'entry meta',
  // the credit part of a caption ("media__caption--source")
  'caption source',
  'image source',
  'photo source',
]);

const FURNITURE_ROLES = new Set([
  'navigation',
  'banner',
  'contentinfo',
  'complementary',
  'search',
  'menu',
  'menubar',
  'dialog',
  'alertdialog',
]);

/** Lower-case words of a class or id value: "shareBar js-Related_links" → share bar js related links. */
export function nameWords(value: string): string[] {
  return value
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/** Words: longer ids are slugs of headings ("sharing-with-a-single-developer"), not names of furniture. */
const MAX_ID_WORDS = 3;

/**
 * Substrings every furniture name contains (a superset of FURNITURE_WORDS and FURNITURE_PAIRS), so
 * most elements are cleared by one test before their names are split into words.
 */
const FURNITURE_HINT =
  /shar|social|relat|recommend|recirc|trend|popular|mostread|outbrain|taboola|newsletter|subscri|signup|promo|advert|ads?\b|\bad|ad[A-Z_-]|sponsor|comment|disqus|repl|breadcrumb|nav|menu|toolbar|pag|skip|caption|credit|copyright|byline|dateline|tag|keyword|popup|popover|tooltip|rollover|hovercard|modal|cookie|consent|gdpr|sr|screen|visually|offscreen|read|more|further|see|author|about|meta|paywall/i;

/** True when the element's class, id or role says it is furniture rather than article text. */
export function isFurnitureByName(el: Element): boolean {
  const role = el.getAttribute('role');
  if (role && FURNITURE_ROLES.has(role.toLowerCase())) return true;
  const className = el.getAttribute('class');
  if (
    className &&
    className.length > 1 &&
    FURNITURE_HINT.test(className) &&
    hasFurnitureWord(nameWords(className))
  )
    return true;
  const id = el.getAttribute('id');
  if (!id || id.length < 2 || !FURNITURE_HINT.test(id)) return false;
  const idWords = nameWords(id);
  return idWords.length <= MAX_ID_WORDS && hasFurnitureWord(idWords);
}

function hasFurnitureWord(words: readonly string[]): boolean {
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    if (FURNITURE_WORDS.has(word)) return true;
    if (i + 1 < words.length && FURNITURE_PAIRS.has(`${word} ${words[i + 1]}`)) return true;
  }
  return false;
}

/** Class or id words of comment threads and the comments in them. */
const DISCUSSION_WORDS = new Set(['comment', 'comments', 'commentlist', 'disqus', 'replies', 'respond']);
const DISCUSSION_HINT = /comment|disqus|repl|respond/i;

/** True when the element's class, id or microdata type says it is a comment thread or a comment. */
export function isDiscussionByName(el: Element): boolean {
  if (/schema\.org\/(?:User)?Comment\b/i.test(el.getAttribute('itemtype') ?? '')) return true;
  for (const value of [el.getAttribute('class'), el.getAttribute('id')])
    if (value && DISCUSSION_HINT.test(value) && nameWords(value).some((w) => DISCUSSION_WORDS.has(w)))
      return true;
  return false;
}

/** Hidden without CSS: the hidden attribute, aria-hidden, or an inline display:none / visibility:hidden. */
export function isHiddenByMarkup(el: Element): boolean {
  if (el.hasAttribute('hidden')) return true;
  if (el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style');
  return !!style && /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i.test(style);
}

/** Elements that never hold article prose, whatever their names. */
export const NEVER_PROSE = new Set(
  'SCRIPT STYLE NOSCRIPT TEMPLATE SVG MATH IMG BUTTON SELECT TEXTAREA INPUT OPTION LABEL IFRAME FRAME FRAMESET OBJECT EMBED CANVAS VIDEO AUDIO SOURCE TRACK PICTURE MAP DIALOG NAV LINK META'.split(
    ' ',
  ),
);

/** Elements that hold the article and are never removed as furniture, whatever their names. */
export const ARTICLE_CONTAINERS = new Set(['HTML', 'BODY', 'MAIN', 'ARTICLE']);
