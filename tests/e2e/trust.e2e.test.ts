import type { Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, openPopup, tabIdOf, type ExtensionSession } from './harness';

describe('privacy and hostile pages', () => {
  let session: ExtensionSession;
  const requests: { url: string; fromWorker: boolean }[] = [];
  beforeAll(async () => {
    session = await launchExtension();
    session.context.on('request', (r: Request) =>
      requests.push({ url: r.url(), fromWorker: Boolean(r.serviceWorker()) }),
    );
  });
  afterAll(async () => {
    await session?.close();
  });

  it('renders script-injection payloads from a page only as text, and nothing of them runs', async () => {
    const page = await session.context.newPage();
    await page.goto(`${session.server.url}/hostile.html`);
    const pill = page.locator('parallax-overlay .pill');
    await pill.waitFor({ timeout: 15_000 });
    await pill.click();
    await page.locator('parallax-overlay [role="dialog"]').waitFor();
    const tabId = await tabIdOf(session, page);
    const popup = await openPopup(session, tabId);
    await popup.locator('.article-title').waitFor({ timeout: 10_000 });
    const title = await popup.locator('.article-title').textContent();
    // Every title source of the page carries markup; whichever wins is shown as the characters it is.
    expect(title).toMatch(/<img src=x onerror=|<\/script><script>/);
    // Our markup only: no element came from the page's strings.
    expect(
      await popup.locator('main img, main script, main iframe, main svg, main object, main embed').count(),
    ).toBe(0);
    expect(
      await page
        .locator(
          'parallax-overlay img, parallax-overlay script, parallax-overlay iframe, parallax-overlay svg',
        )
        .count(),
    ).toBe(0);
    await page.mouse.move(200, 300);
    // Saved, the hostile article is listed on the corpus page: as text there too.
    await popup.getByRole('button', { name: 'Save to corpus' }).click();
    await popup.getByText('✓ Saved to your corpus').waitFor();
    const corpus = await session.context.newPage();
    await corpus.goto(`chrome-extension://${session.extensionId}/corpus.html`);
    await corpus.locator('.corpus-article').first().waitFor({ timeout: 15_000 });
    expect(await corpus.locator('.corpus-title').allTextContents()).toEqual(
      expect.arrayContaining([expect.stringMatching(/<img src=x onerror=|<\/script><script>/)]),
    );
    expect(await corpus.locator('main img, main script, main iframe, main svg, main object').count()).toBe(0);
    await corpus
      .getByRole('button', { name: /^Delete “.*(pwned|Envoy backs)/ })
      .first()
      .click();
    await corpus.close();
    // A request the page itself makes after everything rendered: once the server has it, a payload's
    // request made while rendering would have arrived too.
    await page.evaluate(() => fetch('/after-render').then(() => undefined));
    expect(session.server.requests).toContain('/after-render');
    expect(session.server.requests.filter((r) => r.startsWith('/pwned'))).toEqual([]);
    expect(await popup.evaluate(() => location.protocol)).toBe('chrome-extension:');
    await popup.close();
    await page.close();
  });

  it('cannot make a request from the worker or an extension page: the CSP refuses any connection', async () => {
    const attempt = (url: string) =>
      fetch(url).then(
        () => 'sent',
        (e: Error) => `refused: ${e.message}`,
      );
    expect(await session.worker.evaluate(attempt, `${session.server.url}/canary-worker`)).toMatch(/^refused/);
    const page = await session.context.newPage();
    await page.goto(`chrome-extension://${session.extensionId}/popup.html`);
    expect(await page.evaluate(attempt, `${session.server.url}/canary-popup`)).toMatch(/^refused/);
    await page.close();
    expect(session.server.requests.filter((r) => r.startsWith('/canary'))).toEqual([]);
  });

  it('makes no request beyond the pages under test while it analyses, saves, removes, exports and imports', async () => {
    requests.length = 0;
    for (const name of ['seed-story', 'unrelated', 'link-list']) {
      const page = await session.context.newPage();
      await page.goto(`${session.server.url}/${name}.html`);
      const tabId = await tabIdOf(session, page);
      const popup = await openPopup(session, tabId);
      await popup.locator('[data-state], .related-item').first().waitFor({ timeout: 15_000 });
      if (name === 'seed-story') {
        await popup.getByRole('button', { name: 'Save to corpus' }).click();
        await popup.getByRole('button', { name: 'Remove' }).click();
        await popup.getByRole('button', { name: 'Save to corpus' }).waitFor();
      }
      await popup.close();
      await page.close();
    }
    // The corpus page: export the corpus, then import the file back.
    const corpus = await session.context.newPage();
    await corpus.goto(`chrome-extension://${session.extensionId}/corpus.html`);
    await corpus.locator('.corpus-article').first().waitFor({ timeout: 15_000 });
    const [download] = await Promise.all([
      corpus.waitForEvent('download'),
      corpus.getByRole('button', { name: 'Export corpus' }).click(),
    ]);
    await corpus.locator('#import-file').setInputFiles((await download.path())!);
    await corpus.locator('.transfer-done').waitFor({ timeout: 30_000 });
    await corpus.close();
    const extensionOrigin = `chrome-extension://${session.extensionId}/`;
    const foreign = requests.filter(
      (r) => !r.url.startsWith(`${session.server.url}/`) && !r.url.startsWith(extensionOrigin),
    );
    expect(foreign).toEqual([]);
    // The pages' own loads are the only requests to the test server.
    expect(new Set(session.server.requests.filter((r) => !r.startsWith('/favicon')))).toEqual(
      // '/after-render' is the first test's own request, made by the test page itself.
      new Set(['/hostile.html', '/after-render', '/seed-story.html', '/unrelated.html', '/link-list.html']),
    );
    console.log(
      `watched ${requests.length} requests from pages, popups and the service worker: ${foreign.length} foreign`,
    );
  });
});
