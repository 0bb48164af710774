/** "17 Aug 2025" for an ISO date or date-time; the raw value when it does not parse; "" for none. */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return iso;
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(iso);
  return new Date(ms).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    ...(dateOnly ? { timeZone: 'UTC' } : {}),
  });
}

/** "Reuters · 17 Aug 2025", leaving out what is unknown. */
export function sourceLine(
  siteName: string | null | undefined,
  publishedTime: string | null | undefined,
): string {
  return [siteName ?? '', formatDate(publishedTime)].filter(Boolean).join(' · ');
}

/** "12 March" for an epoch-ms day this year, "12 March 2025" otherwise (the reader's day, in their zone). */
export function formatDay(ms: number, now: number = Date.now()): string {
  const day = new Date(ms);
  const sameYear = day.getFullYear() === new Date(now).getFullYear();
  return day.toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'long',
    ...(sameYear ? {} : { year: 'numeric' }),
  });
}
