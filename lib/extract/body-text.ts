/**
 * Plain text of an article element, one paragraph per block, for the normalised text that all
 * offsets point into. Skips what is never prose: scripts, forms, buttons. A caption is a paragraph
 * of its own, so its credit can be told from the sentence it ends (paragraph-filter.ts).
 */

const BLOCK = new Set(
  'ADDRESS ARTICLE ASIDE BLOCKQUOTE DD DIV DL DT FIELDSET FIGCAPTION FIGURE FOOTER FORM H1 H2 H3 H4 H5 H6 HEADER HR LI MAIN NAV OL P PRE SECTION TABLE TBODY TD TH THEAD TR UL'.split(
    ' ',
  ),
);
const SKIP = new Set(
  'SCRIPT STYLE NOSCRIPT TEMPLATE SVG BUTTON SELECT TEXTAREA INPUT IFRAME OBJECT CANVAS VIDEO AUDIO'.split(
    ' ',
  ),
);

/** Paragraph texts of `root` in document order (not yet normalised). */
export function blockParagraphs(root: Node): string[] {
  const paragraphs: string[] = [];
  let buffer = '';
  const flush = (): void => {
    if (buffer.trim()) paragraphs.push(buffer);
    buffer = '';
  };
  const walk = (node: Node): void => {
    if (node.nodeType === 3) {
      buffer += node.nodeValue ?? '';
      return;
    }
    if (node.nodeType !== 1) return;
    const name = (node as Element).tagName.toUpperCase();
    if (SKIP.has(name)) return;
    if (name === 'BR') {
      flush();
      return;
    }
    const block = BLOCK.has(name);
    if (block) flush();
    for (let child = node.firstChild; child; child = child.nextSibling) walk(child);
    if (block) flush();
  };
  walk(root);
  flush();
  return paragraphs;
}
