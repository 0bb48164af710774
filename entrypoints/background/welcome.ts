import { browser } from 'wxt/browser';

// The welcome page (entrypoints/welcome/); typed loosely so the background builds on its own.
const WELCOME_PAGE = '/welcome.html' as Parameters<typeof browser.runtime.getURL>[0];

/**
 * Opens the welcome page once, on a fresh install (not on an update or a browser update): it says
 * what Parallax keeps and where, and offers to turn keeping off before anything is kept.
 */
export function openWelcomeOnInstall(reason: string): void {
  if (reason !== 'install') return;
  browser.tabs.create({ url: browser.runtime.getURL(WELCOME_PAGE) }).catch((error: unknown) => {
    console.warn('Parallax: the welcome page could not be opened.', error);
  });
}
