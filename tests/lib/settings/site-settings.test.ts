import { describe, expect, it } from 'vitest';
import { isOverlayOff, setOverlayOff, siteOf, type KeyValueArea } from '@/lib/settings/site-settings';

function memoryArea(): KeyValueArea & { data: Map<string, unknown> } {
  const data = new Map<string, unknown>();
  return {
    data,
    get: async (key) => (data.has(key) ? { [key]: data.get(key) } : {}),
    set: async (items) => void Object.entries(items).forEach(([k, v]) => data.set(k, v)),
  };
}

describe('site settings', () => {
  it('turns the overlay off and on per site, sharing www and bare host', async () => {
    const area = memoryArea();
    const site = siteOf('https://www.example.org/news/1')!;
    expect(site).toBe('example.org');
    expect(await isOverlayOff(area, site)).toBe(false);
    await setOverlayOff(area, site, true);
    expect(await isOverlayOff(area, siteOf('https://example.org/other')!)).toBe(true);
    await setOverlayOff(area, site, false);
    expect(await isOverlayOff(area, site)).toBe(false);
  });

  it('has no site for non-web pages and survives a corrupted stored value', async () => {
    expect(siteOf('chrome://extensions')).toBeNull();
    expect(siteOf('not a url')).toBeNull();
    const area = memoryArea();
    area.data.set('overlay.offSites.v1', { not: 'an array' });
    expect(await isOverlayOff(area, 'example.org')).toBe(false);
  });
});
