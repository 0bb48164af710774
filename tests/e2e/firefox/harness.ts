/**
 * Launches Debian's firefox-esr over WebDriver BiDi (puppeteer-core, no driver binary), installs the
 * built extension (.output/firefox-mv3) as a temporary add-on in a fresh profile, and serves
 * tests/fixtures/pages from 127.0.0.1. Every other host is routed to a proxy that only records the
 * attempt (tests/e2e/shared/proxy-recorder.ts), so nothing in a test reaches the network and a test
 * can prove that nothing tried to.
 *
 * Firefox differs from Chromium here in ways ../shared/design/STACK.md records:
 * - BiDi opens moz-extension:// pages only with --remote-allow-system-access, and page.goto to one
 *   never resolves: extension pages are opened with BiDi's browsingContext.navigate.
 * - The extension's UUID (its origin) is random per profile unless the pref
 *   extensions.webextensions.uuids fixes it, keyed by the manifest's gecko id.
 * - The background page is no BiDi realm: its state is reached from an extension tab, which has
 *   the extension's full `browser.*` API and the background's origin (the same IndexedDB).
 */
import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { servePages, type StaticServer } from '../server';
import { startProxyRecorder, type ProxyRecorder } from '../shared/proxy-recorder';

export const FIREFOX_EXTENSION_DIR = path.resolve('.output/firefox-mv3');
export const PAGES_DIR = path.resolve('tests/fixtures/pages');

export interface FirefoxSession {
  browser: Browser;
  /** `moz-extension://<uuid>`, fixed for this session by the uuids pref. */
  origin: string;
  server: StaticServer;
  /** Where every host but 127.0.0.1 goes: each connection attempt is recorded there. */
  proxy: ProxyRecorder;
  /**
   * An extension page (the extension's own icon, a document with no script of ours) kept open to
   * call `browser.*` and read IndexedDB with the background's origin.
   */
  control: Page;
  close(): Promise<void>;
}

/** The firefox-esr binary: $FIREFOX_PATH, or Debian's. */
export function firefoxPath(): string {
  const candidates = [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/lib/firefox-esr/firefox-esr'];
  const found = candidates.find((p): p is string => Boolean(p) && existsSync(p!));
  if (!found)
    throw new Error('Firefox not found: install Debian\'s "firefox-esr" package or set FIREFOX_PATH.');
  return found;
}

/** The gecko id the manifest declares (the uuids pref is keyed by it). */
function geckoId(extensionDir: string): string {
  const manifest = JSON.parse(readFileSync(path.join(extensionDir, 'manifest.json'), 'utf8')) as {
    browser_specific_settings?: { gecko?: { id?: string } };
  };
  const id = manifest.browser_specific_settings?.gecko?.id;
  if (!id) throw new Error(`${extensionDir}/manifest.json has no browser_specific_settings.gecko.id.`);
  return id;
}

/**
 * Prefs that leave 127.0.0.1 as the only reachable host: http and https go to the recording proxy
 * (with no fallback to a direct connection), and Firefox opens no connection of its own ahead of
 * time (DNS prefetch, speculative connections, link prefetch, DNS over HTTPS).
 */
function offlinePrefs(proxy: ProxyRecorder): Record<string, unknown> {
  return {
    'network.proxy.type': 1,
    'network.proxy.http': proxy.host,
    'network.proxy.http_port': proxy.port,
    'network.proxy.ssl': proxy.host,
    'network.proxy.ssl_port': proxy.port,
    'network.proxy.no_proxies_on': '127.0.0.1',
    'network.proxy.failover_direct': false,
    'network.dns.disablePrefetch': true,
    'network.dns.disablePrefetchFromHTTPS': true,
    'network.predictor.enabled': false,
    'network.prefetch-next': false,
    'network.http.speculative-parallel-limit': 0,
    'network.trr.mode': 5,
  };
}

/** Firefox with Parallax installed; close it in `finally` (or afterAll). */
export async function launchFirefox(
  options: {
    pagesDir?: string;
    extensionDir?: string;
    /** The extension page kept open as `control` (default: Parallax's icon). */
    controlPage?: string;
    /**
     * Keep what the reader reads, as a fresh install does. Off by default in tests, so a test's
     * corpus holds only what it saved (see tests/e2e/harness.ts).
     */
    keepReading?: boolean;
    /** Whether this extension opens Parallax's welcome page on install (a probe add-on does not). */
    welcome?: boolean;
  } = {},
): Promise<FirefoxSession> {
  const extensionDir = options.extensionDir ?? FIREFOX_EXTENSION_DIR;
  if (!existsSync(path.join(extensionDir, 'manifest.json'))) {
    throw new Error(`No built extension at ${extensionDir}: run "npx wxt build -b firefox" first.`);
  }
  const uuid = randomUUID();
  const server = await servePages(options.pagesDir ?? PAGES_DIR);
  const proxy = await startProxyRecorder();
  let browser: Browser | undefined;
  try {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: firefoxPath(),
      headless: true,
      args: ['--remote-allow-system-access'],
      // Release builds ignore puppeteer's pref that points Remote Settings (Firefox's own blocklist
      // and config sync) at a dummy server, and call Mozilla's unless this is set.
      env: { ...process.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
      extraPrefsFirefox: {
        'extensions.webextensions.uuids': JSON.stringify({ [geckoId(extensionDir)]: uuid }),
        ...offlinePrefs(proxy),
      },
    });
    await browser.installExtension(extensionDir);
    const origin = `moz-extension://${uuid}`;
    const control = await openUrl(browser, `${origin}/${options.controlPage ?? 'icon/parallax.svg'}`);
    // A fresh install opens the welcome page once (entrypoints/welcome): wait for it and close it,
    // so it is never a test's "active tab" nor opens in the middle of one.
    if (options.welcome ?? !options.extensionDir) await closeWelcome(control);
    if (!(options.keepReading ?? false) && !options.extensionDir)
      await control.evaluate(() =>
        (globalThis as WithBrowser).browser.storage.local.set({ 'keeping.enabled': false }),
      );
    const b = browser;
    return {
      browser: b,
      origin,
      server,
      proxy,
      control,
      close: async () => {
        await b.close().catch(() => undefined);
        await server.close();
        await proxy.close();
      },
    };
  } catch (error) {
    await browser?.close().catch(() => undefined);
    await server.close();
    await proxy.close();
    throw error;
  }
}

