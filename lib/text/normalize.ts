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
