import { FeelDate, FeelDateTime, FeelFunction, date as feelDate, parseDate, parseDateTime } from 'feelin';
import { type BusinessCalendar, type CalendarPort, addWorkingDays, endOfMonth, isWorkingDay, lastWorkingDays, standardCalendar } from '../time/business-calendar.js';
import { formatDateTime } from '../time/iso-time.js';

/** What FEEL needs from the engine besides the variables: logical time, time zone, calendars. */
export interface FeelEnvironmentOptions {
  /** Logical time of the batch (epoch ms), from the Clock port. */
  now: number;
  /** Zone of `now()`/`today()` and of date-times written without zone. */
  timeZone: string;
  calendars?: CalendarPort;
}

/**
 * The functions the engine adds to (or overrides in) FEEL for one batch. `now()` and `today()`
 * read the batch's logical time instead of the wall clock, so simulated-clock runs and replays are
 * deterministic. Business-calendar functions:
 *
 * - `add working days(date, n, calendarId?)`: the date (or date-time, keeping its time) `n`
 *   working days later (earlier when negative);
 * - `last working days(year, month, n, calendarId?)`: the month's last `n` working days, a list of dates;
 * - `end of month(date)`: the last day of the date's month;
 * - `is working day(date, calendarId?)`: whether the date is a working day.
 *
 * Without `calendarId` the host's `default` calendar is used, else Monday to Friday without holidays.
 * An unknown calendar id is an evaluation error (an incident on the element).
 */
export class FeelEnvironment {
  private cached?: Record<string, unknown>;

  constructor(readonly options: FeelEnvironmentOptions) {}

  /** The calendar with this id (`null`/empty: the default one); throws when the host knows none. */
  calendar(id?: string | null): BusinessCalendar {
    if (id === undefined || id === null || id === '') return this.options.calendars?.calendar('default') ?? standardCalendar(this.options.timeZone);
    const calendar = this.options.calendars?.calendar(id);
    if (!calendar) throw new Error(`Unknown business calendar "${id}"`);
    return calendar;
  }

  /** FEEL context entries (functions) that shadow FEEL built-ins and add the calendar functions. */
  get functions(): Record<string, unknown> {
    if (this.cached) return this.cached;
    const { now, timeZone } = this.options;
    const fn = (names: string[], body: (...args: never[]) => unknown) => new FeelFunction(body as (...args: unknown[]) => unknown, names);
    this.cached = {
      now: fn([], () => feelDateTime(now, timeZone)),
      today: fn([], () => parseDate(formatDateTime(now, timeZone).slice(0, 10))),
      'add working days': fn(['date', 'n', 'calendar'], (value: unknown, n: unknown, id: unknown) => {
        const { day, rest } = splitDate(value, 'add working days');
        if (typeof n !== 'number') throw new Error(`add working days: n must be a number, but it is ${JSON.stringify(n)}`);
        return toFeel(addWorkingDays(this.calendar(calendarId(id)), day, n) + rest);
      }),
      'last working days': fn(['year', 'month', 'n', 'calendar'], (year: unknown, month: unknown, n: unknown, id: unknown) => {
        if (typeof year !== 'number' || typeof month !== 'number' || typeof n !== 'number') {
          throw new Error('last working days: year, month and n must be numbers');
        }
        return lastWorkingDays(this.calendar(calendarId(id)), year, month, n).map((day) => parseDate(day));
      }),
      'end of month': fn(['date'], (value: unknown) => parseDate(endOfMonth(splitDate(value, 'end of month').day))),
      'is working day': fn(['date', 'calendar'], (value: unknown, id: unknown) => isWorkingDay(this.calendar(calendarId(id)), splitDate(value, 'is working day').day)),
    };
    return this.cached;
  }
}

/** Epoch milliseconds as a FEEL date-time in a zone (`…Z` for UTC, `…@Zone` otherwise). */
export function feelDateTime(time: number, timeZone = 'UTC'): FeelDateTime {
  const utc = /^(utc|z|etc\/utc|gmt)$/i.test(timeZone);
  const local = formatDateTime(time, timeZone).replace(/(Z|[+-]\d{2}:\d{2})$/, '');
  return parseDateTime(utc ? `${local}Z` : `${local}@${timeZone}`)!;
}

function calendarId(id: unknown): string | null {
  if (id === undefined || id === null) return null;
  if (typeof id !== 'string') throw new Error(`A calendar id must be a string, but it is ${JSON.stringify(id)}`);
  return id;
}

/** The `YYYY-MM-DD` part of a date, date-time or ISO text, and what follows it (time and zone). */
function splitDate(value: unknown, functionName: string): { day: string; rest: string } {
  const parsed = typeof value === 'string' ? feelDate(value) : value;
  if (parsed instanceof FeelDate) return { day: parsed.iso, rest: '' };
  if (parsed instanceof FeelDateTime) return { day: parsed.iso.slice(0, 10), rest: parsed.iso.slice(10) };
  throw new Error(`${functionName}: expected a date, but got ${JSON.stringify(value)}`);
}

function toFeel(iso: string): unknown {
  return iso.length === 10 ? parseDate(iso) : parseDateTime(iso);
}
