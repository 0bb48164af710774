/**
 * Which lines of an article carry no claim: section headings ("Russia’s response") and credit or
 * embed lines (tweet embeds, photo credits, "Reporting by …"). They are never reported as a
 * detail only one source carries.
 */
import type { ClaimKind } from './types';

const CREDIT =
  /pic\.twitter\.com|https?:\/\/|^\s*[—–-]+\s.*\(@\w+\)|\(@\w+\)\s+\w+ \d{1,2}, \d{4}$|^(?:additional\s+)?(?:reporting|editing|writing|compiled|produced)\s+by\b|^(?:photo|image|video|graphic|illustration|file photo)s?\s*(?:by|:)|\b(?:getty images|afp via getty|ap photo|reuters\/|shutterstock)\b|^(?:read more|related|advertisement|share this|sign up|subscribe)\b/i;
/** Headings are short: a sentence longer than this is a statement even without final punctuation. */
const MAX_HEADING_WORDS = 12;

/** The kind of a claim that spans `text`, alone in its paragraph or not. */
export function lineKind(text: string, aloneInParagraph: boolean): ClaimKind {
  if (CREDIT.test(text)) return 'credit';
  const words = text.split(/\s+/).filter(Boolean).length;
  if (aloneInParagraph && words <= MAX_HEADING_WORDS && !/[.!?…"”’)\]]$/u.test(text.trim())) return 'heading';
  return 'statement';
}
