/**
 * The page's <meta> tags by lower-cased key (property, name, itemprop or http-equiv), read once:
 * pages disagree on case ("og:Title", "DC.date.issued") and on which attribute they use.
 */
import { normalizeInline } from '../text/normalize';

export type MetaTags = Map<string, string[]>;

/** Values are whitespace-normalised and non-empty, in document order. */
export function readMetaTags(doc: Document): MetaTags {
  const tags: MetaTags = new Map();
  for (const meta of doc.querySelectorAll('meta')) {
    const content = meta.getAttribute('content');
    if (!content) continue;
    const value = normalizeInline(content);
    if (!value) continue;
    for (const attr of ['property', 'name', 'itemprop', 'http-equiv']) {
      const raw = meta.getAttribute(attr);
      if (!raw) continue;
      // RDFa allows several space-separated properties on one tag.
      for (const key of raw.toLowerCase().split(/\s+/)) {
        if (!key) continue;
        const list = tags.get(key);
        if (list) list.push(value);
        else tags.set(key, [value]);
      }
    }
  }
  return tags;
}

/** First value of the first key present. */
export function firstMeta(tags: MetaTags, keys: readonly string[]): string | null {
  for (const key of keys) {
    const value = tags.get(key)?.[0];
    if (value) return value;
  }
  return null;
}
