/**
 * Counts elements under `root`, stopping at `limit` so a huge page costs no more than a small one
 * to reject. (linkedom's getElementsByTagName('*') returns nothing, so the count is walked here.)
 */
export function countElements(root: Element, limit: number): number {
  let count = 0;
  const stack: Element[] = [root];
  while (stack.length && count < limit) {
    const el = stack.pop()!;
    count++;
    for (let child = el.firstElementChild; child; child = child.nextElementSibling) stack.push(child);
  }
  return count;
}
