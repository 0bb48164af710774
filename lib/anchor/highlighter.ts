/**
 * Marks ranges of the live page without changing its DOM: the CSS Custom Highlight API where the
 * browser has it (one named highlight per kind, styled through a constructed stylesheet), and
 * elsewhere boxes drawn in our own layer over the ranges' client rects. Hit-testing and flashing
 * work the same way in both.
 */

export interface Mark {
  id: string;
  kind: string;
  range: Range;
}

export interface Highlighter {
  /** Replaces all marks. */
  set(marks: Mark[]): void;
  /** The id of the mark under the viewport point (x, y), or null. */
  hitTest(x: number, y: number): string | null;
  /** The first client rect of a mark, for placing a tooltip. */
  rectOf(id: string): DOMRect | null;
  /** Scrolls a mark into view and flashes it for `ms` milliseconds. */
  flash(id: string, ms?: number): void;
  /** Recomputes fallback boxes after layout changes (no-op with the Highlight API). */
  relayout(): void;
  clear(): void;
  readonly usesHighlightApi: boolean;
}

interface HighlightRegistry {
  set(name: string, highlight: unknown): void;
  delete(name: string): void;
}
type HighlightCtor = new (...ranges: Range[]) => unknown;

const PREFIX = 'parallax-';

/** Colours per kind (alpha so they read on light and dark pages). */
export const KIND_COLOURS: Record<string, string> = {
  quote: 'rgba(245, 180, 0, 0.38)',
  attribution: 'rgba(160, 90, 230, 0.32)',
  number: 'rgba(40, 130, 240, 0.32)',
  date: 'rgba(0, 170, 150, 0.32)',
  certainty: 'rgba(240, 110, 30, 0.34)',
  negation: 'rgba(225, 50, 60, 0.32)',
  wording: 'rgba(128, 128, 128, 0.28)',
  flash: 'rgba(255, 230, 0, 0.85)',
};

/**
 * A highlighter for `doc`. `layer` (in our shadow root, `position: fixed` over the viewport) holds the
 * fallback boxes, in viewport coordinates: call relayout() on scroll and resize.
 */
export function createHighlighter(win: Window, doc: Document, layer: HTMLElement): Highlighter {
  const registry = (win as unknown as { CSS?: { highlights?: HighlightRegistry } }).CSS?.highlights;
  const Highlight = (win as unknown as { Highlight?: HighlightCtor }).Highlight;
  const api = Boolean(registry && Highlight);
  let marks: Mark[] = [];
  let sheet: CSSStyleSheet | null = null;
  let flashTimer: ReturnType<typeof setTimeout> | undefined;

  if (api) {
    sheet = new (win as unknown as { CSSStyleSheet: typeof CSSStyleSheet }).CSSStyleSheet();
    sheet.replaceSync(
      Object.entries(KIND_COLOURS)
        .map(([kind, colour]) => `::highlight(${PREFIX}${kind}) { background-color: ${colour}; }`)
        .join('\n'),
    );
    // Highlights are styled from the document's own style sheets; a constructed sheet adds rules without touching the DOM.
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
  }

  const names = (): string[] => [...new Set(marks.map((m) => m.kind))];

  const drawBoxes = (): void => {
    layer.replaceChildren();
    for (const mark of marks) {
      for (const rect of mark.range.getClientRects()) {
        const box = doc.createElement('div');
        box.className = `mark-box kind-${mark.kind}`;
        box.dataset.markId = mark.id;
        Object.assign(box.style, {
          position: 'absolute',
          left: `${rect.left}px`,
          top: `${rect.top}px`,
          width: `${rect.width}px`,
          height: `${rect.height}px`,
          background: KIND_COLOURS[mark.kind] ?? KIND_COLOURS.wording,
          pointerEvents: 'none',
          mixBlendMode: 'multiply',
        });
        layer.append(box);
      }
    }
  };

  const highlighter: Highlighter = {
    usesHighlightApi: api,
    set(next) {
      highlighter.clear();
      marks = next;
      if (api) {
        for (const kind of names()) {
          registry!.set(
            PREFIX + kind,
            new Highlight!(...marks.filter((m) => m.kind === kind).map((m) => m.range)),
          );
        }
      } else {
        drawBoxes();
      }
    },
    hitTest(x, y) {
      for (const mark of marks) {
        for (const r of mark.range.getClientRects()) {
          if (x >= r.left && x <= r.right && y >= r.top && y <= r.bottom) return mark.id;
        }
      }
      return null;
    },
    rectOf(id) {
      const mark = marks.find((m) => m.id === id);
      return mark ? (mark.range.getClientRects()[0] ?? mark.range.getBoundingClientRect()) : null;
    },
    flash(id, ms = 1600) {
      const mark = marks.find((m) => m.id === id);
      if (!mark) return;
      const element = mark.range.startContainer.parentElement;
      element?.scrollIntoView({ block: 'center', behavior: 'smooth' });
      clearTimeout(flashTimer);
      if (api) {
        registry!.set(`${PREFIX}flash`, new Highlight!(mark.range));
        flashTimer = setTimeout(() => registry!.delete(`${PREFIX}flash`), ms);
      } else {
        for (const box of layer.querySelectorAll<HTMLElement>(`[data-mark-id="${CSS.escape(id)}"]`)) {
          box.style.background = KIND_COLOURS.flash!;
          flashTimer = setTimeout(
            () => (box.style.background = KIND_COLOURS[mark.kind] ?? KIND_COLOURS.wording!),
            ms,
          );
        }
      }
    },
    relayout() {
      if (!api) drawBoxes();
    },
    clear() {
      if (api) {
        for (const kind of names()) registry!.delete(PREFIX + kind);
        registry!.delete(`${PREFIX}flash`);
      } else {
        layer.replaceChildren();
      }
      marks = [];
    },
  };
  return highlighter;
}
