/**
 * Puts a linkedom-parsed document into the shape a browser's HTML parser gives it. linkedom keeps
 * elements where the markup puts them: page content left inside an unclosed <head>, a page with no
 * <body> tag, content after </body> or a second <body>. Browsers move all of these into the one
 * body (the HTML5 tree-construction rules); without that the CLI would see an empty body where the
 * content script sees the article. Only for documents we parsed ourselves, never a live page.
 */

/** Elements that belong in <head>; the first other element starts the body (as in a browser). */
const HEAD_ELEMENTS = new Set(['TITLE', 'META', 'LINK', 'SCRIPT', 'STYLE', 'BASE', 'NOSCRIPT', 'TEMPLATE']);

export function repairParsedDocument(doc: Document): void {
  const html = doc.documentElement;
  if (!html) return;
  if (html.tagName.toUpperCase() !== 'HTML') {
    wrapFragment(doc);
    return;
  }
  const bodies = [...html.children].filter((el) => el.tagName.toUpperCase() === 'BODY');
  let body = bodies[0];
  if (!body) {
    body = doc.createElement('body');
    html.appendChild(body);
  }
  const head = [...html.children].find((el) => el.tagName.toUpperCase() === 'HEAD');
  const moved: Node[] = [];
  if (head) {
    let inBody = false;
    for (const node of [...head.childNodes]) {
      if (!inBody && node.nodeType === 1 && !HEAD_ELEMENTS.has((node as Element).tagName.toUpperCase()))
        inBody = true;
      if (inBody) moved.push(node);
    }
  }
  // Content between </head> and <body> goes first; content after </body> (and other bodies) last.
  const before: Node[] = [];
  const after: Node[] = [];
  let seenBody = false;
  for (const node of [...html.childNodes]) {
    if (node === head) continue;
    if (node === body) {
      seenBody = true;
      continue;
    }
    if (node.nodeType === 1 && (node as Element).tagName.toUpperCase() === 'BODY') {
      after.push(...node.childNodes);
      node.parentNode?.removeChild(node);
      continue;
    }
    if (node.nodeType !== 1 && node.nodeType !== 3) continue;
    (seenBody ? after : before).push(node);
  }
  const first = body.firstChild;
  for (const node of [...moved, ...before]) body.insertBefore(node, first);
  for (const node of after) body.appendChild(node);
}

/** A fragment ("<p>text</p>") parsed as if it were a page: html, an empty head, and the fragment as body. */
function wrapFragment(doc: Document): void {
  const root = doc.createElement('html');
  const body = doc.createElement('body');
  for (const node of [...doc.childNodes])
    if (node.nodeType === 1 || node.nodeType === 3) body.appendChild(node);
  root.appendChild(doc.createElement('head'));
  root.appendChild(body);
  doc.appendChild(root);
}
