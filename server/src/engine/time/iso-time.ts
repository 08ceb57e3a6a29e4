import { DateTime, Duration } from 'luxon';

/** Adds an ISO-8601 duration (`PT10H`, `P1M`) to a time, calendar-aware, in the given zone (UTC by default). */
export function addDuration(time: number, iso: string, zone = 'utc'): number {
  const duration = Duration.fromISO(iso.trim());
  if (!duration.isValid) throw new Error(`"${iso}" is not an ISO-8601 duration`);
  return DateTime.fromMillis(time, { zone }).plus(duration).toMillis();
}

/** Whether a text is an ISO-8601 duration. */
export function isDuration(text: string): boolean {
  return Duration.fromISO(text.trim()).isValid;
}

/** Whether a text is a plain ISO date (`2027-01-31`), without a time. */
export function isPlainDate(text: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(text.trim());
}

/**
 * Parses an ISO-8601 date-time to epoch milliseconds. A zone offset or an `@Zone` suffix wins;
 * a date-time without zone is read in `defaultZone` (UTC unless the host configured another).
 */
export function parseDateTime(text: string, defaultZone = 'utc'): number {
  const trimmed = text.trim();
  const at = trimmed.indexOf('@');
  const zone = at >= 0 ? trimmed.slice(at + 1) : defaultZone;
  const iso = at >= 0 ? trimmed.slice(0, at) : trimmed;
  const parsed = DateTime.fromISO(iso, { zone, setZone: true });
  if (!parsed.isValid) throw new Error(`"${text}" is not an ISO-8601 date-time`);
  return parsed.toMillis();
}

/** Epoch milliseconds as ISO-8601 text with the zone's offset (`2027-01-31T09:00:00-05:00`). */
export function formatDateTime(time: number, zone = 'utc'): string {
  return DateTime.fromMillis(time, { zone }).toISO({ suppressMilliseconds: true }) ?? new Date(time).toISOString();
}
