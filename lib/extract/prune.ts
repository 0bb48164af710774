/**
 * Builds Readability's input: a new document holding a pruned copy of the part of the page the
 * article is in. Copying only what can be article text (no scripts, styles, form controls,
 * navigation, hidden or screen-reader-only text, share bars, related lists, photo credits…) is cheaper
 * than cloning the whole page and then deleting, keeps furniture out of Readability's result, and
 * never touches the live page.
 */
import {
  ARTICLE_CONTAINERS,
  isDiscussionByName,
  isFurnitureByName,
  isHiddenByMarkup,
  NEVER_PROSE,
} from './boilerplate';
import { ALL_RULES, type Rules } from './rules';

/** Without paragraphs to locate the article, an element holding more than this share of the text is never furniture. */
const MAX_FURNITURE_SHARE = 0.3;
/** Characters: paragraphs at least this long are prose (Readability's own measure is 140 characters). */
const PROSE_PARAGRAPH = 140;
/** A semantic container (article, main, articleBody) holding this share of the page's paragraph text is where the article is. */
const FOCUS_SHARE = 0.85;
/** Characters: for choosing the region every sentence-long paragraph counts, so short-paragraph articles are not cut. */
const FOCUS_PARAGRAPH = 40;
/** Characters of paragraph text below which the page is too thin to pick a container from: Readability sees all of it. */
const MIN_FOCUS_TEXT = 600;

export interface ReadabilityInput {
  /** A detached document with `doc`'s title and a pruned copy of the article's region as its body. */
  document: Document;
  /** The live element the copy was made from: the page's article container, or its body. */
  region: Element;
  /** Characters of paragraph text in the pruned copy: what a good extraction should come close to. */
  regionParagraphChars: number;
  /** Characters of paragraph text of the region that the pruning left out as furniture. */
  prunedParagraphChars: number;
  /** The copy would nest deeper than `maxDepth`: it is left incomplete and must not be used. */
  tooDeep: boolean;
}

/** Lengths of the page's paragraphs, read once (each is needed by several decisions). */
type ParagraphLengths = Map<Element, number>;

/**
 * Readability's input for `doc` (which is read, never modified); `focus` false copies the whole
 * body. Copying stops at nesting deeper than `maxDepth` (Readability's cleaning is quadratic in it).
 */
export function readabilityInput(
  doc: Document,
  focus = true,
  maxDepth = Infinity,
  rules: Rules = ALL_RULES,
): ReadabilityInput {
  const body = doc.body!;
  const lengths = withoutDiscussion(paragraphLengths(body), body, rules);
  const copy = doc.cloneNode(false) as Document;
  const html = doc.documentElement!.cloneNode(false) as Element;
  copy.appendChild(html);
  const head = doc.createElement('head');
  const title = doc.createElement('title');
  title.textContent = doc.title ?? '';
  head.appendChild(title);
  html.appendChild(head);
  const bodyCopy = body.cloneNode(false) as Element;
  html.appendChild(bodyCopy);
  const focused = focus ? articleRegion(body, lengths) : body;
  const region = focused !== body && rules.on('body-focus-region') ? focused : body;
  const heading = region !== body ? headingOutside(region, body) : null;
  if (heading) bodyCopy.appendChild(heading.cloneNode(true));
  // The region itself is copied, not just its children: with them straight under <body>,
  // Readability (which never climbs to <body>) could not take the region's blocks together.
  const into = region !== body ? bodyCopy.appendChild(shallowCopy(region)) : bodyCopy;
  const copied = appendPrunedCopy(region, into, guardFrom(lengths, body), lengths, maxDepth, rules);
  return {
    document: copy,
    region,
    regionParagraphChars: copied.chars,
    prunedParagraphChars: copied.pruned,
    tooDeep: copied.tooDeep,
  };
}

function paragraphLengths(root: Element): ParagraphLengths {
  const lengths: ParagraphLengths = new Map();
  for (const p of root.querySelectorAll('p')) lengths.set(p, p.textContent?.length ?? 0);
  return lengths;
}

/**
 * The paragraphs outside comment threads, when there is article prose outside them: a reader's
 * comment, however long, is never where the article is (a post can be shorter than its comments).
 * A thread is named so (comments, disqus, replies) and does not hold the page's headline (an
 * opinion piece's wrapper may be named "comment" too).
 */