interface BidiFrame {
  browsingContext: { navigate(url: string, wait: 'none' | 'interactive' | 'complete'): Promise<unknown> };
}

/**
 * Navigates `page` with BiDi's browsingContext.navigate (page.goto never resolves for
 * moz-extension:// pages), then waits until the document is the one asked for.
 */
export async function navigate(page: Page, url: string): Promise<void> {
  const frame = page.mainFrame() as unknown as Partial<BidiFrame>;
  if (!frame.browsingContext?.navigate) {
    throw new Error('This puppeteer-core has no BiDi browsingContext on frames: is it 25.x, over BiDi?');
  }
  await frame.browsingContext.navigate(url, 'complete');
  await page.waitForFunction((expected: string) => location.href === expected, {}, url);
}

async function openUrl(browser: Browser, url: string): Promise<Page> {
  const page = await browser.newPage();
  await navigate(page, url);
  return page;
}

/** Opens an extension page (`popup.html?tabId=3`, `corpus.html`) in a new tab. */
export function openExtensionPage(session: FirefoxSession, pathAndQuery: string): Promise<Page> {
  return openUrl(session.browser, `${session.origin}/${pathAndQuery.replace(/^\//, '')}`);
}

/** A fixture page (`seed-story.html`) from the test server, loaded in a new tab. */
export async function openFixture(session: FirefoxSession, name: string): Promise<Page> {
  const page = await session.browser.newPage();
  await page.goto(`${session.server.url}/${name}`);
  return page;
}

/** The part of the WebExtension API the control page is asked for. */
interface ExtensionApi {
  tabs: {
    query(q: { active: boolean; lastFocusedWindow: boolean }): Promise<{ id?: number }[]>;
    create(o: { url: string; active: boolean }): Promise<{ id?: number }>;
    remove(id: number): Promise<void>;
  };
  action: { getBadgeText(d: { tabId: number }): Promise<string> };
  storage: { local: { clear(): Promise<void>; set(items: Record<string, unknown>): Promise<void> } };
  extension: { getViews(o: { type: 'tab' }): Window[] };
}

