import { DateTime, Duration } from 'luxon';

/** Adds an ISO-8601 duration (`PT10H`, `P1M`) to a time, calendar-aware, in UTC. */
export function addDuration(time: number, iso: string): number {
  const duration = Duration.fromISO(iso.trim());
  if (!duration.isValid) throw new Error(`"${iso}" is not an ISO-8601 duration`);
  return DateTime.fromMillis(time, { zone: 'utc' }).plus(duration).toMillis();
}

/** Whether a text is an ISO-8601 duration. */
export function isDuration(text: string): boolean {
  return Duration.fromISO(text.trim()).isValid;
}

/** Parses an ISO-8601 date-time (zone offset or `@Zone`, default UTC) to epoch milliseconds. */
export function parseDateTime(text: string): number {
  const trimmed = text.trim();
  const at = trimmed.indexOf('@');
  const zone = at >= 0 ? trimmed.slice(at + 1) : 'utc';
  const iso = at >= 0 ? trimmed.slice(0, at) : trimmed;
  const parsed = DateTime.fromISO(iso, { zone, setZone: true });
  if (!parsed.isValid) throw new Error(`"${text}" is not an ISO-8601 date-time`);
  return parsed.toMillis();
}
