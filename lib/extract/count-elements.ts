/**
 * Size of a document in elements and nesting depth, walked iteratively and stopped at the limits,
 * so a huge page costs no more than a small one to reject. (linkedom's getElementsByTagName('*')
 * returns nothing, so the count is walked here.)
 */
export interface PageSize {
  elements: number;
  depth: number;
}

export function measurePage(root: Element, maxElements: number, maxDepth: number): PageSize {
  let elements = 0;
  let depth = 0;
  const stack: [Element, number][] = [[root, 1]];
  while (stack.length && elements <= maxElements && depth <= maxDepth) {
    const [el, level] = stack.pop()!;
    elements++;
    if (level > depth) depth = level;
    for (let child = el.firstElementChild; child; child = child.nextElementSibling)
      stack.push([child, level + 1]);
  }
  return { elements, depth };
}
