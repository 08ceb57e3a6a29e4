import type { TimerCycle } from '../protocol/record.js';
import { isCron, nextCronTime, parseCronText } from './cron.js';
import { addDuration, isDuration, parseDateTime } from './iso-time.js';

/** When a timer fires first, and how it repeats. */
export interface TimerSchedule {
  dueDate: number;
  cycle?: TimerCycle;
}

/**
 * Computes the first firing of a timer from its evaluated text: a duration (`PT5S`), a date
 * (`2027-01-01T09:00Z`), a repeating interval (`R3/PT10H`, `R/2027-01-01T09:00/P1M`,
 * `R2/PT1H/2027-02-01T00:00Z`) or a cron expression (`TZ=Europe/Madrid 0 0 9 * * MON-FRI`).
 */
export function scheduleTimer(kind: 'duration' | 'date' | 'cycle', text: string, now: number, zone = 'utc'): TimerSchedule {
  const value = text.trim();
  if (kind === 'duration') return { dueDate: addDuration(now, value) };
  if (kind === 'date') return { dueDate: parseDateTime(value, zone) };
  if (value.startsWith('R')) return scheduleRepeating(value, now, zone);
  if (isCron(value)) {
    const spec = parseCronText(value);
    return { dueDate: nextCronTime(spec, now), cycle: { remaining: -1, cron: spec.expression, timeZone: spec.timeZone } };
  }
  if (isDuration(value)) return { dueDate: addDuration(now, value) };
  throw new Error(`"${value}" is neither an ISO-8601 repeating interval nor a cron expression`);
}

function scheduleRepeating(value: string, now: number, zone: string): TimerSchedule {
  const parts = value.split('/');
  const count = parts[0].slice(1);
  const repetitions = count === '' ? -1 : Number(count);
  if (!Number.isInteger(repetitions) || repetitions < -1) throw new Error(`"${value}" has an invalid repetition count`);
  let start = now;
  let interval: string | undefined;
  let end: number | undefined;
  for (const part of parts.slice(1)) {
    if (part.startsWith('P')) interval = part;
    else if (interval === undefined) start = parseDateTime(part, zone);
    else end = parseDateTime(part, zone);
  }
  if (!interval) throw new Error(`"${value}" has no interval`);
  const explicitStart = parts.length > 2 && !parts[1].startsWith('P');
  const dueDate = explicitStart ? start : addDuration(start, interval);
  if (repetitions === 0) return { dueDate };
  return { dueDate, cycle: { remaining: repetitions === -1 ? -1 : repetitions - 1, interval, end } };
}

/**
 * The next firing after one at `previousDue`, or undefined when the cycle is over. When the timer
 * fired late (`now` is past further occurrences, e.g. after downtime), the missed occurrences are
 * folded into the firing that just happened: the next one is the first occurrence after `now`, in
 * the cycle's phase, and it counts as a single repetition (no storm of catch-up firings, no loss).
 */
export function nextOccurrence(cycle: TimerCycle, previousDue: number, now = previousDue): TimerSchedule | undefined {
  if (cycle.remaining === 0) return undefined;
  const step = (from: number): number =>
    cycle.cron ? nextCronTime({ expression: cycle.cron, timeZone: cycle.timeZone }, from) : addDuration(from, cycle.interval ?? 'PT0S', cycle.timeZone);
  let dueDate = step(previousDue);
  if (cycle.cron && dueDate <= now) dueDate = step(now);
  for (let guard = 0; dueDate <= now && dueDate > previousDue && guard < 100_000; guard++) dueDate = step(dueDate);
  if (cycle.end !== undefined && dueDate > cycle.end) return undefined;
  return { dueDate, cycle: { ...cycle, remaining: cycle.remaining === -1 ? -1 : cycle.remaining - 1 } };
}
