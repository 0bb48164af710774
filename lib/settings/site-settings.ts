/**
 * Per-site reader settings ("never show the overlay on this site"), kept in extension storage.
 * The storage area is passed in (browser.storage.local in the extension, a Map in tests).
 */

export interface KeyValueArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

const KEY = 'overlay.offSites.v1';
const MAX_SITES = 5_000;

/** The host name settings are kept under: "www." dropped so both forms share one setting. */
export function siteOf(url: string): string | null {
  try {
    const { protocol, hostname } = new URL(url);
    return protocol === 'http:' || protocol === 'https:' ? hostname.replace(/^www\./, '') : null;
  } catch {
    return null;
  }
}

async function offSites(area: KeyValueArea): Promise<string[]> {
  const value = (await area.get(KEY))[KEY];
  return Array.isArray(value) ? value.filter((s): s is string => typeof s === 'string') : [];
}

/** Whether the reader turned the overlay off for this site. */
export async function isOverlayOff(area: KeyValueArea, site: string): Promise<boolean> {
  return (await offSites(area)).includes(site);
}

/** Turns the overlay off (or back on) for a site. */
export async function setOverlayOff(area: KeyValueArea, site: string, off: boolean): Promise<void> {
  const sites = (await offSites(area)).filter((s) => s !== site);
  if (off) sites.push(site);
  await area.set({ [KEY]: sites.slice(-MAX_SITES) });
}
