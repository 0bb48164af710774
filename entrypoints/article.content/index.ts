import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { extractArticle } from '@/lib/extract/extract-article';
import { createExtractionSchedule } from '@/lib/extract/schedule';
import { splitSentences } from '@/lib/text/sentences';
import { handleRequests, sendRequest } from '@/lib/messages/transport';
import { startOverlay } from './overlay/controller';
import { startReadReports } from './read-report';

/**
 * Extracts the page (from a copy; the page itself is not touched) and sends the plain article to the
 * background: at load, after single-page-app navigations, and when the article body arrives late.
 * Once the reader has looked at an article, says so (the background may keep it as read).
 */
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  // The overlay's CSS is inlined into its shadow root (see overlay/controller.tsx): nothing is web-accessible.
  cssInjectionMode: 'manual',
  main(ctx) {
    /** The text of the article last sent: the overlay finds its passages again by their context in it. */
    let sentText: string | null = null;
    const reads = startReadReports(ctx);
    const schedule = createExtractionSchedule({
      extract: () => {
        // Marks for the end-to-end test that holds extraction to one short task.
        performance.mark('parallax:extract-start');
        const article = extractArticle(document, location.href, { sentences: false });
        performance.measure('parallax:extract', 'parallax:extract-start');
        return article;
      },
      send: (article) => {
        // Sentences are text work, not page work: split in a task of their own, so no task holds the page long.
        ctx.setTimeout(() => {
          if (ctx.isInvalid) return;
          performance.mark('parallax:sentences-start');
          const complete = { ...article, sentences: splitSentences(article.text, article.lang ?? 'en') };
          sentText = article.readerable ? article.text : null;
          performance.measure('parallax:sentences', 'parallax:sentences-start');
          sendRequest((m) => browser.runtime.sendMessage(m), 'pageExtracted', { article: complete }).catch(
            () => {
              // The extension was reloaded or the worker is starting; the background asks again when needed.
            },
          );
          // After the extraction it refers to: messages from one context arrive in order.
          reads.judged(article.readerable ? article.url : null);
        }, 0);
      },
      observe: (onChange) => {
        // Only the page's own changes count: our overlay's host element coming and going is not a late article.
        const observer = new MutationObserver((records) => {
          if (records.some((r) => !isOverlayRecord(r))) onChange();
        });
        observer.observe(document.body ?? document.documentElement, {
          childList: true,
          subtree: true,
          characterData: true,
        });
        return () => observer.disconnect();
      },
      idle: (task) => {
        // At most 2 s late: a busy page still gets its article read.
        const id = ctx.requestIdleCallback(() => task(), { timeout: 2000 });
        return () => cancelIdleCallback(id);
      },
      setTimer: (task, ms) => {
        const id = ctx.setTimeout(task, ms);
        return () => clearTimeout(id);
      },
    });
    // Extraction gets a task of its own, apart from this script's start-up and the overlay's.
    ctx.requestIdleCallback(() => schedule.start(), { timeout: 1000 });
    const stop = handleRequests(browser.runtime, {
      extractAgain: () => {
        schedule.extractNow();
        return { accepted: true };
      },
    });
    ctx.onInvalidated(() => {
      stop();
      schedule.stop();
    });
    startOverlay(ctx, () => sentText);
    // Single-page apps change the article without a page load; the new one is read once it has rendered.
    ctx.addEventListener(window, 'wxt:locationchange', () => {
      reads.navigated();
      schedule.navigated();
    });
  },
});

const OVERLAY_HOST = 'PARALLAX-OVERLAY';

/** A mutation of our own overlay (its host element added or removed, or anything inside it). */
function isOverlayRecord(record: MutationRecord): boolean {
  const target = record.target instanceof Element ? record.target : record.target.parentElement;
  if (target?.closest(OVERLAY_HOST.toLowerCase())) return true;
  const nodes = [...record.addedNodes, ...record.removedNodes];
  return nodes.length > 0 && nodes.every((n) => n.nodeName === OVERLAY_HOST);
}