function withoutDiscussion(lengths: ParagraphLengths, body: Element, rules: Rules): ParagraphLengths {
  const doc = body.ownerDocument;
  const headline = doc.querySelector('article h1, main h1') ?? doc.querySelector('h1');
  const verdicts = new Map<Element, boolean>();
  const inThread = (el: Element): boolean => {
    const path: Element[] = [];
    let found = false;
    for (let node: Element | null = el; node && node !== body; node = node.parentElement) {
      const known = verdicts.get(node);
      if (known !== undefined) {
        found = known;
        break;
      }
      path.push(node);
      if (isDiscussionByName(node) && !(headline && node.contains(headline))) {
        found = true;
        break;
      }
    }
    for (const node of path) verdicts.set(node, found);
    return found;
  };
  const outside: ParagraphLengths = new Map();
  let outsideText = 0;
  for (const [p, length] of lengths) {
    if (inThread(p)) continue;
    outside.set(p, length);
    if (length >= FOCUS_PARAGRAPH) outsideText += length;
  }
  if (outside.size === lengths.size || outsideText < PROSE_PARAGRAPH) return lengths;
  return rules.on('body-comments-not-core') ? outside : lengths;
}

/** The smallest article / main / articleBody element holding most of the page's paragraph text, else the body. */
function articleRegion(body: Element, lengths: ParagraphLengths): Element {
  let total = 0;
  for (const length of lengths.values()) if (length >= FOCUS_PARAGRAPH) total += length;
  if (total < MIN_FOCUS_TEXT) return body;
  let best: Element = body;
  let bestText = Infinity;
  for (const el of body.querySelectorAll('article, main, [role="main"], [itemprop~="articleBody"]')) {
    let own = 0;
    for (const [p, length] of lengths) if (length >= FOCUS_PARAGRAPH && el.contains(p)) own += length;
    if (own >= FOCUS_SHARE * total && own < bestText) {
      best = el;
      bestText = own;
    }
  }
  return best;
}

/** The page's h1 when it sits outside the chosen region: Readability uses it to drop the repeated headline. */
function headingOutside(region: Element, body: Element): Element | null {
  const h1 = body.querySelector('h1');
  return h1 && !region.contains(h1) ? h1 : null;
}

/**
 * Copies `from`'s children into `to`, leaving out what is never article text; returns the
 * characters of paragraph text copied, or stops when the copy gets deeper than `maxDepth`.
 * Iterative: pages nest thousands deep.
 */
function appendPrunedCopy(
  from: Element,
  to: Element,
  guard: ArticleGuard,
  lengths: ParagraphLengths,
  maxDepth: number,
  rules: Rules,
): { chars: number; pruned: number; tooDeep: boolean } {
  let copied = 0;
  let pruned = 0;
  const stack: [Node, Node, number][] = [];
  for (let child = from.lastChild; child; child = child.previousSibling) stack.push([child, to, 1]);
  while (stack.length) {
    const [node, parent, depth] = stack.pop()!;
    if (depth > maxDepth) return { chars: copied, pruned, tooDeep: true };
    if (node.nodeType === 3) {
      parent.appendChild(node.cloneNode(false));
      continue;
    }
    if (node.nodeType !== 1) continue;
    const el = node as Element;
    const tag = el.tagName.toUpperCase();
    if (NEVER_PROSE.has(tag)) continue;
    if (!ARTICLE_CONTAINERS.has(tag)) {
      const furniture = furnitureKind(el, guard);
      if (furniture && rules.on(furniture === 'hidden' ? 'body-prune-hidden' : 'body-prune-furniture')) {
        pruned += paragraphChars(el, lengths);
        continue;
      }
    }
    const length = lengths.get(el);
    if (length !== undefined && length >= FOCUS_PARAGRAPH) copied += length;
    const copy = shallowCopy(el);
    parent.appendChild(copy);
    for (let child = el.lastChild; child; child = child.previousSibling) stack.push([child, copy, depth + 1]);
  }
  return { chars: copied, pruned, tooDeep: false };
}

