/**
 * The corpus page in Chromium: stories, search, tags, export → delete (with undo) → re-import,
 * hostile files, and a service worker stopped in the middle of an import.
 */
import { mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page, Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import type { ImportArticle } from '@/lib/transfer/format';
import { syntheticArticles } from '../lib/transfer/synthetic-corpus';
import { axeViolations } from './a11y';
import { launchExtension, screenshotForReadme, type ExtensionSession } from './harness';

const SEED_A = '000_aff521f138871a15';
const SEED_B = '001_dffb23fcff858348';
const SEED_A_TITLE = 'Trump considers NATO-style guarantees for Ukraine as Russia signals openness';
const SEED_B_TITLE = 'US could offer Ukraine Article 5-style protection, Witkoff says';
const FIXTURES = path.resolve('tests/fixtures/transfer');

interface Row {
  id: string;
  title: string;
  tags: string[];
  origin: string;
}

/** The corpus as stored, read from IndexedDB in an extension page (same origin as the worker). */
function readCorpus(page: Page): Promise<Row[]> {
  return page.evaluate(
    () =>
      new Promise<Row[]>((resolve, reject) => {
        const open = indexedDB.open('parallax');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction('articles').objectStore('articles').getAll();
          request.onerror = () => reject(request.error);
          request.onsuccess = () => {
            const rows = (request.result as Row[]).map(({ id, title, tags, origin }) => ({
              id,
              title,
              tags,
              origin,
            }));
            open.result.close();
            resolve(rows.sort((a, b) => (a.id < b.id ? -1 : 1)));
          };
        };
      }),
  );
}

/** One protocol request from the page, as the page's own code sends it; the reply envelope comes back. */
function send(
  page: Page,
  name: string,
  data: unknown,
): Promise<{ ok: boolean; value?: unknown; error?: string }> {
  return page.evaluate(
    ([n, d]) =>
      (
        globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<never> } } }
      ).chrome.runtime.sendMessage({ parallax: 1, name: n, data: d }),
    [name, data] as const,
  );
}

/**
 * The running service worker. Chrome stops an idle worker after 30 s, and evaluating in a stopped
 * one never returns; a message from the page starts it again, as a new Worker for Playwright.
 */
async function liveWorker(session: ExtensionSession, page: Page): Promise<Worker> {
  await send(page, 'importAbort', { importId: 'wake-up' });
  for (const worker of [...session.context.serviceWorkers()].reverse()) {
    const alive = await Promise.race([
      worker.evaluate(() => true).catch(() => false),
      new Promise<false>((resolve) => setTimeout(() => resolve(false), 2_000)),
    ]);
    if (alive) return worker;
  }
  throw new Error('No running service worker.');
}

