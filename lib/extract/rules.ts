/**
 * The heuristic rules of extraction, each with a switch. Extraction reads them from an options
 * object (never a global), all on by default. The evaluation turns them off one at a time to see,
 * site by site, which rules earn their place on pages they were not written for
 * (tests/eval/extract/cross-validate.ts); a rule that does not is removed from the code.
 *
 * A rule is consulted only where it would change the outcome (`on` after its condition holds, or
 * `use` with the value it would contribute), so a trace of the consulted rules says exactly which
 * rules a page's result depends on: turning off a rule that was not consulted changes nothing.
 */

/** Every switchable rule, with what it does. */
export const RULE_DESCRIPTIONS = {
  // The gate: what is not an article.
  'gate-search': 'search addresses and SearchResultsPage JSON-LD are search results',
  'gate-video': 'og:type video, or a VideoObject without an article, is a video page',
  'gate-login': 'a sign-in or subscription wall hides the article',
  'gate-section': 'many teasers and no long prose make a section front',
  'gate-min-length': 'a body shorter than an article (400 characters, 200 when declared) is declined',
  'gate-readability-fallback':
    'a page we would decline that plain Readability reads is read as Readability reads it',
  // Readability's input and the body text.
  'body-focus-region':
    'Readability reads the article container (article, main, articleBody) holding most paragraphs',
  'body-prune-furniture': 'furniture by class, id or role is left out of Readability input',
  'body-prune-hidden': 'elements hidden by markup are left out of Readability input',
  'body-comments-not-core': 'a comment thread is never the article core that protects furniture',
  'body-clean-furniture': "furniture by name is removed from Readability's result",
  'body-clean-link-blocks': "blocks that are mostly links are removed from Readability's result",
  'body-structured-filter': 'JSON-LD articleBody drops paragraphs it does not contain',
  'body-structured-replace': 'JSON-LD articleBody replaces a result that holds little of it',
  'body-readability-fallback': "plain Readability's text when the pruned result lost much of it",
  'para-labels': 'label lines ("Advertisement", "Read more", "Share") are not prose',
  'para-notice': 'cookie, newsletter and rights notices are not prose',
  // Titles.
  'title-visible-headline':
    "the page's visible headline (h1, headline element) when the metadata title confirms it",
  'title-sole-h1': "the article's only h1 needs no confirmation",
  'title-minor-parts': 'a heading equal to a minor part of the document title is a name, not the headline',
  'title-kicker': 'kicker, label and date elements inside the headline are not the headline',
  'title-wraps': 'a visible headline that is the metadata title plus a kicker gives the metadata title',
  'title-heading-part': 'the part of a separated metadata title that a heading of the page spells out whole',
  'title-site-suffix': 'parts of the title that name the site are removed',
  // Bylines.
  'byline-ld': 'JSON-LD author and creator names',
  'byline-strong-elements': 'rel/itemprop author and byline-named elements',
  'byline-meta': 'author meta tags',
  'byline-labelled-line': 'a labelled line in the text ("Autor: …", "By …")',
  'byline-headline-line': 'full names on a short line directly below the headline',
  'byline-headline-completes':
    'the line below the headline when it names the machine-given authors and more (co-authors, surnames)',
  'byline-readability': "Readability's byline",
  'byline-copyright-holder': 'the person a copyright notice names, when nothing else credits anyone',
  'byline-credit': 'the desk, agency or outlet credited when no person is',
  'byline-agency-mark': 'an agency mark in the text ("Hamburg (dpa) –") beats a desk label',
  // Published dates.
  'date-ld': 'JSON-LD datePublished',
  'date-meta': 'published-time meta tags',
  'date-generic-meta': 'a bare date/dc.date meta tag',
  'date-conflict-support': "JSON-LD and meta dates that disagree are settled by the page's shown dates",
  'date-shown-day': "a machine time one day off the page's shown date gives the shown day (time zones)",
  'date-ld-created': 'JSON-LD dateCreated',
  'date-generic-contradicted': 'a bare date meta gives way when two shown dates agree on another day',
  'date-page-ld': 'the WebPage JSON-LD datePublished',
  'date-text': 'a labelled date, or the date next to the headline, in the text',
  'date-visible-element': 'a date in an element named like a date near the top',
  'date-url': 'the date in the URL path',
  'date-updated-label': 'a date labelled "Updated" when nothing else dates the page',
  'date-near-body': 'a date next to where the article text starts',
  'date-readability': "Readability's published time",
} as const;

export type RuleName = keyof typeof RULE_DESCRIPTIONS;
/**
 * Every rule's name.
 * @internal the extraction eval's cross-validation switches each rule off in turn.
 */
export const RULE_NAMES = Object.keys(RULE_DESCRIPTIONS) as RuleName[];

/** Switches by rule name: a rule is on unless set to false. */
export type RuleSwitches = Partial<Record<RuleName, boolean>>;

/** The rules one extraction runs with, and (optionally) the record of those it consulted. */
export class Rules {
  constructor(
    private readonly switches: RuleSwitches = {},
    private readonly consulted: Set<RuleName> | null = null,
  ) {}

  /** Whether `rule` is on; call it only once the rule's condition holds. */
  on(rule: RuleName): boolean {
    this.consulted?.add(rule);
    return this.switches[rule] !== false;
  }

  /** `value` when `rule` is on, else null; a null value consults nothing (the rule would add nothing). */
  use<T>(rule: RuleName, value: T | null | undefined): T | null {
    if (value === null || value === undefined) return null;
    return this.on(rule) ? value : null;
  }

  /** `compute()` when `rule` is on, else null; consults the rule only when it gives a value. */
  try<T>(rule: RuleName, compute: () => T | null | undefined): T | null {
    return this.use(rule, compute());
  }
}

/** Every rule on, nothing recorded: what extraction runs with unless told otherwise. */
export const ALL_RULES = new Rules();
