/**
 * A searchable image of the visible text of a live page, with a map back to DOM positions, so a
 * passage from the extracted text (whose whitespace and offsets differ from the DOM's) can be
 * found again and highlighted. Takes the document as a parameter; never modifies it.
 */
import { foldChar } from '../text/fold';

export interface TextIndex {
  /** Folded text of the page: lower case, whitespace runs collapsed to one space. */
  text: string;
  /** For each character of `text`, the text node it came from and the offset in that node. */
  nodes: Text[];
  offsets: Int32Array;
  nodeOfChar: Int32Array;
}

const SKIP = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'TEXTAREA',
  'SELECT',
  'OPTION',
  'SVG',
  'CANVAS',
  'IFRAME',
]);

/** Indexes the text under `root`, skipping invisible containers and anything inside `exclude` (our own UI). */
export function buildTextIndex(root: Node, exclude: (node: Node) => boolean = () => false): TextIndex {
  const chars: string[] = [];
  const offsets: number[] = [];
  const nodeOfChar: number[] = [];
  const nodes: Text[] = [];
  let lastWasSpace = true;
  const visit = (node: Node): void => {
    if (exclude(node)) return;
    if (node.nodeType === 3) {
      const value = (node as Text).data;
      const index = nodes.push(node as Text) - 1;
      for (let i = 0; i < value.length; i++) {
        const ch = value[i]!;
        if (/\s/.test(ch)) {
          if (lastWasSpace) continue;
          chars.push(' ');
          lastWasSpace = true;
        } else {
          chars.push(foldChar(ch));
          lastWasSpace = false;
        }
        offsets.push(i);
        nodeOfChar.push(index);
      }
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return;
    if (node.nodeType === 1 && SKIP.has((node as Element).tagName.toUpperCase())) return;
    for (let child = node.firstChild; child; child = child.nextSibling) visit(child);
    // Block boundaries separate words that have no whitespace between them in the markup.
    if (node.nodeType === 1 && !lastWasSpace && chars.length) {
      chars.push(' ');
      offsets.push(offsets[offsets.length - 1]! + 1);
      nodeOfChar.push(nodeOfChar[nodeOfChar.length - 1]!);
      lastWasSpace = true;
    }
  };
  visit(root);
  return {
    text: chars.join(''),
    nodes,
    offsets: Int32Array.from(offsets),
    nodeOfChar: Int32Array.from(nodeOfChar),
  };
}

/** Folds a passage the same way the index folds page text. */
export function foldPassage(passage: string): string {
  let out = '';
  let lastWasSpace = true;
  for (const ch of passage) {
    if (/\s/.test(ch)) {
      if (!lastWasSpace) out += ' ';
      lastWasSpace = true;
    } else {
      out += foldChar(ch);
      lastWasSpace = false;
    }
  }
  return out.trimEnd();
}
