/**
 * "Keep what I read": whether Parallax keeps the articles the reader reads (on by default), the
 * sites it never keeps from, and how long read articles stay (saved ones never expire). Kept in
 * extension storage as WXT storage items, like the overlay's per-site setting (site-settings.ts).
 */
import { storage } from 'wxt/utils/storage';

export const DEFAULT_RETENTION_DAYS = 90;
export const MIN_RETENTION_DAYS = 1;
export const MAX_RETENTION_DAYS = 3_650;
const MAX_SITES = 5_000;

/** Whether Parallax keeps the articles the reader reads. */
export const keepingEnabled = storage.defineItem<boolean>('local:keeping.enabled', {
  fallback: true,
  version: 1,
});

/** Sites never kept from (host names or registrable domains, "www." dropped), oldest first. */
export const neverKeepSites = storage.defineItem<string[]>('local:keeping.neverSites', {
  fallback: [],
  version: 1,
});

/** Days a read article is kept after it was last read. */
export const readRetentionDays = storage.defineItem<number>('local:keeping.retentionDays', {
  fallback: DEFAULT_RETENTION_DAYS,
  version: 1,
});

/**
 * The popup's one-time notice: `pending` until an article is first kept, then `due` until the
 * popup has shown it once, then `shown`.
 */
export type KeepingNotice = 'pending' | 'due' | 'shown';
export const keepingNotice = storage.defineItem<KeepingNotice>('local:keeping.notice', {
  fallback: 'pending',
  version: 1,
});

/** Everything the background needs to decide whether to keep a read page. */
export interface KeepingSettings {
  enabled: boolean;
  neverSites: string[];
}

/** What happens to a page the reader read: kept, or why not. */
export type KeepVerdict = 'keep' | 'paused' | 'excluded' | 'private';

/**
 * Whether a page the reader read is kept. A private (incognito) window is never kept from,
 * whatever the settings; then keeping turned off; then the sites the reader excluded.
 */
export function keepVerdict(
  settings: KeepingSettings,
  page: { url: string; incognito: boolean },
): KeepVerdict {
  if (page.incognito) return 'private';
  if (!settings.enabled) return 'paused';
  const host = hostOf(page.url);
  if (host === null) return 'excluded'; // not a web page: nothing to keep
  return settings.neverSites.some((site) => coversHost(site, host)) ? 'excluded' : 'keep';
}

/** The stored keeping settings, each read as cleanly as if this module had written it. */
export async function readKeepingSettings(): Promise<KeepingSettings> {
  const [enabled, sites] = await Promise.all([keepingEnabled.getValue(), neverKeepSites.getValue()]);
  return { enabled: enabled !== false, neverSites: cleanSites(sites) };
}

/** The retention in whole days within bounds; a corrupted value falls back to the default. */
export async function retentionDays(): Promise<number> {
  return cleanRetention(await readRetentionDays.getValue());
}

export function cleanRetention(value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) return DEFAULT_RETENTION_DAYS;
  return Math.min(MAX_RETENTION_DAYS, Math.max(MIN_RETENTION_DAYS, Math.round(value)));
}

/** The reader's entry for a site ("https://www.News.example/a", "news.example."): its host name, or an error to show. */
export function parseSite(input: string): { site: string } | { error: string } {
  const trimmed = input.trim().toLowerCase();
  if (!trimmed) return { error: 'Type a site, for example news.example or https://news.example/.' };
  const host = /^[a-z][a-z0-9+.-]*:\/\//.test(trimmed) ? hostOf(trimmed) : hostOf(`https://${trimmed}`);
  if (host === null || !/^[a-z0-9-]+(\.[a-z0-9-]+)*$|^\[[0-9a-f:.]+\]$/.test(host))
    return { error: `“${input.trim().slice(0, 80)}” is not a site name or web address.` };
  return { site: host };
}

/** Adds a site to the never-keep list (a repeat moves nowhere); returns the new list. */
export async function addNeverKeepSite(site: string): Promise<string[]> {
  const sites = cleanSites(await neverKeepSites.getValue());
  const next = sites.includes(site) ? sites : [...sites, site].slice(-MAX_SITES);
  await neverKeepSites.setValue(next);
  return next;
}

/** Removes a site from the never-keep list; returns the new list. */
export async function removeNeverKeepSite(site: string): Promise<string[]> {
  const next = cleanSites(await neverKeepSites.getValue()).filter((s) => s !== site);
  await neverKeepSites.setValue(next);
  return next;
}

/** The host name of a web page's URL, "www." and a trailing dot dropped; null for other schemes. */
function hostOf(url: string): string | null {
  try {
    const { protocol, hostname } = new URL(url);
    if (protocol !== 'http:' && protocol !== 'https:') return null;
    return hostname.replace(/\.$/, '').replace(/^www\./, '') || null;
  } catch {
    return null;
  }
}

/** "news.example" covers news.example and every host under it (live.news.example), not othernews.example. */
function coversHost(site: string, host: string): boolean {
  return host === site || host.endsWith(`.${site}`);
}

function cleanSites(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  const sites = value
    .filter((s): s is string => typeof s === 'string')
    .map((s) =>
      s
        .trim()
        .toLowerCase()
        .replace(/^www\./, ''),
    )
    .filter(Boolean);
  return [...new Set(sites)].slice(-MAX_SITES);
}
