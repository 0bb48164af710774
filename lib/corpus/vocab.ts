/** The packed form of a feature row's vocabulary: keys joined by newlines, which no key contains. */

const SEPARATOR = '\n';

/** One string for a row: it clones out of IndexedDB far faster than an array of a hundred. */
export function packVocab(keys: readonly string[]): string {
  return keys.join(SEPARATOR);
}

/** The vocabulary keys of a stored row, or of computed features (returned as they are). */
export function vocabOf(f: { vocab: string | readonly string[] }): readonly string[] {
  return typeof f.vocab === 'string' ? (f.vocab ? f.vocab.split(SEPARATOR) : []) : f.vocab;
}
