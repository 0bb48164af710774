import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { trackEngagement, type Engagement } from '@/lib/engagement/engagement';
import { sendRequest } from '@/lib/messages/transport';

/**
 * Tells the background, once per page, that the reader looked at it (lib/engagement): only for a
 * page Parallax judged an article, and only after the extraction of that page was sent.
 */
export function startReadReports(ctx: ContentScriptContext) {
  /** The URL of the page last judged an article; null when it is not one (or not judged yet). */
  let article: string | null = null;
  let reported: string | null = null;
  const report = (): void => {
    if (!tracker.engaged || article === null || reported === article || ctx.isInvalid) return;
    const url = article;
    reported = url;
    sendRequest((m) => browser.runtime.sendMessage(m), 'pageRead', { url }).catch((error: unknown) => {
      // The worker may be restarting: the next judgement of this page tries again.
      if (reported === url) reported = null;
      console.warn('Parallax: could not report this page as read.', error);
    });
  };
  const start = (): Engagement =>
    trackEngagement({
      now: () => performance.now(),
      setTimer: (task, ms) => {
        const id = ctx.setTimeout(task, ms);
        return () => clearTimeout(id);
      },
      isVisible: () => document.visibilityState === 'visible',
      scroll: () => ({ top: window.scrollY, viewport: window.innerHeight }),
      onEngaged: report,
    });
  let tracker = start();
  ctx.addEventListener(document, 'visibilitychange', () => tracker.visibilityChanged());
  ctx.addEventListener(window, 'pagehide', () => tracker.visibilityChanged());
  ctx.addEventListener(window, 'pageshow', () => tracker.visibilityChanged());
  ctx.addEventListener(window, 'scroll', () => tracker.scrolled(), { passive: true });
  ctx.onInvalidated(() => tracker.stop());
  return {
    /** The page at `url` was judged an article (null: not an article) and its extraction sent. */
    judged(url: string | null): void {
      article = url;
      report();
    },
    /** A single-page app showed another page: it is read on its own. */
    navigated(): void {
      tracker.stop();
      article = null;
      tracker = start();
    },
  };
}
