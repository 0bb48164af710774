/**
 * The languages claim extraction supports. Its rules (reporting verbs, certainty cues, negation,
 * number words, compromise's tagger) are English; run on another language they would read
 * nothing or read it wrongly, so other languages get no claims and the reader is told why.
 */

/** Primary language subtags claims are computed for. */
const SUPPORTED = new Set(['en']);

/**
 * Whether claims can be computed for an article in `lang` (a BCP 47 tag or null). An article
 * that does not say its language is read as English, the language most pages without the
 * attribute are in; a declared other language is respected.
 */
export function claimsSupported(lang: string | null | undefined): boolean {
  const primary = (lang ?? '').trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return primary === '' || SUPPORTED.has(primary);
}

/** The line the reader is shown instead of a comparison: "Sentence comparison is not available for German." */
export function claimsUnavailableMessage(lang: string): string {
  return `Sentence comparison is not available for ${languageName(lang)}.`;
}

function languageName(lang: string): string {
  const primary = lang.trim().toLowerCase().split(/[-_]/)[0] ?? lang;
  try {
    const name = new Intl.DisplayNames(['en'], { type: 'language' }).of(primary);
    if (name && name.toLowerCase() !== primary) return name;
  } catch {
    // Not a language tag Intl knows: name it as written.
  }
  return `this language (${lang})`;
}
