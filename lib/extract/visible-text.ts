/**
 * The page's visible text as one string (no scripts, styles or templates; blocks on their own
 * lines; whitespace collapsed), with where a marked element starts and ends in it. Read when no
 * machine-readable metadata names a date or an author.
 */

/** Characters read: labelled dates and bylines are near the top or in a short footer. */
const MAX_TEXT = 200_000;
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'SELECT', 'OPTION', 'BUTTON']);
const BLOCK =
  /^(?:P|DIV|LI|DT|DD|H[1-6]|TR|TD|TH|SECTION|ARTICLE|HEADER|FOOTER|ASIDE|BR|TIME|UL|OL|FIGCAPTION|BLOCKQUOTE)$/;

export interface VisibleText {
  text: string;
  /** Offsets of `mark` in `text`, or -1 when it is not in the page. */
  start: number;
  end: number;
}

export function visibleText(root: Element, mark: Element | null = null): VisibleText {
  let text = '';
  let start = -1;
  let end = -1;
  const stack: (Node | null)[] = [root];
  while (stack.length && text.length < MAX_TEXT) {
    const node = stack.pop();
    if (node === null) {
      end = text.length;
      continue;
    }
    if (!node) continue;
    if (node === lineBreak) {
      text += '\n';
      continue;
    }
    if (node.nodeType === 3) {
      text += (node.nodeValue ?? '').replace(/\s+/g, ' ');
      continue;
    }
    if (node.nodeType !== 1) continue;
    const tag = (node as Element).tagName.toUpperCase();
    if (SKIP.has(tag)) continue;
    const block = BLOCK.test(tag);
    if (block) text += '\n';
    if (node === mark) {
      start = text.length;
      stack.push(null);
    }
    if (block) stack.push(lineBreak);
    for (let child = node.lastChild; child; child = child.previousSibling) stack.push(child);
  }
  return { text, start, end: end < 0 ? start : end };
}

/** A marker standing for the line break after a block. */
const lineBreak = { nodeType: 0 } as unknown as Node;

/** The page's visible text with its headline marked, computed on first use only. */
export function lazyPageText(doc: Document): () => VisibleText {
  let cached: VisibleText | undefined;
  return () => {
    if (!cached) {
      const headline = doc.querySelector('article h1, main h1') ?? doc.querySelector('h1');
      cached = doc.body ? visibleText(doc.body, headline) : { text: '', start: -1, end: -1 };
    }
    return cached;
  };
}
