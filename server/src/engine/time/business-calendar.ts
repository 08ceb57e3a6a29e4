import { DateTime, Duration } from 'luxon';

/** A business calendar as the host supplies it (per institution or country). */
export interface BusinessCalendar {
  /** IANA zone in which the calendar's days begin and end (`America/Bogota`). */
  timeZone: string;
  /** Working days of the week, ISO numbering: 1 = Monday ... 7 = Sunday. */
  workingDays: number[];
  /** Non-working dates, `YYYY-MM-DD`. */
  holidays: string[];
}

/** The host's business calendars, looked up by id (an institution id, a country code, ...). */
export interface CalendarPort {
  calendar(id: string): BusinessCalendar | undefined;
}

/** Monday to Friday, no holidays: the calendar used when none is named and the host has no `default`. */
export function standardCalendar(timeZone = 'UTC'): BusinessCalendar {
  return { timeZone, workingDays: [1, 2, 3, 4, 5], holidays: [] };
}

/** A calendar day: `YYYY-MM-DD` read as a date without time. */
function day(iso: string): DateTime {
  const parsed = DateTime.fromISO(iso, { zone: 'utc' });
  if (!parsed.isValid) throw new Error(`"${iso}" is not an ISO date`);
  return parsed.startOf('day');
}

const text = (date: DateTime): string => date.toISODate()!;

/** Whether a date (`YYYY-MM-DD`) is a working day of the calendar. */
export function isWorkingDay(calendar: BusinessCalendar, date: string): boolean {
  const parsed = day(date);
  return calendar.workingDays.includes(parsed.weekday) && !calendar.holidays.includes(text(parsed));
}

function assertHasWorkingDays(calendar: BusinessCalendar): void {
  if (!calendar.workingDays.some((weekday) => weekday >= 1 && weekday <= 7)) throw new Error('The business calendar has no working day');
}

/**
 * Moves `n` working days from a date (backwards when negative). From a non-working day, the first
 * step lands on the next (previous) working day; `n = 0` returns the date itself.
 */
export function addWorkingDays(calendar: BusinessCalendar, date: string, n: number): string {
  if (!Number.isInteger(n)) throw new Error(`The number of working days must be an integer, but it is ${n}`);
  assertHasWorkingDays(calendar);
  let current = day(date);
  const direction = n < 0 ? -1 : 1;
  for (let left = Math.abs(n); left > 0; ) {
    current = current.plus({ days: direction });
    if (isWorkingDay(calendar, text(current))) left--;
  }
  return text(current);
}

/** The first working day on or after a date. */
export function nextWorkingDayFrom(calendar: BusinessCalendar, date: string): string {
  assertHasWorkingDays(calendar);
  let current = day(date);
  while (!isWorkingDay(calendar, text(current))) current = current.plus({ days: 1 });
  return text(current);
}

/** The last day of the date's month. */
export function endOfMonth(date: string): string {
  return text(day(date).endOf('month'));
}

/** The last `n` working days of a month (1-12), in ascending order; fewer when the month has fewer. */
export function lastWorkingDays(calendar: BusinessCalendar, year: number, month: number, n: number): string[] {
  if (!Number.isInteger(month) || month < 1 || month > 12) throw new Error(`Month must be 1 to 12, but it is ${month}`);
  const first = DateTime.utc(year, month, 1);
  const days: string[] = [];
  for (let current = first.endOf('month').startOf('day'); current >= first && days.length < n; current = current.minus({ days: 1 })) {
    if (isWorkingDay(calendar, text(current))) days.unshift(text(current));
  }
  return days;
}

/**
 * Adds an ISO-8601 duration counting its days (and weeks) as working days of the calendar: years
 * and months first, then the working days from the local date (keeping the time of day), then the
 * time part; a result on a non-working day moves to the next working day, same time of day.
 */
export function addWorkingDuration(calendar: BusinessCalendar, time: number, iso: string): number {
  const duration = Duration.fromISO(iso.trim());
  if (!duration.isValid) throw new Error(`"${iso}" is not an ISO-8601 duration`);
  const { years = 0, months = 0, weeks = 0, days = 0, hours = 0, minutes = 0, seconds = 0, milliseconds = 0 } = duration.toObject();
  let local = DateTime.fromMillis(time, { zone: calendar.timeZone }).plus({ years, months });
  const workingDays = weeks * 7 + days;
  const target = addWorkingDays(calendar, text(local), workingDays);
  local = local.set({ year: Number(target.slice(0, 4)), month: Number(target.slice(5, 7)), day: Number(target.slice(8, 10)) });
  local = local.plus({ hours, minutes, seconds, milliseconds });
  const onWorkingDay = nextWorkingDayFrom(calendar, text(local));
  if (onWorkingDay !== text(local)) {
    local = local.set({ year: Number(onWorkingDay.slice(0, 4)), month: Number(onWorkingDay.slice(5, 7)), day: Number(onWorkingDay.slice(8, 10)) });
  }
  return local.toMillis();
}
