/**
 * Launches Debian's Chromium with the built extension (.output/chrome-mv3) in a fresh profile and
 * serves tests/fixtures/pages from 127.0.0.1. Every other host fails to resolve, so nothing in a
 * test can reach the network.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { servePages, type StaticServer } from './server';

export const EXTENSION_DIR = path.resolve('.output/chrome-mv3');
export const PAGES_DIR = path.resolve('tests/fixtures/pages');

/** The few `chrome.*` calls tests make inside the service worker (WXT types only `browser`). */
interface ChromeInWorker {
  tabs: { query(q: { active?: boolean; lastFocusedWindow?: boolean }): Promise<{ id?: number }[]> };
  action: { getBadgeText(d: { tabId: number }): Promise<string> };
  storage: { local: { set(items: Record<string, unknown>): Promise<void> } };
}

export interface LaunchOptions {
  pagesDir?: string;
  extensionDir?: string;
  /**
   * Keep what the reader reads, as a fresh install does. Off by default in tests: Playwright shows
   * every page it drives as visible, so any page a test keeps open for ten seconds would be kept,
   * and a test's corpus would no longer hold only what it saved.
   */
  keepReading?: boolean;
  /** Leave the welcome page that a fresh install opens (`session.welcome`); closed by default. */
  keepWelcome?: boolean;
}

export interface ExtensionSession {
  context: BrowserContext;
  extensionId: string;
  /** The extension's service worker: `worker.evaluate` runs code in the background. */
  worker: Worker;
  server: StaticServer;
  /** The welcome page the install opened, when `keepWelcome` asked for it. */
  welcome: Page | null;
  close(): Promise<void>;
}

/** The Chromium binary: $CHROMIUM_PATH, or Debian's. */
export function chromiumPath(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/lib/chromium/chromium', '/usr/bin/chromium'].filter(
    Boolean,
  ) as string[];
  const found = candidates.find((p) => existsSync(p));
  if (!found)
    throw new Error('Chromium not found: install Debian\'s "chromium" package or set CHROMIUM_PATH.');
  return found;
}

/** Chromium with Parallax loaded; close it in `finally`. */
export async function launchExtension(options: LaunchOptions = {}): Promise<ExtensionSession> {
  const extensionDir = options.extensionDir ?? EXTENSION_DIR;
  if (!existsSync(path.join(extensionDir, 'manifest.json'))) {
    throw new Error(`No built extension at ${extensionDir}: run "npx wxt build" first.`);
  }
  // Report the service worker's own requests as context 'request' events too (Chromium only), so a
  // test can watch every request of every extension context.
  process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';
  const profile = mkdtempSync(path.join(tmpdir(), 'parallax-e2e-'));
  const server = await servePages(options.pagesDir ?? PAGES_DIR);
  let context: BrowserContext | undefined;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: chromiumPath(),
      headless: true,
      ignoreDefaultArgs: ['--disable-extensions'],
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1',
        `--disable-extensions-except=${extensionDir}`,
        `--load-extension=${extensionDir}`,
      ],
    });
    const worker =
      context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
    const extensionId = new URL(worker.url()).host;
    const ctx = context;
    // A fresh install opens the welcome page once (entrypoints/welcome); wait for it, so it can
    // neither be the "active tab" of a test nor appear later in the middle of one.
    const welcome = await welcomePage(ctx, extensionId);
    if (!options.keepWelcome) await welcome.close();
    if (!options.keepReading)
      await worker.evaluate(() =>
        (globalThis as unknown as { chrome: ChromeInWorker }).chrome.storage.local.set({
          'keeping.enabled': false,
        }),
      );
    return {
      context: ctx,
      extensionId,
      worker,
      server,
      welcome: options.keepWelcome ? welcome : null,
      close: async () => {
        await ctx.close().catch(() => undefined);
        await server.close();
        rmSync(profile, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await context?.close().catch(() => undefined);
    await server.close();
    rmSync(profile, { recursive: true, force: true });
    throw error;
  }
}

/** The welcome page a fresh install opens. */
async function welcomePage(context: BrowserContext, extensionId: string): Promise<Page> {
  const url = `chrome-extension://${extensionId}/welcome.html`;
  const found = () => context.pages().find((p) => p.url() === url);
  for (let waited = 0; waited < 15_000; waited += 100) {
    const page = found();
    if (page) return page;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('A fresh install opened no welcome page.');
}

/**
 * The browser's tab id of `page`: it is brought to the front and the active tab is read in the
 * service worker (Parallax has no "tabs" permission, so tab URLs are hidden from it, as they should be).
 */
export async function tabIdOf(session: ExtensionSession, page: Page): Promise<number> {
  await page.bringToFront();
  const id = await session.worker.evaluate(async () => {
    const tabs = await (globalThis as unknown as { chrome: ChromeInWorker }).chrome.tabs.query({
      active: true,
      lastFocusedWindow: true,
    });
    return tabs[0]?.id ?? null;
  });
  if (id === null) throw new Error(`No active tab for ${page.url()}`);
  return id;
}

/** Opens the popup for `tabId` as a page (opened as a tab, the popup's "active tab" would be itself). */
export async function openPopup(session: ExtensionSession, tabId: number): Promise<Page> {
  const popup = await session.context.newPage();
  await popup.setViewportSize({ width: 400, height: 560 });
  await popup.goto(`chrome-extension://${session.extensionId}/popup.html?tabId=${tabId}`);
  return popup;
}

/** Saves a screenshot for README when SCREENSHOTS=1 (`SCREENSHOTS=1 npm run test:e2e`). */
export async function screenshotForReadme(page: Page, name: string): Promise<void> {
  if (process.env.SCREENSHOTS !== '1') return;
  await page.screenshot({ path: path.resolve('tests/e2e/screenshots', `${name}.png`), fullPage: true });
}

/** The ids of the articles stored in the background's IndexedDB, sorted. */
export function storedArticleIds(session: ExtensionSession): Promise<string[]> {
  return session.worker.evaluate(
    () =>
      new Promise<string[]>((resolve, reject) => {
        const open = indexedDB.open('parallax');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction('articles').objectStore('articles').getAllKeys();
          request.onsuccess = () => resolve((request.result as string[]).sort());
          request.onerror = () => reject(request.error);
        };
      }),
  );
}

/** Every stored article's id, title and origin (seed, saved, imported, read), by id. */
export function storedArticles(
  session: ExtensionSession,
): Promise<{ id: string; title: string; origin: string; readAt?: number }[]> {
  return session.worker.evaluate(
    () =>
      new Promise<{ id: string; title: string; origin: string; readAt?: number }[]>((resolve, reject) => {
        const open = indexedDB.open('parallax');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction('articles').objectStore('articles').getAll();
          request.onsuccess = () =>
            resolve(
              (request.result as { id: string; title: string; origin: string; readAt?: number }[])
                .map(({ id, title, origin, readAt }) => ({ id, title, origin, readAt }))
                .sort((a, b) => a.id.localeCompare(b.id)),
            );
          request.onerror = () => reject(request.error);
        };
      }),
  );
}

/** The badge text of a tab. */
export function badgeText(session: ExtensionSession, tabId: number): Promise<string> {
  return session.worker.evaluate(
    (id) => (globalThis as unknown as { chrome: ChromeInWorker }).chrome.action.getBadgeText({ tabId: id }),
    tabId,
  );
}
