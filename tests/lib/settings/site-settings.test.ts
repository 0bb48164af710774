import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { storage } from 'wxt/utils/storage';
import { isOverlayOff, overlayOffSites, setOverlayOff, siteOf } from '@/lib/settings/site-settings';

beforeEach(() => {
  fakeBrowser.reset();
});

describe('site settings', () => {
  it('turns the overlay off and on per site, sharing www and bare host', async () => {
    const site = siteOf('https://www.example.org/news/1')!;
    expect(site).toBe('example.org');
    expect(await isOverlayOff(site)).toBe(false);
    await setOverlayOff(site, true);
    expect(await isOverlayOff(siteOf('https://example.org/other')!)).toBe(true);
    await setOverlayOff(site, false);
    expect(await isOverlayOff(site)).toBe(false);
  });

  it('has no site for non-web pages and survives a corrupted stored value', async () => {
    expect(siteOf('chrome://extensions')).toBeNull();
    expect(siteOf('not a url')).toBeNull();
    await storage.setItem('local:overlay.offSites.v1', { not: 'an array' });
    expect(await isOverlayOff('example.org')).toBe(false);
    await storage.setItem(overlayOffSites.key, 'not a list either');
    expect(await isOverlayOff('example.org')).toBe(false);
  });

  it('migrates the list from the hand-versioned key to version 2 of the storage item', async () => {
    await fakeBrowser.storage.local.set({
      'overlay.offSites.v1': ['news.example', 'www.paper.example', 7, 'news.example'],
    });
    expect(await isOverlayOff('paper.example')).toBe(true);
    expect(await isOverlayOff('news.example')).toBe(true);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({
      'overlay.offSites': ['paper.example', 'news.example'],
      'overlay.offSites$': { v: 2 },
    });
    // Turning one back on writes the new item only; the old key stays gone.
    await setOverlayOff('news.example', false);
    expect(await overlayOffSites.getValue()).toEqual(['paper.example']);
    expect(await fakeBrowser.storage.local.get('overlay.offSites.v1')).toEqual({});
  });

  it('keeps a list already under the new key when the old key shows up again', async () => {
    await setOverlayOff('kept.example', true);
    await fakeBrowser.storage.local.set({ 'overlay.offSites.v1': ['stale.example'] });
    expect(await isOverlayOff('stale.example')).toBe(false);
    expect(await isOverlayOff('kept.example')).toBe(true);
  });
});
