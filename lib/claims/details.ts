/**
 * What only one source carries: whole statements with no counterpart in the other article, and,
 * inside aligned statements, the clauses that add a fact the other article never mentions
 * anywhere — a number or a date it lacks, or a clause none of whose content words it uses.
 */
import { contentTerms } from '../text/tokens';
import { entityTokens, findEntities } from '../text/entities';
import type { ArticleContext } from './context';
import { compatibleDates } from './dates';
import type { Claim, Span } from './types';

/** A clause with fewer content words than this is too thin to be a detail of its own. */
const MIN_NEW_TERMS = 3;
/** Share of a clause's content words the other article must lack for the clause to be new. */
const NEW_SHARE = 0.75;

/**
 * Clauses of `claim` that only this source carries; `partners` are the claims of the other article
 * aligned with it (a number they give in the same unit is a number difference, not a new detail,
 * and what is inside a quotation they also quote is a quote difference).
 */
export function extraDetails(
  claim: Claim,
  own: ArticleContext,
  other: ArticleContext,
  partners: readonly Claim[],
): Span[] {
  const out: Span[] = [];
  // A new clause needs several words the other article lacks; most claims have fewer in all.
  const unknown = claim.terms.filter((t) => !other.terms.has(t)).length;
  const mayHaveNewClause = unknown >= MIN_NEW_TERMS;
  const partnerUnits = new Set(partners.flatMap((p) => p.numbers.map((n) => n.unit)));
  const partnerQuotes = partners.some((p) => p.quotes.length > 0);
  for (const seg of claim.segments) {
    const inside = (s: Span): boolean => s.start >= seg.start && s.end <= seg.end;
    if (partnerQuotes && claim.quotes.some((q) => seg.start >= q.start && seg.end <= q.end)) continue;
    const newNumber = claim.numbers.some(
      (n) =>
        inside(n) &&
        n.unit &&
        !partnerUnits.has(n.unit) &&
        !other.numbers.some((m) => m.value === n.value && (m.unit === n.unit || !m.unit)),
    );
    const newDate = claim.dates.some(
      (d) =>
        inside(d) &&
        (d.year !== undefined || d.month !== undefined) &&
        !other.dates.some((e) => compatibleDates(d, e) !== false),
    );
    // Who said it ("according to his top aide") is attribution, compared elsewhere, not a detail.
    const frame =
      (claim.speaker && inside(claim.speaker)) ||
      (claim.venue && inside(claim.venue)) ||
      /^according to\b/i.test(own.text.slice(seg.start, seg.end));
    if (
      newNumber ||
      newDate ||
      (!frame && mayHaveNewClause && isNewClause(own.text.slice(seg.start, seg.end), other))
    )
      out.push(seg);
  }
  return out;
}

/**
 * True when the clause says something the other article has no words for: enough of its content
 * words, and most of them, are absent there ("could set the stage for the first direct trilateral
 * talks since the war began" in a report that mentions talks but never a trilateral one).
 */
function isNewClause(text: string, other: ArticleContext): boolean {
  const terms = new Set([...contentTerms(text), ...entityTokens(findEntities(text))]);
  if (terms.size < MIN_NEW_TERMS) return false;
  let absent = 0;
  for (const t of terms) if (!other.terms.has(t)) absent++;
  return absent >= MIN_NEW_TERMS && absent >= NEW_SHARE * terms.size;
}

/** Whether an unaligned claim says enough to be reported as carried by one source only. */
export function isSubstantive(claim: Claim): boolean {
  return claim.kind === 'statement' && claim.terms.length >= 2;
}
