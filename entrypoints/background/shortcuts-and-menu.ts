import { browser } from 'wxt/browser';
import type { TabService } from '@/lib/analysis/tab-service';
import { sendRequest } from '@/lib/messages/transport';

const SAVE_MENU_ID = 'parallax-save-page';

/** The "Save page to Parallax" context menu and the overlay toggle shortcut (manifest `commands`). */
export function registerShortcutsAndMenu(service: TabService): void {
  // Menus persist across worker restarts; create them once per install or update.
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({ id: SAVE_MENU_ID, title: 'Save page to Parallax', contexts: ['page'] });
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== SAVE_MENU_ID || tab?.id === undefined) return;
    const tabId = tab.id;
    service.saveTab(tabId, []).catch(async (error: unknown) => {
      // Not an article (or not read yet): say so on the badge and in its tooltip rather than failing silently.
      const action =
        browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;
      await action.setTitle({ tabId, title: `Parallax: not saved. ${(error as Error).message}` });
    });
  });
  browser.commands.onCommand.addListener((command, tab) => {
    if (command !== 'toggle-overlay' || tab?.id === undefined) return;
    const tabId = tab.id;
    sendRequest((m) => browser.tabs.sendMessage(tabId, m), 'toggleOverlay', {}).catch(() => undefined);
  });
}
