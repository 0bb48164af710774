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
import { keepingNotice, keepVerdict, readKeepingSettings, retentionDays } from '@/lib/settings/keeping';
import { importBundledSeeds } from './bundled-seeds';
import { registerShortcutsAndMenu } from './shortcuts-and-menu';
import { openWelcomeOnInstall } from './welcome';

/** Owns the corpus, answers the message protocol, keeps per-tab analyses and the badge. */
export default defineBackground(() => {
  const db = openCorpus();
  // Idempotent and cheap when nothing changed, so it also runs at every worker start: an import
  // interrupted by a stopped worker is completed the next time.
  // Then the upkeep a previous worker may have left (lib/corpus/maintenance.ts); its failure only delays it.
  // Read articles past the reader's retention expire here, a batch per start (saved ones never).
  const ready = importBundledSeeds(db, Date.now()).then(async (report) => {
    await retentionDays()
      .then((days) => maintainCorpus(db, { foldAll: true, expire: { now: Date.now(), retentionDays: days } }))
      .catch((error: unknown) =>
        console.warn('Parallax: corpus upkeep failed at start; it runs again after the next save.', error),
      );
    return report;
  });
  browser.runtime.onInstalled.addListener((details) => {
    void ready;
    openWelcomeOnInstall(details.reason);
  });

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
    // The first article kept makes the popup's one-time notice due.
    onKept: async () => {
      if ((await keepingNotice.getValue()) === 'pending') await keepingNotice.setValue('due');
    },
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
    // Never from a private window, whatever the settings (sender.tab.incognito is the browser's word).
    pageRead: async ({ url }, sender) => {
      const tabId = sender.tab?.id;
      if (tabId === undefined) throw new Error('pageRead must come from a tab.');
      const verdict = keepVerdict(await readKeepingSettings(), {
        url,
        incognito: sender.tab?.incognito === true,
      });
      return { reading: await service.pageRead(tabId, url, verdict) };
    },
    keepAsSaved: async ({ id }) => ({ saved: await service.keepAsSaved(id) }),
    forgetRead: async ({ since }) => ({ removed: await service.forgetRead(since) }),
    saveTab: ({ tabId, tags }) => service.saveTab(tabId, tags),
    removeArticle: async ({ id }) => ({ removed: await service.removeArticle(id) }),
  });
  browser.tabs.onRemoved.addListener((tabId) => service.forgetTab(tabId));
  registerShortcutsAndMenu(service);
});
