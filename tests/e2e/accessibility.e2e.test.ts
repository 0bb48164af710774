import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './a11y';
import { launchExtension, tabIdOf, type ExtensionSession } from './harness';

describe('accessibility (axe-core, WCAG 2.1 A and AA)', () => {
  let session: ExtensionSession;
  beforeAll(async () => {
    session = await launchExtension();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('the checker finds violations where there are some', async () => {
    const page = await session.context.newPage();
    await page.setContent(
      '<main><p style="color:#bbb;background:#fff">faint text</p><button></button></main>',
    );
    const ids = (await axeViolations(page)).map((v) => v.id);
    expect(ids).toEqual(expect.arrayContaining(['color-contrast', 'button-name']));
    await page.close();
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`the popup has no violations (${scheme} scheme), and every control is reachable by keyboard`, async () => {
      const page = await session.context.newPage();
      await page.goto(`${session.server.url}/seed-story.html`);
      const tabId = await tabIdOf(session, page);
      const popup = await session.context.newPage();
      await popup.emulateMedia({ colorScheme: scheme });
      await popup.setViewportSize({ width: 460, height: 600 });
      await popup.goto(`chrome-extension://${session.extensionId}/popup.html?tabId=${tabId}`);
      await popup.locator('.related-item').first().waitFor({ timeout: 15_000 });
      expect(await axeViolations(popup)).toEqual([]);
      // Tab through: every button, input and link gets focus in turn.
      const controls = await popup.locator('button:visible, input:visible, a[href]:visible').count();
      const focused = new Set<string>();
      for (let i = 0; i < controls + 2; i++) {
        await popup.keyboard.press('Tab');
        focused.add(
          await popup.evaluate(() => {
            const e = document.activeElement;
            return e
              ? `${e.tagName}:${e.textContent}:${e.getAttribute('aria-label') ?? ''}:${[...(e.parentElement?.children ?? [])].indexOf(e)}`
              : '';
          }),
        );
      }
      expect(focused.size).toBeGreaterThanOrEqual(controls);
      await popup.close();
      await page.close();
    });
  }

  it('the overlay panel has no violations and its pill is reachable by keyboard', async () => {
    const page = await session.context.newPage();
    await page.goto(`${session.server.url}/seed-story.html`);
    const pill = page.locator('parallax-overlay .pill');
    await pill.waitFor({ timeout: 15_000 });
    await pill.focus();
    await page.keyboard.press('Enter');
    await page.locator('parallax-overlay [role="dialog"]').waitFor();
    expect(await axeViolations(page, 'parallax-overlay')).toEqual([]);
    await page.close();
  });
});
