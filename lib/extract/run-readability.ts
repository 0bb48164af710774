/**
 * Readability on a prepared input document, with two of the checks it makes of every element
 * answered more cheaply and exactly as before: whether the element is visible and whether it is a
 * byline. In linkedom (the CLI, the benchmarks) they were a sixth of Readability's time on the
 * slowest pages; in a browser the byline check read the page's whole text for <html> and <body>.
 */
import { Readability } from '@mozilla/readability';

export type Parsed = ReturnType<Readability<Node>['parse']>;

/** Parses `input` (which Readability modifies); the content comes back as a detached element. */
export function runReadability(input: Document): Parsed {
  return new CheaperChecks<Node>(input, { serializer: (node) => node, keepClasses: true }).parse();
}

/** The part of Readability's instance the overrides read. */
interface Internals {
  REGEXPS: { byline: RegExp };
}

/** Overrides Readability's own methods of these names (called on `this`), same answers. */
class CheaperChecks<T> extends Readability<T> {
  /**
   * Readability's own reads the element's text first, for every element until a byline is found
   * (the whole page's text for <html> and <body>); only an element named like a byline needs it.
   */
  _isValidByline(node: Element, matchString: string): boolean {
    const itemprop = node.getAttribute('itemprop');
    const named =
      node.getAttribute('rel') === 'author' ||
      (!!itemprop && itemprop.includes('author')) ||
      (this as unknown as Internals).REGEXPS.byline.test(matchString);
    if (!named) return false;
    const length = (node.textContent ?? '').trim().length;
    return length > 0 && length < 100;
  }

  /**
   * Readability's own reads `node.style`, which linkedom parses afresh from the style attribute at
   * every read; without that attribute display and visibility are empty, so only the attribute
   * checks remain.
   */
  _isProbablyVisible(node: Element): boolean {
    if (node.hasAttribute('style')) {
      const style = (node as HTMLElement).style as CSSStyleDeclaration | undefined;
      if (style && (style.display === 'none' || style.visibility === 'hidden')) return false;
    }
    return (
      !node.hasAttribute('hidden') &&
      (!node.hasAttribute('aria-hidden') ||
        node.getAttribute('aria-hidden') !== 'true' ||
        (typeof node.className === 'string' && node.className.includes('fallback-image')))
    );
  }
}
