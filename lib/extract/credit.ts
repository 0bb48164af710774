/**
 * Who the page credits when it names no person: a desk ("Redaktion"), an agency ("dpa/lno",
 * "Agencia EFE"), a team, or the outlet itself, as the author markup gives it or as an agency mark
 * in the text ("Hamburg (dpa) –", "(FR mit dpa)"). The byline shows it, so that agency copy and
 * desk pieces are recognisable; the list of authors stays people only.
 */
import { AGENCY_SHORT_NAMES } from '../text/agencies';
import { DESKS, wholeWordOf } from './credit-words';
import { authorMetaValues, ldAuthorNames } from './author-sources';
import { creditOf } from './byline';
import { bylineTexts, insideDiscussion, type BylineElement } from './byline-elements';
import type { Json } from './json-ld';
import type { MetaTags } from './meta-tags';
import type { VisibleText } from './visible-text';
import { ALL_RULES, type Rules } from './rules';

/**
 * An agency mark: the agency, a partner's name before it ("FR mit dpa", "AFP/Reuters"), editors'
 * initials after it ("dpa/lno", "AFP/jk").
 */
const MARK = `(?:[A-ZÄÖÜ][\\wäöüß.-]{0,20} (?:mit|with|avec|con|und|and) )?(?:${AGENCY_SHORT_NAMES.join('|')}|europa press)(?:\\s?[/,]\\s?[\\wäöüß]{1,12}){0,3}`;
/** "Hamburg (dpa/lno) – …" at the start of a paragraph: the dateline of agency copy. */
const DATELINE_MARK = new RegExp(`\\n[^\\n()]{2,40} \\((${MARK})\\)\\s?[-–—:]`, 'i');
/** "… sagte er. (FR mit dpa)" closing a paragraph. */
const CLOSING_MARK = new RegExp(`[.!?“”"»«] ?\\((${MARK})\\) ?\\n`, 'i');
/** "Por Agencia EFE", "Quelle: dpa" on a line of its own. */
const LINE_MARK = new RegExp(
  `\\n(?:by|von|por|par|per|quelle:|source:|fuente:)\\s+((?:agencia |agence |agenzia )?${MARK})\\s*\\n`,
  'i',
);
/** Desk labels: true of almost every page of an outlet, so an agency mark in the text says more. */
const DESK = wholeWordOf(DESKS);
/** Characters after the headline searched for a mark: the first paragraphs and the article's end. */
const MARK_WINDOW = 20_000;

export function findCredit(
  elements: readonly BylineElement[],
  ld: Json | null,
  meta: MetaTags,
  pageText: () => VisibleText,
  rules: Rules = ALL_RULES,
): string | null {
  const credit = markedCredit(elements, ld, meta);
  if (credit && !DESK.test(credit)) return credit;
  return rules.try('byline-agency-mark', () => agencyMark(pageText())) ?? credit;
}

/** The credit the author markup gives: JSON-LD, byline elements, meta tags. */
function markedCredit(elements: readonly BylineElement[], ld: Json | null, meta: MetaTags): string | null {
  for (const name of ldAuthorNames(ld, true)) {
    const credit = creditOf(name);
    if (credit) return credit;
  }
  const strong = creditIn(elements, 'strong');
  if (strong) return strong;
  for (const values of authorMetaValues(meta)) {
    for (const value of values) {
      const credit = creditOf(value);
      if (credit) return credit;
    }
  }
  return creditIn(elements, 'weak');
}

function creditIn(elements: readonly BylineElement[], strength: BylineElement['strength']): string | null {
  for (const { el, strength: s } of elements) {
    if (s !== strength || insideDiscussion(el)) continue;
    for (const [text, whole] of bylineTexts(el)) {
      const credit = whole ? creditOf(text) : null;
      if (credit) return credit;
    }
  }
  return null;
}

/** The first agency mark in the text after the headline (or from the top when there is none). */
function agencyMark(text: VisibleText): string | null {
  const from = Math.max(0, text.end);
  const window = `\n${text.text.slice(from, from + MARK_WINDOW)}\n`;
  let first: RegExpExecArray | null = null;
  for (const mark of [DATELINE_MARK, CLOSING_MARK, LINE_MARK]) {
    const m = mark.exec(window);
    if (m && (!first || m.index < first.index)) first = m;
  }
  return first ? first[1]!.trim() : null;
}