/** Stops the extension's service worker as Chrome does when it is idle or killed (CDP closes its target). */
async function stopServiceWorker(session: ExtensionSession, page: Page): Promise<void> {
  const running = await liveWorker(session, page);
  await running.evaluate(() => {
    (globalThis as unknown as { stopMarker: boolean }).stopMarker = true;
  });
  const cdp = await session.context.newCDPSession(page);
  const { targetInfos } = await cdp.send('Target.getTargets');
  const target = targetInfos.find(
    (t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${session.extensionId}/`),
  );
  if (!target) throw new Error('The service worker target was not found.');
  await cdp.send('Target.closeTarget', { targetId: target.targetId });
  await cdp.detach();
  // The worker that runs after the stop is a fresh one: its globals are new, so no marker.
  await expect
    .poll(async () =>
      (await liveWorker(session, page)).evaluate(
        () => (globalThis as unknown as { stopMarker?: boolean }).stopMarker ?? false,
      ),
    )
    .toBe(false);
}

async function stageAll(page: Page, articles: ImportArticle[], chunk = 100): Promise<string> {
  const begin = await send(page, 'importBegin', { total: articles.length });
  expect(begin.ok).toBe(true);
  const { importId } = begin.value as { importId: string };
  for (let offset = 0; offset < articles.length; offset += chunk) {
    const reply = await send(page, 'importChunk', {
      importId,
      offset,
      articles: articles.slice(offset, offset + chunk),
    });
    expect(reply.ok).toBe(true);
  }
  return importId;
}

describe('the corpus page in Chromium', () => {
  let session: ExtensionSession;
  let page: Page;
  beforeAll(async () => {
    session = await launchExtension();
    page = await session.context.newPage();
    await page.setViewportSize({ width: 1000, height: 760 });
    await page.goto(`chrome-extension://${session.extensionId}/corpus.html`);
    // The background imports the seeds at its first start; every test starts from them.
    await page.locator('.story[data-story-size="2"]').waitFor({ timeout: 15_000 });
  });
  afterAll(async () => {
    await session?.close();
  });

  it('lists the two seed articles as one story, searches, and edits tags from the keyboard', async () => {
    const story = page.locator('.story[data-story-size="2"]');
    await story.waitFor({ timeout: 15_000 });
    expect((await story.locator('.corpus-title').allTextContents()).sort()).toEqual(
      [SEED_B_TITLE, SEED_A_TITLE].sort(),
    );
    expect(await page.locator('#results-heading').textContent()).toBe('2 articles in 1 story');

    // Words (a quoted phrase), outlet, and a search that finds nothing.
    await page.getByLabel('Words').fill('"NATO-style guarantees"');
    await page.getByLabel('Words').press('Enter');
    await expect.poll(() => page.locator('.corpus-title').allTextContents()).toEqual([SEED_A_TITLE]);
    await page.getByLabel('Words').fill('Witkoff');
    await page.getByLabel('Outlet').selectOption('Reuters');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await expect.poll(() => page.locator('.corpus-title').allTextContents()).toEqual([SEED_A_TITLE]);
    await page.getByLabel('Words').fill('zeppelin');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await page.getByText('No article matches this search.').waitFor();
    await page.getByRole('button', { name: 'Clear' }).click();
    await expect.poll(() => page.locator('.corpus-article').count()).toBe(2);

    // Tags, by keyboard only: Tab to the editor, Enter opens it, Enter saves.
    const edit = page.getByRole('button', { name: `Edit tags of “${SEED_A_TITLE}”` });
    await edit.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('INPUT');
    await page.keyboard.type('Ukraine, guarantees');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.locator(`[data-id="${SEED_A}"] .tag`).allTextContents())
      .toEqual(['ukraine', 'guarantees']);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(
      `Edit tags of “${SEED_A_TITLE}”`,
    );
    expect((await readCorpus(page)).find((r) => r.id === SEED_A)?.tags).toEqual(['ukraine', 'guarantees']);
    await screenshotForReadme(page, 'corpus');
  });

  it('exports, deletes (undo offered, then let go), and re-imports the same corpus', async () => {
    const original = await readCorpus(page);
    expect(original.map((r) => r.id)).toEqual([SEED_A, SEED_B]);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export corpus' }).click(),
    ]);
    const file = await download.path();
    const exported = JSON.parse(readFileSync(file, 'utf8'));
    expect(download.suggestedFilename()).toMatch(/^parallax-corpus-\d{4}-\d{2}-\d{2}\.json$/);
    expect(exported).toMatchObject({ format: 'parallax-corpus', version: 2 });
    expect(exported.articles.map((a: Row) => [a.id, a.title, a.tags])).toEqual(
      original.map((r) => [r.id, r.title, r.tags]),
    );
    await page.getByText('Exported 2 articles to').waitFor();

    // Delete: the undo notice takes the focus; dismiss it, and the deletion stands.
    await page.getByRole('button', { name: `Delete “${SEED_A_TITLE}”` }).click();
    const notice = page.locator('.undo-notice');
    await notice.waitFor();
    expect(await notice.textContent()).toContain(`Deleted “${SEED_A_TITLE}”.`);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Undo');
    await expect.poll(() => page.locator('.corpus-article').count()).toBe(1);
    await page.getByRole('button', { name: 'Dismiss' }).click();
    await notice.waitFor({ state: 'detached' });
    expect((await readCorpus(page)).map((r) => r.id)).toEqual([SEED_B]);

    // Import the exported file: one article comes back, nothing doubles.
    await page.locator('#import-file').setInputFiles(file);
    const done = page.locator('.transfer-done');
    await expect.poll(() => done.textContent(), { timeout: 30_000 }).toMatch(/^Imported/);
    expect(await done.textContent()).toMatch(/\(2 articles\): 1 new, 0 updated, 1 already in your corpus\.$/);
    const after = await readCorpus(page);
    expect(after.map(({ id, title, tags }) => ({ id, title, tags }))).toEqual(
      original.map(({ id, title, tags }) => ({ id, title, tags })),
    );
    await expect.poll(() => page.locator('.story[data-story-size="2"] .corpus-article').count()).toBe(2);
  });

  it('undo puts a deleted seed back exactly as it was', async () => {
    const before = await readCorpus(page);
    await page.getByRole('button', { name: `Delete “${SEED_B_TITLE}”` }).click();
    await page.locator('.undo-notice').waitFor();
    await expect.poll(async () => (await readCorpus(page)).length).toBe(1);
    await page.keyboard.press('Enter'); // the focus is on Undo
    await page.locator('.undo-notice').waitFor({ state: 'detached' });
    expect(await readCorpus(page)).toEqual(before);
    await expect.poll(() => page.locator('.corpus-article').count()).toBe(2);
  });

  // Reading 50 MB into the page and parsing it takes a while on a loaded 2-core machine.
  it(
    'rejects hostile files with a message that says what and where; the corpus and prototypes stay as they were',
    { timeout: 180_000 },
    async () => {
      const scratch = mkdtempSync(path.join(tmpdir(), 'parallax-hostile-'));
      onTestFinished(() => rmSync(scratch, { recursive: true, force: true }));
      const before = await readCorpus(page);
      const error = page.locator('.transfer-error');

      await page.locator('#import-file').setInputFiles(path.join(FIXTURES, 'hostile-rejected.json'));
      await expect
        .poll(() => error.textContent())
        .toBe(
          'This file has 2 problems; nothing was imported. articles[1].url: expected an http(s) URL; articles[1].title: expected string, got Array.',
        );

      // Big files are given as a file picker gives them, by path (no copy through the driver): 50 MB
      // of junk is read and refused at its first character; a 250 MB file (sparse: no disk used) is
      // refused by its size before it is read.
      const junk = path.join(scratch, 'junk.json');
      writeFileSync(junk, Buffer.alloc(50_000_000, 'x'));
      await page.locator('#import-file').setInputFiles(junk);
      await expect
        .poll(() => error.textContent(), { timeout: 60_000 })
        .toBe('This is not valid JSON: unexpected "x" at line 1, column 1 (character 0)');
      const huge = path.join(scratch, 'huge.json');
      writeFileSync(huge, '');
      truncateSync(huge, 250 * 1024 * 1024);
      await page.locator('#import-file').setInputFiles(huge);
      await expect
        .poll(() => error.textContent())
        .toBe(
          'This file is 250 MB; Parallax imports files up to 200 MB. Split the corpus, or export it again from Parallax.',
        );
      expect(await readCorpus(page)).toEqual(before);

      // __proto__ and constructor keys are dropped; the valid article is imported, its features recomputed.
      const prototypeState = () => [
        ({} as Record<string, unknown>).polluted,
        ({} as Record<string, unknown>).isAdmin,
        Object.getOwnPropertyNames(Object.prototype).sort(),
      ];
      const pageBefore = await page.evaluate(prototypeState);
      const worker = await liveWorker(session, page);
      const workerBefore = await worker.evaluate(prototypeState);
      // The same worker instance must do the import and be checked after it: mark it.
      await worker.evaluate(() => {
        (globalThis as unknown as { sameWorker: boolean }).sameWorker = true;
      });
      await page.locator('#import-file').setInputFiles(path.join(FIXTURES, 'proto-keys.json'));
      await expect
        .poll(() => page.locator('.transfer-done').textContent())
        .toBe('Imported “proto-keys.json” (1 article): 1 new, 0 updated, 0 already in your corpus.');
      expect(pageBefore.slice(0, 2)).toEqual([undefined, undefined]);
      expect(await page.evaluate(prototypeState)).toEqual(pageBefore);
      expect(await worker.evaluate(prototypeState)).toEqual(workerBefore);
      expect(
        await worker.evaluate(() => (globalThis as unknown as { sameWorker?: boolean }).sameWorker),
      ).toBe(true);
      // The matcher's vocabulary of the stored row ("t:" terms, one per line) came from the text, not the file.
      const vocab = await page.evaluate(
        () =>
          new Promise<string>((resolve, reject) => {
            const open = indexedDB.open('parallax');
            open.onerror = () => reject(open.error);
            open.onsuccess = () => {
              const q = open.result.transaction('features').objectStore('features').get('proto-keys-1');
              q.onerror = () => reject(q.error);
              q.onsuccess = () => {
                open.result.close();
                resolve(String((q.result as { vocab?: unknown } | undefined)?.vocab ?? 'no features row'));
              };
            };
          }),
      );
      expect(vocab).not.toContain('injected');
      expect(vocab).toMatch(/^t:librar/m);
      await send(page, 'deleteArticleForUndo', { id: 'proto-keys-1' });
      expect(await readCorpus(page)).toEqual(before);
    },
  );

  // Staging 600 articles computes their features and claims: minutes on a loaded 2-core machine.
  // The timeout only guards against a hang; nothing here is timed.
  it(
    'a service worker stopped mid-import, between chunks or during the commit, leaves the corpus as before',
    { timeout: 240_000 },
    async () => {
      const before = await readCorpus(page);
      const articles = syntheticArticles(600, { seed: 3 });

      // Between chunks: the new worker cleared the orphaned staging, so the import is cancelled.
      const begin = await send(page, 'importBegin', { total: articles.length });
      const { importId } = begin.value as { importId: string };
      expect(
        (await send(page, 'importChunk', { importId, offset: 0, articles: articles.slice(0, 100) })).ok,
      ).toBe(true);
      await stopServiceWorker(session, page);
      const next = await send(page, 'importChunk', {
        importId,
        offset: 100,
        articles: articles.slice(100, 200),
      });
      expect(next).toMatchObject({ ok: false, error: expect.stringMatching(/^This import was cancelled/) });
      expect(await readCorpus(page)).toEqual(before);

      // During the commit: stopped while its one transaction runs, nothing of it lands.
      const staged = await stageAll(page, articles);
      const commit = send(page, 'importCommit', { importId: staged }).catch((e: Error) => ({
        ok: false,
        error: e.message,
      }));
      await page.waitForTimeout(300);
      await stopServiceWorker(session, page);
      const reply = await commit;
      expect(reply.ok).toBe(false); // the worker was stopped before the commit finished
      expect(await readCorpus(page)).toEqual(before);
      const staging = await page.evaluate(
        () =>
          new Promise<number>((resolve) => {
            const open = indexedDB.open('parallax-staging');
            open.onsuccess = () => {
              const q = open.result.transaction('records').objectStore('records').count();
              q.onsuccess = () => resolve(q.result);
            };
          }),
      );
      expect(staging).toBe(0);

      // And a new import then goes through whole.
      const again = await stageAll(page, articles.slice(0, 50));
      expect(await send(page, 'importCommit', { importId: again })).toMatchObject({
        ok: true,
        value: { added: 50 },
      });
      expect((await readCorpus(page)).length).toBe(before.length + 50);
    },
  );
});

