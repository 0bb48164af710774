/** How a predicted date is compared with the annotation: as a calendar day. */
import { dayOf } from './metrics';

/** Date the extractor gives, as a day; a bare date passes through. */
export function predictedDay(value: string | null): string | null {
  if (!value) return null;
  const day = dayOf(value);
  if (day) return day;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? null : new Date(ms).toISOString().slice(0, 10);
}
