/**
 * Builds Readability's input: a new document holding a pruned copy of the part of the page the
 * article is in. Copying only what can be article text (no scripts, styles, form controls,
 * navigation, hidden or screen-reader-only text, share bars, related lists, captions…) is cheaper
 * than cloning the whole page and then deleting, keeps furniture out of Readability's result, and
 * never touches the live page.
 */
import { ARTICLE_CONTAINERS, isFurnitureByName, isHiddenByMarkup, NEVER_PROSE } from './boilerplate';

/** Without paragraphs to locate the article, an element holding more than this share of the text is never furniture. */
const MAX_FURNITURE_SHARE = 0.3;
/** Characters: paragraphs at least this long are prose (Readability's own measure is 140 characters). */
const PROSE_PARAGRAPH = 140;
/** A semantic container (article, main, articleBody) holding this share of the page's paragraph text is where the article is. */
const FOCUS_SHARE = 0.85;
/** Characters: for choosing the region every sentence-long paragraph counts, so short-paragraph articles are not cut. */
const FOCUS_PARAGRAPH = 40;
/** Characters of prose below which the page is too thin to pick a container from: Readability sees all of it. */
const MIN_FOCUS_PROSE = 600;

export interface ReadabilityInput {
  /** A detached document with `doc`'s title and a pruned copy of the article's region as its body. */
  document: Document;
  /** The live element the copy was made from: the page's article container, or its body. */
  region: Element;
  /** Characters of paragraph text in the region: what a good extraction should come close to. */
  regionParagraphChars: number;
}

/** Readability's input for `doc` (which is read, never modified); `focus` false copies the whole body. */
export function readabilityInput(doc: Document, focus = true): ReadabilityInput {
  const body = doc.body!;
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
  const region = focus ? articleRegion(body) : body;
  const heading = region !== body ? headingOutside(region, body) : null;
  if (heading) bodyCopy.appendChild(heading.cloneNode(true));
  appendPrunedCopy(region, bodyCopy, articleGuard(body));
  return { document: copy, region, regionParagraphChars: proseLength(region, FOCUS_PARAGRAPH) };
}

/** The smallest article / main / articleBody element holding most of the page's prose, else the body. */
function articleRegion(body: Element): Element {
  const paragraphs = proseLength(body, FOCUS_PARAGRAPH);
  if (paragraphs < MIN_FOCUS_PROSE) return body;
  let best: Element = body;
  let bestProse = Infinity;
  for (const el of body.querySelectorAll('article, main, [role="main"], [itemprop~="articleBody"]')) {
    const own = proseLength(el, FOCUS_PARAGRAPH);
    if (own >= FOCUS_SHARE * paragraphs && own < bestProse) {
      best = el;
      bestProse = own;
    }
  }
  return best;
}

/** The page's h1 when it sits outside the chosen region: Readability uses it to drop the repeated headline. */
function headingOutside(region: Element, body: Element): Element | null {
  const h1 = body.querySelector('h1');
  return h1 && !region.contains(h1) ? h1 : null;
}

/** Copies `from`'s children into `to`, leaving out what is never article text. Iterative: pages nest thousands deep. */
function appendPrunedCopy(from: Element, to: Element, guard: ArticleGuard): void {
  const stack: [Node, Node][] = [];
  for (let child = from.lastChild; child; child = child.previousSibling) stack.push([child, to]);
  while (stack.length) {
    const [node, parent] = stack.pop()!;
    if (node.nodeType === 3) {
      parent.appendChild(node.cloneNode(false));
      continue;
    }
    if (node.nodeType !== 1) continue;
    const el = node as Element;
    if (NEVER_PROSE.has(el.tagName.toUpperCase())) continue;
    if (!ARTICLE_CONTAINERS.has(el.tagName.toUpperCase()) && isFurniture(el, guard)) continue;
    const copy = el.cloneNode(false);
    parent.appendChild(copy);
    for (let child = el.lastChild; child; child = child.previousSibling) stack.push([child, copy]);
  }
}

/**
 * What protects the article from furniture rules: the element holding the most paragraph text in
 * its own children (the article's paragraphs share a parent; comments and teasers each have their
 * own), or, on pages without paragraphs, a share of all text.
 */
export type ArticleGuard = { core: Element } | { totalText: number };

export function articleGuard(root: Element): ArticleGuard {
  const byParent = new Map<Element, number>();
  let core: Element | null = null;
  let best = 0;
  for (const p of root.querySelectorAll('p')) {
    const parent = p.parentElement;
    if (!parent) continue;
    const sum = (byParent.get(parent) ?? 0) + textLength(p);
    byParent.set(parent, sum);
    if (sum > best) {
      best = sum;
      core = parent;
    }
  }
  return core && best >= PROSE_PARAGRAPH ? { core } : { totalText: textLength(root) };
}

/** Furniture by markup, unless it wraps the article: "entry-content read-more" is the article body, whatever its name says. */
export function isFurniture(el: Element, guard: ArticleGuard): boolean {
  if (!isHiddenByMarkup(el) && !isFurnitureByName(el)) return false;
  if ('core' in guard) return !el.contains(guard.core);
  if (el.querySelector('article, main, [itemprop="articleBody"]') !== null) return false;
  return textLength(el) <= MAX_FURNITURE_SHARE * guard.totalText;
}

function proseLength(el: Element, minParagraph = PROSE_PARAGRAPH): number {
  let total = 0;
  for (const p of el.querySelectorAll('p')) {
    const length = textLength(p);
    if (length >= minParagraph) total += length;
  }
  return total;
}

function textLength(node: Node): number {
  return node.textContent?.replace(/\s+/g, ' ').length ?? 0;
}
