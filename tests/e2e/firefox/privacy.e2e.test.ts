/**
 * Nothing leaves the machine in Firefox, and hostile pages stay text. Every host but 127.0.0.1 is
 * routed to a proxy that records each connection attempt (tests/e2e/shared/proxy-recorder.ts):
 * Parallax must make none while it analyses, saves and removes, and a page's own request shows
 * that the check would see one. The CSP of the extension's pages refuses connections outright.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  launchFirefox,
  openExtensionPage,
  openFixture,
  openPopup,
  storedArticleIds,
  tabIdOf,
  textOf,
  type FirefoxSession,
} from './harness';

const SEED_IDS = ['000_aff521f138871a15', '001_dffb23fcff858348'];

describe('privacy and hostile pages in Firefox', () => {
  let session: FirefoxSession;
  beforeAll(async () => {
    session = await launchFirefox();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('makes no connection beyond the pages under test while it analyses, saves and removes', async () => {
    for (const [name, state] of [
      ['seed-story', '.related-item'],
      ['unrelated', '[data-state="nothing-related"]'],
      ['link-list', '[data-state="not-article"]'],
    ] as const) {
      const page = await openFixture(session, `${name}.html`);
      const tabId = await tabIdOf(session, page);
      const popup = await openPopup(session, tabId);
      await popup.waitForSelector(state, { timeout: 15_000 });
      if (name === 'seed-story') {
        await page.waitForSelector('parallax-overlay >>> .pill', { timeout: 15_000 });
        await popup.locator('button::-p-text(Save to corpus)').click();
        await popup.waitForSelector('::-p-text(✓ Saved to your corpus)');
        expect(await storedArticleIds(session)).toHaveLength(3);
        await popup.locator('button::-p-text(Remove)').click();
        await popup.waitForSelector('button::-p-text(Save to corpus)');
        expect(await storedArticleIds(session)).toEqual(SEED_IDS);
      }
      await popup.close();
      await page.close();
    }
    const corpus = await openExtensionPage(session, 'corpus.html');
    await corpus.waitForSelector('.corpus-article', { timeout: 15_000 });
    await corpus.close();

    // None since Firefox started: installing the add-on and importing the seeds included.
    expect(session.proxy.attempts).toEqual([]);
    // The pages' own loads are the only requests to the test server.
    expect(new Set(session.server.requests.filter((r) => !r.startsWith('/favicon')))).toEqual(
      new Set(['/seed-story.html', '/unrelated.html', '/link-list.html']),
    );
  });

  it('would see a connection: a page’s own requests to other hosts reach the recording proxy', async () => {
    const page = await openFixture(session, 'unrelated.html');
    await page.evaluate(() => {
      void fetch('http://canary.parallax-test.example/ping').catch(() => undefined);
      new Image().src = 'https://canary-tls.parallax-test.example/pixel.png';
    });
    const plain = await session.proxy.waitForAttempt((a) =>
      a.target.includes('canary.parallax-test.example'),
    );
    expect(plain.requestLine).toMatch(/^GET http:\/\/canary\.parallax-test\.example\/ping HTTP\/1\.1$/);
    const tls = await session.proxy.waitForAttempt(
      (a) => a.target === 'canary-tls.parallax-test.example:443',
    );
    expect(tls.requestLine).toMatch(/^CONNECT canary-tls\.parallax-test\.example:443 HTTP\/1\.1$/);
    await page.close();
  });

  it('cannot make a request from the background or an extension page: the CSP refuses any connection', async () => {
    const before = session.proxy.attempts.length;
    const popup = await openExtensionPage(session, 'popup.html');
    const results = await popup.evaluate(async (local: string) => {
      const attempt = (f: typeof fetch, url: string) =>
        f(url).then(
          () => 'sent',
          (e: Error) => `refused: ${e.message}`,
        );
      type Api = { runtime: { getBackgroundPage(): Promise<Window & typeof globalThis> } };
      const background = await (
        globalThis as unknown as { browser: Api }
      ).browser.runtime.getBackgroundPage();
      return [
        await attempt(fetch, `${local}/canary-popup`),
        await attempt(fetch, 'https://canary-popup.parallax-test.example/'),
        await attempt(background.fetch.bind(background), `${local}/canary-background`),
        await attempt(background.fetch.bind(background), 'https://canary-background.parallax-test.example/'),
      ];
    }, session.server.url);
    await popup.close();
    for (const result of results) expect(result).toMatch(/^refused/);
    expect(session.server.requests.filter((r) => r.startsWith('/canary'))).toEqual([]);
    expect(session.proxy.attempts.slice(before)).toEqual([]);
  });

  it('renders script-injection payloads from a page only as text, and nothing of them runs', async () => {
    const page = await openFixture(session, 'hostile.html');
    const pill = await page.waitForSelector('parallax-overlay >>> .pill', { timeout: 15_000 });
    await pill!.click();
    await page.waitForSelector('parallax-overlay >>> [role="dialog"]');
    const tabId = await tabIdOf(session, page);
    const popup = await openPopup(session, tabId);
    await popup.waitForSelector('.article-title', { timeout: 10_000 });
    // Every title source of the page carries markup; whichever wins is shown as the characters it is.
    expect(await textOf(popup, '.article-title')).toMatch(/<img src=x onerror=|<\/script><script>/);
    // Our markup only: no element came from the page's strings.
    expect(
      (await popup.$$('main img, main script, main iframe, main svg, main object, main embed')).length,
    ).toBe(0);
    expect(
      (
        await page.$$(
          'parallax-overlay >>> img, parallax-overlay >>> script, parallax-overlay >>> iframe, parallax-overlay >>> svg',
        )
      ).length,
    ).toBe(0);
    // A request the page itself makes after everything rendered: once the server has it, a payload's
    // request made while rendering would have arrived too.
    await page.evaluate(() => fetch('/after-render').then(() => undefined));
    expect(session.server.requests).toContain('/after-render');
    expect(session.server.requests.filter((r) => r.startsWith('/pwned'))).toEqual([]);
    await popup.close();
    await page.close();
  });
});
