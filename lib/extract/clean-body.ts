/**
 * Cleans Readability's article element before it becomes text: what Readability keeps but is not
 * the article. Furniture by name (as in prune.ts, judged against the article's own length), and blocks
 * that are mostly links (related lists, "read more" teasers, tag lists).
 */
import { articleGuard, furnitureKind, type ArticleGuard } from './prune';
import { ALL_RULES, type Rules } from './rules';

/** A block whose text is at least this share links is navigation, not prose. */
const LINK_BLOCK_SHARE = 0.8;

/** Blocks judged on their own links. Headings are not: a linked subheading ("“Thumper” ($20)") is structure; a list of linked headlines goes with its container. */
const BLOCKS = new Set(['P', 'LI', 'DT', 'DD', 'FIGURE']);

interface Counts {
  text: number;
  linked: number;
  links: number;
}

/** Removes non-article elements from `content` (Readability's result, a detached tree). */
export function cleanArticleElement(content: Element, rules: Rules = ALL_RULES): void {
  const guard = articleGuard(content);
  const counts = new Map<Element, Counts>();
  const order = postOrder(content);
  for (const el of order) counts.set(el, countOf(el, counts));
  const doomed: Element[] = [];
  const stack: Element[] = [content];
  while (stack.length) {
    const el = stack.pop()!;
    if (el !== content && shouldRemove(el, counts.get(el)!, guard, rules)) {
      doomed.push(el);
      continue;
    }
    for (let child = el.firstElementChild; child; child = child.nextElementSibling) stack.push(child);
  }
  for (const el of doomed) el.remove();
}

function shouldRemove(el: Element, c: Counts, guard: ArticleGuard, rules: Rules): boolean {
  if (furnitureKind(el, guard) && rules.on('body-clean-furniture')) return true;
  if (c.text === 0) return false;
  const tag = el.tagName.toUpperCase();
  const share = c.linked / c.text;
  return BLOCKS.has(tag) && c.links > 0 && share >= LINK_BLOCK_SHARE && rules.on('body-clean-link-blocks');
}

/** Text, linked text and link counts of `el`, from its children's counts (computed first). */
function countOf(el: Element, counts: Map<Element, Counts>): Counts {
  const isLink = el.tagName.toUpperCase() === 'A' && navigates(el.getAttribute('href'));
  let text = 0;
  let linked = 0;
  let links = isLink ? 1 : 0;
  for (let child = el.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 3) {
      // Trimmed: indentation between tags is not text.
      text += child.nodeValue?.trim().length ?? 0;
    } else if (child.nodeType === 1) {
      const c = counts.get(child as Element);
      if (!c) continue;
      text += c.text;
      linked += c.linked;
      links += c.links;
    }
  }
  return { text, linked: isLink ? text : linked, links };
}

/** A link to another page; "#note-3" and "javascript:" links annotate the text in place. */
function navigates(href: string | null): boolean {
  if (!href) return false;
  const h = href.trim().toLowerCase();
  return h !== '' && !h.startsWith('#') && !h.startsWith('javascript:');
}

/** Elements of `root` children-first, without recursion. */
function postOrder(root: Element): Element[] {
  const out: Element[] = [];
  const stack: Element[] = [root];
  while (stack.length) {
    const el = stack.pop()!;
    out.push(el);
    for (let child = el.firstElementChild; child; child = child.nextElementSibling) stack.push(child);
  }
  return out.reverse();
}