describe('the corpus page is accessible (axe-core, WCAG 2.1 A and AA)', () => {
  let session: ExtensionSession;
  beforeAll(async () => {
    session = await launchExtension();
  });
  afterAll(async () => {
    await session?.close();
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`has no violations in the ${scheme} scheme, with every state shown, and every control takes the focus`, async () => {
      const page = await session.context.newPage();
      await page.emulateMedia({ colorScheme: scheme });
      await page.setViewportSize({ width: 1000, height: 900 });
      await page.goto(`chrome-extension://${session.extensionId}/corpus.html`);
      await page.locator('.story[data-story-size="2"]').waitFor({ timeout: 15_000 });
      // Tags shown, a message, the undo notice and an open tag editor, all at once.
      await send(page, 'setArticleTags', { id: SEED_A, tags: ['ukraine'] });
      await page.getByRole('button', { name: 'Clear' }).click();
      await page.locator(`[data-id="${SEED_A}"] .tag`).waitFor();
      await page.locator('#import-file').setInputFiles(path.join(FIXTURES, 'hostile-rejected.json'));
      await page.locator('.transfer-error').waitFor();
      await page.getByRole('button', { name: `Delete “${SEED_B_TITLE}”` }).click();
      await page.locator('.undo-notice').waitFor();
      await page.getByRole('button', { name: `Edit tags of “${SEED_A_TITLE}”` }).click();
      expect(await axeViolations(page)).toEqual([]);
      await page.getByRole('button', { name: 'Cancel' }).click();
      await page.getByRole('button', { name: 'Undo' }).click();
      await page.locator('.undo-notice').waitFor({ state: 'detached' });
      await expect.poll(() => page.locator('.corpus-article').count()).toBe(2);

      // Tab through the page: every visible control gets the focus in turn.
      await page.locator('h1').click();
      const controls = await page
        .locator('button:visible, input:visible, select:visible, a[href]:visible')
        .count();
      const focused = new Set<string>();
      // Date inputs take three presses each (month, day, year), hence the extra presses.
      for (let i = 0; i < controls + 6; i++) {
        await page.keyboard.press('Tab');
        focused.add(
          await page.evaluate(() => {
            const e = document.activeElement;
            if (!e || e === document.body) return '';
            return `${e.tagName}|${e.id}|${e.getAttribute('aria-label') ?? e.textContent}`;
          }),
        );
      }
      focused.delete('');
      expect(focused.size).toBe(controls);
      await send(page, 'setArticleTags', { id: SEED_A, tags: [] });
      await page.close();
    });
  }
});