/** Characters of the sentence-long paragraphs in `el` (itself one, or inside it). */
function paragraphChars(el: Element, lengths: ParagraphLengths): number {
  const own = lengths.get(el);
  if (own !== undefined) return own >= FOCUS_PARAGRAPH ? own : 0;
  let chars = 0;
  for (const p of el.getElementsByTagName('p')) {
    const length = lengths.get(p) ?? 0;
    if (length >= FOCUS_PARAGRAPH) chars += length;
  }
  return chars;
}

/**
 * Attributes Readability and the cleaning read (names for scoring and furniture, links, table
 * spans, microdata); the rest (styles, data-*, event handlers, image sources) only cost time.
 */
const KEPT_ATTRIBUTES = new Set([
  'class',
  'id',
  'href',
  'rel',
  'role',
  'itemprop',
  'itemscope',
  'itemtype',
  'colspan',
  'rowspan',
  'dir',
  'lang',
  'datetime',
]);

/**
 * A childless copy of `el` with only the kept attributes. Cloned, then trimmed, rather than built
 * attribute by attribute: in linkedom setting `class` rebuilds the element's class list twice,
 * which made up a third of the copy's time on Wikipedia pages (a class on most elements).
 */
function shallowCopy(el: Element): Element {
  const copy = el.cloneNode(false) as Element;
  for (const name of copy.getAttributeNames()) if (!KEPT_ATTRIBUTES.has(name)) copy.removeAttribute(name);
  return copy;
}

/**
 * What protects the article from furniture rules: the element holding the most paragraph text in
 * its own children (the article's paragraphs share a parent; comments and teasers each have their
 * own), or, on pages without paragraphs, a share of all text.
 */
export type ArticleGuard = { core: Element } | { totalText: number };

export function articleGuard(root: Element): ArticleGuard {
  return guardFrom(paragraphLengths(root), root);
}

function guardFrom(lengths: ParagraphLengths, root: Element): ArticleGuard {
  const byParent = new Map<Element, number>();
  let core: Element | null = null;
  let best = 0;
  for (const [p, length] of lengths) {
    const parent = p.parentElement;
    if (!parent) continue;
    const sum = (byParent.get(parent) ?? 0) + length;
    byParent.set(parent, sum);
    if (sum > best) {
      best = sum;
      core = parent;
    }
  }
  return core && best >= PROSE_PARAGRAPH ? { core } : { totalText: root.textContent?.length ?? 0 };
}

/**
 * Furniture by markup (hidden, or named so), unless it wraps the article: "entry-content read-more"
 * is the article body, whatever its name says.
 */
export function furnitureKind(el: Element, guard: ArticleGuard): 'hidden' | 'named' | null {
  const kind = isHiddenByMarkup(el) ? 'hidden' : !inRunningText(el) && isFurnitureByName(el) ? 'named' : null;
  if (!kind) return null;
  if ('core' in guard) return el.contains(guard.core) ? null : kind;
  if (el.querySelector('article, main, [itemprop="articleBody"]') !== null) return null;
  return (el.textContent?.length ?? 0) <= MAX_FURNITURE_SHARE * guard.totalText ? kind : null;
}

/** Phrasing elements: inside a sentence their class names ("popup" glossary links, "tooltip" terms) say how they behave, not that they are furniture. */
const PHRASING = new Set('A ABBR B CITE DFN EM I MARK Q SMALL SPAN STRONG U'.split(' '));

/** Names that stay furniture inside a sentence: text for screen readers only, and the credit run on after a caption. */
const NOT_RUNNING_TEXT = /sr-only|screen-?reader|visually-?hidden|offscreen|assistive|credit|copyright/i;

/** A phrasing element with words of the same sentence right before or after it. */
function inRunningText(el: Element): boolean {
  if (!PHRASING.has(el.tagName.toUpperCase())) return false;
  // Text for screen readers only is still not the sentence a reader sees, nor is a photo credit.
  if (NOT_RUNNING_TEXT.test(`${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`)) return false;
  const words = (node: Node | null): boolean =>
    node?.nodeType === 3 && /[a-z0-9\u00c0-\uffff]{2}/i.test(node.nodeValue ?? '');
  return words(el.previousSibling) || words(el.nextSibling);
}
