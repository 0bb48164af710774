/**
 * Per-site reader settings ("never show the overlay on this site"), kept in extension storage as
 * a WXT storage item: typed, with a fallback, and versioned with migrations.
 *
 * Version 1 of the list was kept by hand under `overlay.offSites.v1`. The first read moves that
 * value under the item's key as version 1, and WXT's migration to version 2 cleans it (strings
 * only, "www." dropped, no repeats, the newest MAX_SITES).
 */
import { storage } from 'wxt/utils/storage';

const LEGACY_KEY = 'local:overlay.offSites.v1';
const MAX_SITES = 5_000;

/** The sites where the reader turned the overlay off, oldest first. */
export const overlayOffSites = storage.defineItem<string[]>('local:overlay.offSites', {
  fallback: [],
  version: 2,
  migrations: { 2: (v1: unknown) => cleanSites(v1) },
});

/** The host name settings are kept under: "www." dropped so both forms share one setting. */
export function siteOf(url: string): string | null {
  try {
    const { protocol, hostname } = new URL(url);
    return protocol === 'http:' || protocol === 'https:' ? hostname.replace(/^www\./, '') : null;
  } catch {
    return null;
  }
}

/** Whether the reader turned the overlay off for this site. */
export async function isOverlayOff(site: string): Promise<boolean> {
  return (await offSites()).includes(site);
}

/** Turns the overlay off (or back on) for a site. */
export async function setOverlayOff(site: string, off: boolean): Promise<void> {
  const sites = (await offSites()).filter((s) => s !== site);
  if (off) sites.push(site);
  await overlayOffSites.setValue(sites.slice(-MAX_SITES));
}

async function offSites(): Promise<string[]> {
  await adoptLegacyValue();
  // A value written by something else than this module is read as cleanly as a migrated one.
  return cleanSites(await overlayOffSites.getValue());
}

/** Moves the hand-versioned key's value under the item's key (as version 1) and migrates it. */
async function adoptLegacyValue(): Promise<void> {
  const legacy = await storage.getItem<unknown>(LEGACY_KEY);
  if (legacy === null) return;
  if ((await storage.getItem(overlayOffSites.key)) === null) {
    // Written without the item's version: WXT reads it as version 1 and runs the migrations.
    await storage.setItem(overlayOffSites.key, legacy);
    await overlayOffSites.migrate();
  }
  await storage.removeItem(LEGACY_KEY);
}

function cleanSites(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  const sites = value.filter((s): s is string => typeof s === 'string').map((s) => s.replace(/^www\./, ''));
  return [...new Set(sites.reverse())].reverse().slice(-MAX_SITES);
}
