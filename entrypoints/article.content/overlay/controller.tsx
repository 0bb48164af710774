import { render } from 'preact';
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import { findPassage, selectorOf, type PassageSelector } from '@/lib/anchor/find-passage';
import { createHighlighter, type Highlighter, type Mark } from '@/lib/anchor/highlighter';
import { pageScheme } from '@/lib/anchor/page-scheme';
import { buildTextIndex } from '@/lib/anchor/text-index';
import { showDifferences } from '@/lib/analysis/shown-differences';
import type { TabState } from '@/lib/messages/protocol';
import { handleRequests, sendRequest } from '@/lib/messages/transport';
import { isOverlayOff, setOverlayOff, siteOf } from '@/lib/settings/site-settings';
import { OverlayRoot } from './OverlayRoot';
// Inlined as a string: the CSS lives only in our shadow root, and no extension file is exposed to pages.
import overlayCss from './overlay.css?inline';

interface Mounted {
  ui: ShadowRootContentScriptUi<{ container: HTMLElement; layer: HTMLElement; highlighter: Highlighter }>;
}

/**
 * The in-page overlay: a pill and panel in a shadow root, and marks on the sentences that differ
 * elsewhere. It never changes the page's DOM outside its own host element, and listens to the
 * page only passively.
 */
export function startOverlay(ctx: ContentScriptContext, extractedText: () => string | null): void {
  const send = (m: unknown) => browser.runtime.sendMessage(m);
  const site = siteOf(location.href);
  let mounted: Mounted | null = null;
  let state: TabState | null = null;
  /** Hidden for this page view (the reader dismissed it, or toggled it off). */
  let hidden = false;
  /** The reader turned it on here with the shortcut, over "never on this site". */
  let forced = false;
  let anchoredPassages = new Map<string, Range>();

  /** A passage's selectors: with its context in the text this page sent, when that is still the text. */
  const selectorFor = (
    passage: { text: string; start: number; end: number },
    maxEnd: number,
  ): PassageSelector => {
    const text = extractedText();
    return text !== null && text.slice(passage.start, passage.end) === passage.text
      ? selectorOf(text, passage.start, passage.end)
      : { exact: passage.text, position: passage.start / maxEnd };
  };

  const unmount = (): void => {
    mounted?.ui.remove();
    mounted = null;
  };

  const ensureMounted = async (): Promise<Mounted> => {
    if (mounted) return mounted;
    const ui = await createShadowRootUi(ctx, {
      name: 'parallax-overlay',
      css: overlayCss,
      position: 'inline',
      anchor: 'body',
      append: 'last',
      // Keys typed in our UI must not reach the page's own shortcuts.
      isolateEvents: ['keydown', 'keyup', 'keypress'],
      onMount: (uiContainer, shadow) => {
        const layer = document.createElement('div');
        layer.className = 'mark-layer';
        const container = document.createElement('div');
        shadow.append(layer);
        uiContainer.append(container);
        return { container, layer, highlighter: createHighlighter(window, document, layer) };
      },
      onRemove: (parts) => {
        parts?.highlighter.clear();
        if (parts) render(null, parts.container);
      },
    });
    ui.mount();
    mounted = { ui };
    return mounted;
  };

  const anchor = (
    highlighter: Highlighter,
    host: Element,
    shown: ReturnType<typeof showDifferences>,
  ): Set<string> => {
    const index = buildTextIndex(document.body, (node) => node === host);
    const maxEnd = Math.max(1, ...shown.differences.map((d) => d.a.end));
    const marks: Mark[] = [];
    anchoredPassages = new Map();
    for (const d of shown.differences) {
      if (anchoredPassages.has(d.markId)) continue;
      const range = findPassage(document, index, selectorFor(d.a, maxEnd));
      if (!range) continue;
      anchoredPassages.set(d.markId, range);
      marks.push({ id: d.markId, kind: d.kind, range });
    }
    highlighter.set(marks);
    return new Set(anchoredPassages.keys());
  };

  const update = async (): Promise<void> => {
    if (ctx.isInvalid) return;
    try {
      await apply();
    } finally {
      // Says which tab state the overlay has applied, shown or not: tests wait for it before they
      // assert that nothing is shown (the page was read, analysed, and the overlay decided).
      performance.mark(`parallax:overlay-applied:${state?.status ?? 'none'}`);
    }
  };

  const apply = async (): Promise<void> => {
    const off = site !== null && !forced && (await isOverlayOff(site));
    if (state?.status !== 'ready' || hidden || off) return unmount();
    const shown = showDifferences(state.analysis);
    if (shown.reports === 0) return unmount();
    // Marks bracket the work, so its cost on the page can be measured (tests/e2e/overlay.e2e.test.ts).
    performance.mark('parallax:overlay-start');
    const { ui } = await ensureMounted();
    const parts = ui.mounted!;
    const anchored = anchor(parts.highlighter, ui.shadowHost, shown);
    render(
      <OverlayRoot
        shown={shown}
        scheme={pageScheme(window, document)}
        highlighter={parts.highlighter}
        anchored={anchored}
        win={window}
        onDismiss={() => {
          hidden = true;
          unmount();
        }}
        onOpenStory={() => {
          sendRequest(send, 'openStory', {}).catch((error: unknown) =>
            console.warn('Parallax: the story page could not be opened.', error),
          );
        }}
        onNeverOnSite={() => {
          hidden = true;
          unmount();
          if (site) void setOverlayOff(site, true);
        }}
      />,
      parts.container,
    );
    performance.mark('parallax:overlay-end');
  };

  const refresh = async (): Promise<void> => {
    try {
      state = await sendRequest(send, 'getOwnTabState', {});
    } catch {
      // The worker is restarting or the extension was reloaded: the next tabStateChanged brings it back.
      return;
    }
    await update().catch((error: unknown) =>
      console.warn('Parallax: the overlay could not be shown.', error),
    );
  };

  const stop = handleRequests(browser.runtime, {
    tabStateChanged: () => {
      void refresh();
      return { accepted: true };
    },
    toggleOverlay: async () => {
      const visible = !mounted;
      hidden = !visible;
      forced = visible;
      await update();
      return { visible: Boolean(mounted) };
    },
    showPassage: ({ text, start, end }) => {
      const key = `${start}-${end}`;
      const range =
        anchoredPassages.get(key) ??
        findPassage(
          document,
          buildTextIndex(document.body, (n) => n === mounted?.ui.shadowHost),
          selectorFor({ text, start, end }, Math.max(1, end)),
        );
      if (!range) return { found: false };
      if (mounted?.ui.mounted && anchoredPassages.has(key)) {
        mounted.ui.mounted.highlighter.flash(key);
      } else {
        range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
      }
      return { found: true };
    },
  });
  ctx.onInvalidated(() => {
    stop();
    unmount();
  });
  // A single-page app moved to another article: "hide on this page" was about the previous one.
  // The content script re-extracts; the new analysis arrives through tabStateChanged and re-anchors.
  ctx.addEventListener(window, 'wxt:locationchange', () => {
    hidden = false;
    forced = false;
  });
  void refresh();
}
