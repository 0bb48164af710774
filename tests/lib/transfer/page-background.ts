/**
 * The corpus page's requests going through the real transport (validation, sender check) to the
 * corpus-page handlers, over WXT's fake browser, as in the extension.
 */
import { browser } from 'wxt/browser';
import { corpusPageHandlers } from '@/lib/messages/corpus-page-handlers';
import { deleteArticle } from '@/lib/corpus/articles';
import type { CorpusDb } from '@/lib/corpus/db';
import { handleRequests, sendRequest, type RuntimeLike } from '@/lib/messages/transport';
import type { Request } from '@/lib/messages/transfer-client';
import type { CorpusTransfer } from '@/lib/transfer/staged-import';

const wrappers = new Map<unknown, unknown>();

/** The fake browser leaves `sender.id` empty; real browsers set it for the extension's own pages. */
const runtime: RuntimeLike = {
  get id() {
    return browser.runtime.id;
  },
  sendMessage: (m) => browser.runtime.sendMessage(m),
  onMessage: {
    addListener: (listener) => {
      const wrapped = (m: unknown, s: object, r: (x: unknown) => void) =>
        listener(m, { ...s, id: browser.runtime.id }, r);
      wrappers.set(listener, wrapped);
      browser.runtime.onMessage.addListener(wrapped as never);
    },
    removeListener: (listener) => browser.runtime.onMessage.removeListener(wrappers.get(listener) as never),
  },
};

/** Registers the handlers for `db`; returns the page's `request` and a function that unregisters. */
export function connectPage(db: CorpusDb, transfer: CorpusTransfer): { request: Request; stop: () => void } {
  const stop = handleRequests(
    runtime,
    corpusPageHandlers({ db, transfer, remove: (id) => deleteArticle(db, id) }),
  );
  const request: Request = (name, data) => sendRequest((m) => browser.runtime.sendMessage(m), name, data);
  return { request, stop };
}
