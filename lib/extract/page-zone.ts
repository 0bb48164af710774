/**
 * The day a page shows its readers. Many sites write machine dates in UTC ("2021-11-04T23:00:00Z"
 * for a story of 5 November in Berlin); the day the page prints, and that people cite, is the day in
 * the site's own zone, taken from its language where one zone dominates it. (Not from the offset
 * of the page's other dates: sites that write UTC print the UTC day as well, offsets or not.)
 */

/** Languages read almost only in one time zone (Central European for most of Europe's). */
const ZONE_OF_LANG: Record<string, string> = {
  de: 'Europe/Berlin',
  fr: 'Europe/Paris',
  it: 'Europe/Rome',
  nl: 'Europe/Amsterdam',
  pl: 'Europe/Warsaw',
  cs: 'Europe/Prague',
  sk: 'Europe/Bratislava',
  hu: 'Europe/Budapest',
  da: 'Europe/Copenhagen',
  sv: 'Europe/Stockholm',
  nb: 'Europe/Oslo',
  no: 'Europe/Oslo',
  sl: 'Europe/Ljubljana',
  hr: 'Europe/Zagreb',
  ja: 'Asia/Tokyo',
  ko: 'Asia/Seoul',
};

/** `date` (ISO 8601) moved from UTC to the page's zone; other dates are returned as they are. */
export function inPageZone(date: string, lang: string | null): string {
  const m = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2})(?:\.\d+)?(?:Z|[+-]00:?00)$/.exec(date);
  if (!m) return date;
  const utc = Date.parse(`${m[1]}Z`);
  if (Number.isNaN(utc)) return date;
  const minutes = zoneOffset(utc, lang);
  if (!minutes) return date;
  const local = new Date(utc + minutes * 60_000).toISOString().slice(0, 19);
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${local}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** Minutes east of UTC of the zone of `lang` at the instant `utc` (summer time included). */
function zoneOffset(utc: number, lang: string | null): number | null {
  const zone = lang ? ZONE_OF_LANG[lang] : undefined;
  if (!zone) return null;
  try {
    const parts = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
    }).formatToParts(new Date(utc));
    const get = (type: string): number => Number(parts.find((p) => p.type === type)?.value);
    const wall = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'));
    return Math.round((wall - Math.floor(utc / 60_000) * 60_000) / 60_000);
  } catch {
    return null;
  }
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
