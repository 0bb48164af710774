/**
 * How many elements a document has, cheaply: the browser counts natively; linkedom (whose
 * getElementsByTagName('*') returns nothing) is walked, stopping past `limit`.
 */
export function countElements(doc: Document, limit: number): number {
  const native = doc.getElementsByTagName('*').length;
  if (native > 0) return native;
  let count = 0;
  const stack: Element[] = doc.documentElement ? [doc.documentElement] : [];
  while (stack.length && count <= limit) {
    const el = stack.pop()!;
    count++;
    for (let child = el.firstElementChild; child; child = child.nextElementSibling) stack.push(child);
  }
  return count;
}