/** Waits for the welcome page the install opened (an extension tab) and closes it. */
async function closeWelcome(control: Page): Promise<void> {
  const closed = await control.evaluate(async () => {
    for (let waited = 0; waited < 15_000; waited += 100) {
      const views = (globalThis as WithBrowser).browser.extension.getViews({ type: 'tab' });
      const welcome = views.find((w) => w.location.pathname === '/welcome.html');
      if (welcome) {
        welcome.close();
        return true;
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    return false;
  });
  if (!closed) throw new Error('A fresh install opened no welcome page.');
}

/** Opens `url` in a background tab (not shown), from the control page; returns its tab id. */
export async function openBackgroundTab(session: FirefoxSession, url: string): Promise<number> {
  return session.control.evaluate(
    async (u: string) =>
      (await (globalThis as WithBrowser).browser.tabs.create({ url: u, active: false })).id!,
    url,
  );
}

/** Closes a tab by id, from the control page. */
export async function closeTab(session: FirefoxSession, tabId: number): Promise<void> {
  await session.control.evaluate((id: number) => (globalThis as WithBrowser).browser.tabs.remove(id), tabId);
}
type WithBrowser = typeof globalThis & { browser: ExtensionApi };

/**
 * The browser's tab id of `page`: it is brought to the front and the active tab is read from the
 * control page (Parallax has no "tabs" permission, so tab URLs are hidden from it, as they should be).
 */
export async function tabIdOf(session: FirefoxSession, page: Page): Promise<number> {
  await page.bringToFront();
  const id = await session.control.evaluate(async () => {
    const tabs = await (globalThis as WithBrowser).browser.tabs.query({
      active: true,
      lastFocusedWindow: true,
    });
    return tabs[0]?.id ?? null;
  });
  if (id === null) throw new Error(`No active tab for ${page.url()}`);
  return id;
}

/** Opens the popup for `tabId` as a page, at the popup's size. */
export async function openPopup(session: FirefoxSession, tabId: number): Promise<Page> {
  const popup = await session.browser.newPage();
  await popup.setViewport({ width: 400, height: 560 });
  await navigate(popup, `${session.origin}/popup.html?tabId=${tabId}`);
  return popup;
}

/** The badge text of a tab. */
export function badgeText(session: FirefoxSession, tabId: number): Promise<string> {
  return session.control.evaluate(
    (id: number) => (globalThis as WithBrowser).browser.action.getBadgeText({ tabId: id }),
    tabId,
  );
}

/** Clears the extension's storage.local (per-site overlay settings). */
export async function clearLocalStorage(session: FirefoxSession): Promise<void> {
  await session.control.evaluate(() => (globalThis as WithBrowser).browser.storage.local.clear());
}

export interface StoredArticle {
  id: string;
  origin: string;
  readAt?: number;
  title: string;
  siteName: string | null;
  canonicalUrl: string | null;
  tags: string[];
}

/** The articles stored in the extension's IndexedDB (a few fields of each), sorted by id. */
export function storedArticles(session: FirefoxSession): Promise<StoredArticle[]> {
  return session.control.evaluate(
    () =>
      new Promise<StoredArticle[]>((resolve, reject) => {
        const open = indexedDB.open('parallax');
        open.onerror = () => reject(open.error);
        // Opening it here must not create it: that is the background's job, at its own schema version.
        open.onupgradeneeded = () => open.transaction?.abort();
        open.onsuccess = () => {
          const db = open.result;
          const request = db.transaction('articles').objectStore('articles').getAll();
          request.onsuccess = () => {
            db.close();
            const rows = request.result as StoredArticle[];
            resolve(
              rows
                .map(({ id, origin, readAt, title, siteName, canonicalUrl, tags }) => ({
                  id,
                  origin,
                  ...(readAt !== undefined ? { readAt } : {}),
                  title,
                  siteName: siteName ?? null,
                  canonicalUrl: canonicalUrl ?? null,
                  tags: tags ?? [],
                }))
                .sort((a, b) => (a.id < b.id ? -1 : 1)),
            );
          };
          request.onerror = () => reject(request.error);
        };
      }),
  );
}

/** The ids of the articles stored in the extension's IndexedDB, sorted. */
export async function storedArticleIds(session: FirefoxSession): Promise<string[]> {
  return (await storedArticles(session)).map((a) => a.id);
}

/** The text of the first element matching `selector` in `page`, whitespace collapsed. */
export async function textOf(page: Page, selector: string): Promise<string | null> {
  return page.$eval(selector, (el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim()).catch(() => null);
}
