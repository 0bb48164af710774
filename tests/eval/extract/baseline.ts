/**
 * Plain Readability as the comparison point: `parse()` on the same linkedom document, no gate,
 * its `textContent` as the body and its own title, byline and published time.
 */
import { Readability } from '@mozilla/readability';

export interface Extraction {
  text: string;
  title: string | null;
  byline: string | null;
  published: string | null;
  declined: boolean;
}

/** What plain Readability gives for `doc` (parsed on a clone, as its docs ask). */
export function readabilityBaseline(doc: Document): Extraction {
  try {
    const parsed = new Readability(doc.cloneNode(true) as Document).parse();
    return {
      text: parsed?.textContent ?? '',
      title: parsed?.title ?? null,
      byline: parsed?.byline ?? null,
      published: parsed?.publishedTime ?? null,
      declined: !parsed,
    };
  } catch {
    return { text: '', title: null, byline: null, published: null, declined: true };
  }
}
