import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  launchExtension,
  openPopup,
  screenshotForReadme,
  storedArticleIds,
  tabIdOf,
  type ExtensionSession,
} from './harness';

describe('the popup', () => {
  let session: ExtensionSession;
  beforeAll(async () => {
    session = await launchExtension();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('renders a cached analysis, lists coverage and differences, and Save changes state and persists', async () => {
    const page = await session.context.newPage();
    await page.goto(`${session.server.url}/seed-story.html`);
    const tabId = await tabIdOf(session, page);
    const warm = await openPopup(session, tabId);
    await warm.locator('.related-item').first().waitFor({ timeout: 15_000 });
    await warm.close();

    // Second opening: the background has the analysis cached.
    const popup = await openPopup(session, tabId);
    await popup.locator('.related-item').first().waitFor();
    expect(await popup.locator('.related-item').count()).toBe(2);
    expect(await popup.getByTestId('summary').textContent()).toMatch(/^2 other reports of this story/);

    await popup.getByLabel('Tags (comma separated)').fill('ukraine, guarantees');
    await popup.getByRole('button', { name: 'Save to corpus' }).click();
    await popup.getByText('✓ Saved to your corpus').waitFor();
    const ids = await storedArticleIds(session);
    expect(ids).toHaveLength(3);
    await screenshotForReadme(popup, 'popup-saved');
    await popup.close();

    const again = await openPopup(session, tabId);
    await again.getByText('✓ Saved to your corpus').waitFor({ timeout: 10_000 });
    // Its own saved copy is not listed as related coverage of itself.
    expect(await again.locator('.related-item').count()).toBe(2);
    await again.getByRole('button', { name: 'Remove' }).click();
    await again.getByRole('button', { name: 'Save to corpus' }).waitFor();
    expect(await storedArticleIds(session)).toEqual(['000_aff521f138871a15', '001_dffb23fcff858348']);
    await again.close();
    await page.close();
  });
});
