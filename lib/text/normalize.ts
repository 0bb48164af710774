/**
 * Text normalisation shared by extraction, matching and claims.
 * The normalised text is what every character offset in Parallax points into.
 */

/** Collapses runs of inline whitespace, trims each paragraph, and joins paragraphs with one blank line. */
export function normalizeParagraphs(paragraphs: readonly string[]): string {
  return paragraphs
    .map((p) => normalizeInline(p))
    .filter((p) => p.length > 0)
    .join('\n\n');
}

/** One paragraph: NFC, no control characters, single spaces. */
export function normalizeInline(text: string): string {
  return (
    text
      // Zero-width and soft-hyphen characters split words invisibly; removed before composing, so a
      // letter and its accent on either side compose (and normalising twice changes nothing).
      .replace(/[\u00ad\u200b-\u200d\u2060\ufeff]/g, '')
      .normalize('NFC')
      // NBSP and other spaces become plain spaces.
      // eslint-disable-next-line no-control-regex -- stripping control characters is the point
      .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, ' ')
      .replace(/[\s\u00a0\u2000-\u200a\u202f\u205f\u3000]+/g, ' ')
      .trim()
  );
}

/** Splits plain text into paragraphs on blank lines or single newlines (plain-text files use either). */
export function splitParagraphs(text: string): string[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n+/)
    .map((p) => normalizeInline(p))
    .filter((p) => p.length > 0);
}

/**
 * Folds typography so that two renderings of the same words compare equal:
 * curly quotes, dashes, ellipses, case and diacritics. Length may change; never use its offsets.
 */
export function foldForComparison(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\u2018\u2019\u201a\u201b\u2032]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\u2026/g, '...')
    .toLowerCase();
}
