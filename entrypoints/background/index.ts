import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { TabService } from '@/lib/analysis/tab-service';
import { corpusPageHandlers } from '@/lib/messages/corpus-page-handlers';
import { openCorpus } from '@/lib/corpus/db';
import { maintainCorpus } from '@/lib/corpus/maintenance';
import { storyPageHandlers } from '@/lib/messages/story-page';
import { handleRequests, sendRequest } from '@/lib/messages/transport';
import { CorpusTransfer } from '@/lib/transfer/staged-import';
import { openStaging } from '@/lib/transfer/staging-db';
import { importBundledSeeds } from './bundled-seeds';
import { registerShortcutsAndMenu } from './shortcuts-and-menu';

/** Default retention of read articles (issue 17); the setting for it is not wired yet. */
const READ_RETENTION_DAYS = 90;

/** Owns the corpus, answers the message protocol, keeps per-tab analyses and the badge. */
export default defineBackground(() => {
  const db = openCorpus();
  // Idempotent and cheap when nothing changed, so it also runs at every worker start: an import
  // interrupted by a stopped worker is completed the next time.
  // Then the upkeep a previous worker may have left (lib/corpus/maintenance.ts); its failure only delays it.
  const ready = importBundledSeeds(db, Date.now()).then(async (report) => {
    await maintainCorpus(db, {
      foldAll: true,
      expire: { now: Date.now(), retentionDays: READ_RETENTION_DAYS },
    }).catch((error: unknown) =>
      console.warn('Parallax: corpus upkeep failed at start; it runs again after the next save.', error),
    );
    return report;
  });
  browser.runtime.onInstalled.addListener(() => void ready);

  // Firefox's MV2 build has browserAction where MV3 has action; the badge calls are the same.
  const action =
    browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;
  const service = new TabService({
    db,
    ready,
    now: Date.now,
    setBadge: async (tabId, text) => {
      await action.setBadgeText({ tabId, text });
      if (text) await action.setBadgeBackgroundColor({ tabId, color: '#3451b2' });
    },
    requestExtraction: async (tabId) => {
      await sendRequest((m) => browser.tabs.sendMessage(tabId, m), 'extractAgain', {});
    },
    // The overlay and an open popup follow pushes; either may be absent (a closed popup rejects).
    notifyTab: async (tabId) => {
      await Promise.allSettled([
        sendRequest((m) => browser.tabs.sendMessage(tabId, m), 'tabStateChanged', {}),
        sendRequest((m) => browser.runtime.sendMessage(m), 'tabStateChanged', { tabId }),
      ]);
    },
  });

  // Corpus page: export, staged import (its staging database is separate), search, tags, delete with undo.
  const transfer = new CorpusTransfer({
    db,
    staging: openStaging(),
    ready,
    now: Date.now,
    newId: () => crypto.randomUUID(),
  });
  void transfer.clearOrphans(); // an import the previous worker never committed

  handleRequests(browser.runtime, {
    ...corpusPageHandlers({
      db,
      transfer,
      ready,
      remove: (id) => service.removeArticle(id),
      changed: () => service.corpusChanged(),
    }),
    ...storyPageHandlers({
      db,
      ready,
      storyOfTab: (tabId) => service.storyOf(tabId),
      openPage: async (path) => {
        await browser.tabs.create({ url: browser.runtime.getURL(path as '/story.html') });
      },
    }),
    pageExtracted: ({ article }, sender) => {
      const tabId = sender.tab?.id;
      if (tabId === undefined) throw new Error('pageExtracted must come from a tab.');
      void service.pageExtracted(tabId, article);
      return { accepted: true };
    },
    getTabState: ({ tabId }) => service.getTabState(tabId),
    getOwnTabState: (_, sender) => {
      if (sender.tab?.id === undefined) throw new Error('getOwnTabState must come from a tab.');
      return service.getTabState(sender.tab.id);
    },
    saveTab: ({ tabId, tags }) => service.saveTab(tabId, tags),
    removeArticle: async ({ id }) => ({ removed: await service.removeArticle(id) }),
  });
  browser.tabs.onRemoved.addListener((tabId) => service.forgetTab(tabId));
  registerShortcutsAndMenu(service);
});
