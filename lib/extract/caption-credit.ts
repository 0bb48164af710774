/**
 * The photo credit at the end of a caption: "… in Queens. Credit: Jane Roe for The Ledger",
 * "… in 2016. (John Roe / AP)", "… for $35 - Image: Acme". A caption's sentence is article text
 * (readers see it under the picture, and Readability keeps it); the credit glued to it is not.
 */
import { PICTURE_AGENCIES, PICTURE_LIBRARIES } from '../text/agencies';
import { startsUpper } from '../text/fold';

/** Words that open a credit when a colon or "by" follows ("Photo: …", "Bild: …", "Photos by …"). */
const CREDIT_LEAD =
  /^(?:©|\(c\)\s|(?:photo(?:graph)?s?|images?|imagen|pictures?|pics?|credits?|fotos?|фото|bild(?:er|quelle)?|quelle|source|copyright|illustration|grafik)\s*(?::|by\b))/i;
/** Who credits pictures: agencies' photo desks and picture libraries (lib/text/agencies.ts). */
const AGENCIES = [...PICTURE_AGENCIES, ...PICTURE_LIBRARIES].join('|');
/** A bracket naming an agency or picture library is a credit: "(John Roe / AP)", "(mlharing / iStock.com)". */
const AGENCY = new RegExp(`\\b(?:${AGENCIES})\\b`, 'i');
/** After a sentence, a few names ending in an agency: "… on March 18. Jane Roe/AFP/Getty Images". */
const AGENCY_TAIL = new RegExp(`^[^:;—–]{0,60}\\b(?:${AGENCIES})(?: photos?| images)?$`, 'i');
/** Characters: a credit is a name or two and an agency; a longer tail is a sentence. */
const MAX_CREDIT = 100;
/** A sentence end after a word (initials such as "Jane R. Roe" are not one): a tail holding one is more than a credit. */
const SENTENCE_END = /[a-z\d]{2}[.!?]["”’)]?(?:\s|$)/;

/** `text` without a credit at its end; `text` itself when it ends otherwise. */
export function withoutCredit(text: string): string {
  const trimmed = text.trimEnd();
  // "(John Roe / AP)", "(Photo: Jane Roe)", "[© Acme]" closing the caption.
  const bracket = /\s*[([]([^()[\]]{1,80})[)\]](\.?)$/.exec(trimmed);
  if (bracket && bracket.index > 0 && isBracketCredit(bracket[1]!.trim()))
    return trimmed.slice(0, bracket.index).trimEnd() + bracket[2];
  // A tail after a sentence end (which stays with the sentence) or after a dash or a bar (which goes).
  const cut = /([.!?]["”’)]?)|\s[-–—|]\s/g;
  for (let m = cut.exec(trimmed); m; m = cut.exec(trimmed)) {
    const sentenceEnd = m[1];
    const tail = trimmed.slice(m.index + m[0].length).trim();
    if (!tail || tail.length > MAX_CREDIT || SENTENCE_END.test(tail) || gluedSentence(tail)) continue;
    if (isCreditTail(tail) || (sentenceEnd !== undefined && AGENCY_TAIL.test(tail)))
      return trimmed.slice(0, m.index + (sentenceEnd?.length ?? 0)).trimEnd();
  }
  return text;
}

function isBracketCredit(inner: string): boolean {
  return CREDIT_LEAD.test(inner) || AGENCY.test(inner);
}

/** "Credit: Jane Roe", "Photo by Jane Roe", or "Credit" run into the name ("CreditJane Roe"), as inline spans come out. */
function isCreditTail(tail: string): boolean {
  if (CREDIT_LEAD.test(tail)) return true;
  return /^credit/i.test(tail) && startsUpper(tail.slice('credit'.length));
}

/** A sentence end run into the next sentence ("la dieta.Por Ana Ruiz"), as adjacent inline elements come out. */
function gluedSentence(tail: string): boolean {
  const end = /[a-z][.!?]/g;
  for (let m = end.exec(tail); m; m = end.exec(tail)) {
    const next = tail.charAt(m.index + 2);
    if (next && startsUpper(next)) return true;
  }
  return false;
}
