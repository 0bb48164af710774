/**
 * Whether a page is light or dark, from the background colour it actually paints (many sites
 * ignore prefers-color-scheme), falling back to the reader's preference.
 */

/** Relative luminance (WCAG) of an rgb()/rgba() colour, or null when transparent or unparseable. */
export function luminanceOf(colour: string): number | null {
  const m = /rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:[,\s/]+([\d.]+%?))?\s*\)/.exec(colour);
  if (!m) return null;
  const alpha = m[4] === undefined ? 1 : m[4].endsWith('%') ? parseFloat(m[4]) / 100 : parseFloat(m[4]);
  if (alpha < 0.5) return null;
  const [r, g, b] = [m[1], m[2], m[3]].map((c) => {
    const v = parseFloat(c!) / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/** "dark" when the page's painted background is dark. */
export function pageScheme(win: Window, doc: Document): 'light' | 'dark' {
  for (const element of [doc.body, doc.documentElement]) {
    if (!element) continue;
    const luminance = luminanceOf(win.getComputedStyle(element).backgroundColor);
    if (luminance !== null) return luminance < 0.2 ? 'dark' : 'light';
  }
  return win.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}
