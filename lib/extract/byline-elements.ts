/**
 * Elements of a page that may hold its byline (rel/itemprop author, "byline" and "author" classes,
 * links to an author's page), and the short texts to read in each.
 */

/**
 * Elements that may hold a byline, found by the browser's selector engine rather than by visiting
 * every element (class names vary in case: "byline", "Tech-Author"); bylineStrength then decides.
 */
const BYLINE_CANDIDATES = [
  '[itemprop~="author"]',
  '[rel~="author"]',
  ...['author', 'byline', 'by-line', 'autor', 'verfasser', 'writer', 'reporter', 'journalist'].map(
    (word) => `[class*="${word}" i]`,
  ),
  '[id*="author" i]',
  '[id*="byline" i]',
  // "/author" also finds "/authors/", "/autor" "/autoren/"; AUTHOR_PAGE then checks the path.
  'a[href*="/author" i]',
  'a[href*="/autor" i]',
].join(', ');
/** A link to a writer's page ("/author/jane-doe/"), the last path part naming the writer. */
const AUTHOR_PAGE = /\/(?:author|autor|authors|autoren)\/[^/?#]+\/?(?:[?#]|$)/i;
/** Byline elements read: bylines sit near the top, and author lists in teasers repeat further down. */
const MAX_CANDIDATES = 30;
/** Name-like parts read inside one byline element. */
const MAX_NAME_PARTS = 3;
/** Characters: a byline element longer than this is an author box or a whole article. */
const MAX_BYLINE_ELEMENT_TEXT = 200;

export type Strength = 'strong' | 'weak';
/** A candidate and how strongly its markup says it is the byline. */
export interface BylineElement {
  el: Element;
  strength: Strength;
}

/**
 * Elements that may hold a byline, in document order, the article's own first. Those in comment
 * threads and forms are left to the reader to skip (`insideDiscussion`): most pages are read only
 * up to their first byline.
 */
export function bylineElements(doc: Document): BylineElement[] {
  if (!doc.body) return [];
  const article = doc.querySelector('article') ?? doc.querySelector('main');
  // One pass of the selector engine over the body (it is the costly part), then the article's own first.
  const inside: BylineElement[] = [];
  const outside: BylineElement[] = [];
  for (const el of doc.body.querySelectorAll(BYLINE_CANDIDATES)) {
    const strength = bylineStrength(el);
    if (!strength) continue;
    (article?.contains(el) ? inside : outside).push({ el, strength });
  }
  return inside.concat(outside).slice(0, MAX_CANDIDATES);
}

function bylineStrength(el: Element): Strength | null {
  if (explicitAuthor(el)) return 'strong';
  const names = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
  if (/byline|by-line|autor(?:en)?zeile|article-?author|post-?author|entry-?author/i.test(names))
    return 'strong';
  // Not "authority" ("authority-control" boxes list identifiers).
  if (/author(?!ity)|autor(?!it)|verfasser|writer|reporter|journalist/i.test(names)) return 'weak';
  return null;
}

/** Marked as the author by rel or itemprop, or a link to an author's page. */
function explicitAuthor(el: Element): boolean {
  if (
    /\bauthor\b/i.test(el.getAttribute('itemprop') ?? '') ||
    /\bauthor\b/i.test(el.getAttribute('rel') ?? '')
  )
    return true;
  return el.tagName.toUpperCase() === 'A' && AUTHOR_PAGE.test(el.getAttribute('href') ?? '');
}

/** Comment threads and forms name commenters and fields ("Name"), not authors. */
export function insideDiscussion(el: Element): boolean {
  for (let node: Element | null = el; node; node = node.parentElement) {
    const tag = node.tagName.toUpperCase();
    if (tag === 'FORM' || tag === 'BODY') return tag === 'FORM';
    const names = `${node.getAttribute('class') ?? ''} ${node.getAttribute('id') ?? ''}`;
    if (/comment|respond|reply|kommentar/i.test(names)) return true;
  }
  return false;
}

/**
 * The element's own text (whole: true), then its name-like parts (an author box's heading or
 * link), each short.
 */
export function bylineTexts(el: Element): [string, boolean][] {
  const texts: [string, boolean][] = [];
  const add = (node: Element, whole: boolean): void => {
    const text = node.getAttribute('content')?.replace(/\s+/g, ' ').trim() || spacedText(node);
    if (text && text.length <= MAX_BYLINE_ELEMENT_TEXT) texts.push([text, whole]);
  };
  const named = el.querySelector('[itemprop~="name"]');
  if (named) add(named, true);
  add(el, true);
  let parts = 0;
  for (const part of el.querySelectorAll('h1, h2, h3, h4, h5, strong, b, a')) {
    add(part, false);
    if (++parts >= MAX_NAME_PARTS) break;
  }
  return texts;
}

/** Blocks and dates: where one part of a byline (names, date, share links) ends and the next begins. */
const PART_BREAK =
  /^(?:TIME|DIV|P|LI|UL|OL|BR|H[1-6]|DT|DD|TD|TH|SECTION|HEADER|FOOTER|FIGURE|FIGCAPTION|ADDRESS|BLOCKQUOTE)$/;

/**
 * Text of a byline element with a space where inline elements meet ("Jane Doe</a><span>Updated"
 * would glue into one word) and a segment mark where a block or a <time> element starts or ends:
 * a byline's names end where its date or its share links begin. Reading stops past the longest
 * byline worth reading.
 */
function spacedText(root: Element): string {
  let text = '';
  // Nodes to read, and the marks that close the elements being read.
  const stack: (Node | string)[] = [root];
  while (stack.length && text.length <= MAX_BYLINE_ELEMENT_TEXT) {
    const node = stack.pop()!;
    if (typeof node === 'string') {
      text += node;
      continue;
    }
    if (node.nodeType === 3) {
      text += node.nodeValue ?? '';
      continue;
    }
    if (node.nodeType !== 1) continue;
    const tag = (node as Element).tagName.toUpperCase();
    if (tag === 'SCRIPT' || tag === 'STYLE' || (tag === 'TIME' && node !== root)) {
      text += ' | ';
      continue;
    }
    const mark = PART_BREAK.test(tag) ? ' | ' : ' ';
    text += mark;
    stack.push(mark);
    for (let child = node.lastChild; child; child = child.previousSibling) stack.push(child);
  }
  return text
    .replace(/\s+/g, ' ')
    .replace(/\s+([,;])/g, '$1')
    .replace(/^[\s|]+|[\s|]+$/g, '')
    .replace(/(?:\s*\|\s*)+/g, ' | ');
}
