import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  addNeverKeepSite,
  DEFAULT_RETENTION_DAYS,
  keepingEnabled,
  keepingNotice,
  keepVerdict,
  neverKeepSites,
  parseSite,
  readKeepingSettings,
  readRetentionDays,
  removeNeverKeepSite,
  retentionDays,
} from '@/lib/settings/keeping';

beforeEach(() => {
  fakeBrowser.reset();
});

describe('keeping settings', () => {
  it('keeps by default, with no excluded site, for 90 days, the notice not yet due', async () => {
    expect(await readKeepingSettings()).toEqual({ enabled: true, neverSites: [] });
    expect(await retentionDays()).toBe(DEFAULT_RETENTION_DAYS);
    expect(DEFAULT_RETENTION_DAYS).toBe(90);
    expect(await keepingNotice.getValue()).toBe('pending');
  });

  it('adds and removes never-keep sites once each, and reads a corrupted list as empty', async () => {
    await addNeverKeepSite('news.example');
    await addNeverKeepSite('paper.example');
    expect(await addNeverKeepSite('news.example')).toEqual(['news.example', 'paper.example']);
    expect(await removeNeverKeepSite('news.example')).toEqual(['paper.example']);
    await fakeBrowser.storage.local.set({ 'keeping.neverSites': 'not a list' });
    expect((await readKeepingSettings()).neverSites).toEqual([]);
  });

  it('bounds the retention to whole days and falls back on a corrupted value', async () => {
    await readRetentionDays.setValue(30.4);
    expect(await retentionDays()).toBe(30);
    await readRetentionDays.setValue(0);
    expect(await retentionDays()).toBe(1);
    await fakeBrowser.storage.local.set({ 'keeping.retentionDays': 'soon' });
    expect(await retentionDays()).toBe(DEFAULT_RETENTION_DAYS);
  });

  it('reads a site from what a reader types, or says why not', () => {
    expect(parseSite('  News.Example ')).toEqual({ site: 'news.example' });
    expect(parseSite('https://www.paper.example/world/1?x=2')).toEqual({ site: 'paper.example' });
    expect(parseSite('live.news.example/')).toEqual({ site: 'live.news.example' });
    expect(parseSite('')).toHaveProperty('error');
    expect(parseSite('not a site')).toHaveProperty('error');
    expect(parseSite('ftp://files.example')).toHaveProperty('error');
  });
});

describe('the keep decision', () => {
  const on = { enabled: true, neverSites: ['news.example'] };
  const at = (url: string, incognito = false) => ({ url, incognito });

  it('keeps a page read in a normal window on a site not excluded', () => {
    expect(keepVerdict(on, at('https://paper.example/story'))).toBe('keep');
    // A site that only ends with the excluded name is another site.
    expect(keepVerdict(on, at('https://othernews.example/story'))).toBe('keep');
  });

  it('never keeps from a private window, even with keeping on and the site allowed', () => {
    expect(keepVerdict(on, at('https://paper.example/story', true))).toBe('private');
    expect(keepVerdict({ enabled: false, neverSites: [] }, at('https://paper.example/', true))).toBe(
      'private',
    );
  });

  it('keeps nothing while paused', () => {
    expect(keepVerdict({ ...on, enabled: false }, at('https://paper.example/story'))).toBe('paused');
  });

  it('keeps nothing from an excluded site, its www form or the hosts under it', () => {
    for (const url of [
      'https://news.example/a',
      'http://www.news.example/b',
      'https://live.news.example/c',
      'https://news.example./d',
    ])
      expect(keepVerdict(on, at(url))).toBe('excluded');
    expect(keepVerdict(on, at('chrome://extensions'))).toBe('excluded');
  });

  it('follows the stored settings', async () => {
    await keepingEnabled.setValue(false);
    await neverKeepSites.setValue(['www.News.example']);
    const settings = await readKeepingSettings();
    expect(settings).toEqual({ enabled: false, neverSites: ['news.example'] });
    expect(keepVerdict(settings, at('https://paper.example/'))).toBe('paused');
  });
});
