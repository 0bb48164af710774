/**
 * Recognises pages that are not articles before any heavy work: section fronts (home pages among
 * them: a site's root address is no evidence, since some sites put an article there), search
 * results, video pages and login walls, from the URL, what the page declares about itself
 * (JSON-LD types, og:type) and a few cheap counts. A page that declares itself an article passes.
 */
import { isHiddenByMarkup } from './boilerplate';
import { isArticleObject } from './json-ld';
import { firstMeta } from './meta-tags';
import type { PageSignals } from './metadata';
import { ALL_RULES, type Rules } from './rules';

export type PageKind = 'article' | 'home' | 'section' | 'search' | 'video' | 'login';

/** Teasers (linked headlines, <article> cards) from which a page without article metadata is a front page. */
const FRONT_TEASERS = 8;
/** Continuous prose (characters in long paragraphs) above which a page is read, whatever it declares. */
const LOGIN_MAX_PROSE = 600;

const REASONS: Record<Exclude<PageKind, 'article'>, string> = {
  home: "This is a site's home page, not an article.",
  section: 'This is a section front (a list of stories), not an article.',
  search: 'This is a page of search results, not an article.',
  video: 'This is a video page without an article text.',
  login: 'This page asks to sign in or subscribe before showing the article.',
};

export interface PageVerdict {
  kind: PageKind;
  /** The article is declared by the page (JSON-LD article type, og:type article, article:published_time). */
  declaredArticle: boolean;
  reason?: string;
}

export function classifyPage(
  doc: Document,
  url: string,
  signals: PageSignals,
  rules: Rules = ALL_RULES,
): PageVerdict {
  const declaredArticle = declaresArticle(signals);
  const verdict = (kind: Exclude<PageKind, 'article'>): PageVerdict => ({
    kind,
    declaredArticle,
    reason: REASONS[kind],
  });
  if (declaredArticle) return { kind: 'article', declaredArticle };
  if ((isSearchUrl(url) || signals.ld.types.has('SearchResultsPage')) && rules.on('gate-search'))
    return verdict('search');
  if (isVideoPage(signals) && rules.on('gate-video')) return verdict('video');
  if (hasLoginForm(doc) && proseLength(doc, LOGIN_MAX_PROSE) < LOGIN_MAX_PROSE && rules.on('gate-login'))
    return verdict('login');
  // Nothing but story cards (a small site's home page): plain Readability would read the first card.
  if (onlyStoryCards(doc) && !hasLongArticleText(doc) && rules.on('gate-section')) return verdict('home');
  if (teaserCount(doc) >= FRONT_TEASERS && !hasLongArticleText(doc) && rules.on('gate-section'))
    return verdict('section');
  return { kind: 'article', declaredArticle };
}

function declaresArticle({ ld, meta }: PageSignals): boolean {
  if (ld.article && isArticleObject(ld.article)) return true;
  const ogType = firstMeta(meta, ['og:type'])?.toLowerCase() ?? '';
  return /^(?:article|blog|news)/.test(ogType) || meta.has('article:published_time');
}

function isVideoPage({ ld, meta }: PageSignals): boolean {
  const ogType = firstMeta(meta, ['og:type'])?.toLowerCase() ?? '';
  return ogType.startsWith('video') || (ld.types.has('VideoObject') && !ld.article);
}

function isSearchUrl(url: string): boolean {
  try {
    const u = new URL(url);
    if (
      /\/(?:search|suche|recherche|buscar|busqueda|cerca|ricerca|zoeken|szukaj|sok)(?:\/|$|\.)/i.test(
        u.pathname,
      )
    )
      return true;
    return ['q', 'query', 'search', 's', 'searchterm', 'keyword', 'keywords', 'k'].some((k) =>
      u.searchParams.has(k),
    );
  } catch {
    return false;
  }
}

/** Where a site keeps its own controls: a login box there is the site's, not a wall before the article. */
const SITE_CHROME =
  'header, nav, footer, aside, dialog, [role="banner"], [role="navigation"], [role="contentinfo"], [role="complementary"], [role="dialog"]';

/**
 * A sign-in form in the page's own flow: a password field that is neither hidden nor in the site's
 * header, menus, footer, sidebars or dialogs (where most sites keep a login box on every page).
 */
function hasLoginForm(doc: Document): boolean {
  for (const input of doc.querySelectorAll('input[type="password"]')) {
    if (input.closest(SITE_CHROME)) continue;
    let hidden = false;
    for (let el: Element | null = input; el && !hidden; el = el.parentElement) hidden = isHiddenByMarkup(el);
    if (!hidden) return true;
  }
  return false;
}

/** Links whose text is a headline: in a heading, or a whole <article> card. */
function teaserCount(doc: Document): number {
  const headingLinks = doc.querySelectorAll(
    'h2 a[href], h3 a[href], h4 a[href], a[href] h2, a[href] h3',
  ).length;
  return Math.max(headingLinks, doc.querySelectorAll('article').length);
}

/** <article> cards from which a page made of nothing else is a list of stories (a small site's home page). */
const MIN_CARDS = 3;

/** Every <article> of the page (at least MIN_CARDS) is a card whose heading links to another page. */
function onlyStoryCards(doc: Document): boolean {
  const articles = doc.querySelectorAll('article');
  if (articles.length < MIN_CARDS) return false;
  for (const a of articles)
    if (!a.querySelector('h2 a[href], h3 a[href], a[href] h2, a[href] h3')) return false;
  return true;
}

/** A front page has teasers; an article with a related-stories rail also has a long run of prose. */
function hasLongArticleText(doc: Document): boolean {
  return proseLength(doc, 2000) >= 2000;
}

/** Characters in paragraphs of at least 140 characters (Readability's measure of prose), counted up to `cap`. */
function proseLength(doc: Document, cap: number): number {
  let total = 0;
  for (const p of doc.querySelectorAll('p')) {
    const length = (p.textContent ?? '').trim().length;
    if (length >= 140) total += length;
    if (total >= cap) break;
  }
  return total;
}
