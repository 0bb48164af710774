/**
 * Readability on a prepared input document, with some of the checks and searches it repeats for
 * every element answered more cheaply and exactly as before: whether an element is visible, is a
 * byline or is empty, and (in linkedom, whose selector engine is JavaScript) which elements have
 * a tag. On the slowest readability-set pages in linkedom (the CLI, the benchmarks) these were a
 * quarter of Readability's time and half of the garbage it makes; in a browser the byline check
 * read the whole page's text for <html> and <body>.
 */
import { Readability } from '@mozilla/readability';

export type Parsed = ReturnType<Readability<Node>['parse']>;

/** Parses `input` (which Readability modifies); the content comes back as a detached element. */
export function runReadability(input: Document): Parsed {
  const options = { serializer: (node: Node) => node, keepClasses: true };
  return hasNativeSelectors(input)
    ? new CheaperChecks<Node>(input, options).parse()
    : new CheaperChecksAndTagSearch<Node>(input, options).parse();
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
   * Readability's own builds the element's whole text to see whether any of it is not blank; the
   * walk below stops at the first text that is not (JavaScript's \s is the set trim() removes).
   * Readability asks this of every div, section, header and heading, whose texts nest.
   */
  _isElementWithoutContent(node: Element): boolean {
    return (
      node.nodeType === 1 &&
      !hasVisibleText(node) &&
      (!node.children.length ||
        node.children.length ===
          node.getElementsByTagName('br').length + node.getElementsByTagName('hr').length)
    );
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

/** For a DOM whose selector engine is JavaScript (linkedom): Readability's tag searches without it. */
class CheaperChecksAndTagSearch<T> extends CheaperChecks<T> {
  /**
   * The elements under `root` with one of `tagNames`, in document order, as Readability's own
   * `querySelectorAll("p,div,…")` finds them (names compared lower-cased, template contents left
   * out). linkedom matches every element against each name of the list, lower-casing its name
   * into a new string each time: 3 MB of garbage per slow page. Its '*' walk allocates nothing
   * per element, and a name is lower-cased once per search.
   */
  _getAllNodesWithTag(root: ParentNode, tagNames: readonly string[]): Element[] {
    const wanted = new Set(tagNames.map((tag) => tag.toLowerCase()));
    const wantedName = new Map<string, boolean>();
    const found: Element[] = [];
    const all = root.querySelectorAll('*');
    for (let i = 0; i < all.length; i++) {
      const el = all[i]!;
      const name = el.localName;
      let hit = wantedName.get(name);
      if (hit === undefined) wantedName.set(name, (hit = wanted.has(name.toLowerCase())));
      if (hit) found.push(el);
    }
    return found;
  }
}

/**
 * The names of Readability's own methods overridden here. They are private to Readability and may
 * change in any release: the version is pinned, and a test fails when the source of any of them
 * changes (tests/lib/extract/run-readability.test.ts).
 * @internal read by that test only.
 */
export function readabilityOverrides(): string[] {
  const own = (cls: { prototype: object }) =>
    Object.getOwnPropertyNames(cls.prototype).filter((n) => n !== 'constructor');
  return [...new Set([...own(CheaperChecks), ...own(CheaperChecksAndTagSearch)])].sort();
}

/**
 * A browser answers getElementsByTagName('*') natively; linkedom (whose selector engine is
 * JavaScript) answers it with nothing, as countElements also relies on.
 */
function hasNativeSelectors(doc: Document): boolean {
  return doc.getElementsByTagName('*').length > 0;
}

const NOT_SPACE = /\S/;

/** Whether `root` holds text other than white space (as `textContent.trim() !== ''`, without building the text). */
function hasVisibleText(root: Node): boolean {
  let node: Node | null = root.firstChild;
  while (node) {
    const type = node.nodeType;
    if ((type === 3 || type === 4) && NOT_SPACE.test(node.nodeValue ?? '')) return true;
    if (type === 1 && node.firstChild) {
      node = node.firstChild;
      continue;
    }
    while (node !== root && !node.nextSibling) node = node.parentNode!;
    if (node === root) return false;
    node = node.nextSibling;
  }
  return false;
}
