import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { extractArticle } from '@/lib/extract/extract-article';
import { handleRequests, sendRequest } from '@/lib/messages/transport';
import { startOverlay } from './overlay/controller';

/** Extracts the page (on a clone; the page itself is not touched) and sends the plain article to the background. */
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  // The overlay's CSS is inlined into its shadow root (see overlay/controller.tsx): nothing is web-accessible.
  cssInjectionMode: 'manual',
  main(ctx) {
    const report = (): void => {
      if (ctx.isInvalid) return;
      const article = extractArticle(document, location.href);
      sendRequest((m) => browser.runtime.sendMessage(m), 'pageExtracted', { article }).catch(() => {
        // The extension was reloaded or the worker is starting; the background asks again when needed.
      });
    };
    report();
    const stop = handleRequests(browser.runtime, {
      extractAgain: () => {
        report();
        return { accepted: true };
      },
    });
    ctx.onInvalidated(stop);
    startOverlay(ctx);
    // Single-page apps change the article without a page load.
    ctx.addEventListener(window, 'wxt:locationchange', () => report());
  },
});
