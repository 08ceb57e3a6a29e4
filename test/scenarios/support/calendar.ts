/** Calendar arithmetic for expectations, in Bogotá wall-clock time (UTC−5 all year). */

/** The last day of a month (`month` 1–12). */
export function lastDayOf(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** `YYYY-MM-DD` of a day of a month. */
export function day(year: number, month: number, dayOfMonth: number): string {
  return `${year}-${String(month).padStart(2, '0')}-${String(dayOfMonth).padStart(2, '0')}`;
}

/**
 * The monthly reporting window of the reporting cycle (processes/README.md): it opens on the first
 * of the last five days at 09:00, the entity answers until two days before the end at 18:00, and the
 * technical lead registers until the last day at 23:59.
 */
export function reportingWindow(year: number, month: number): { opens: string; entityDue: string; leadDue: string } {
  const last = lastDayOf(year, month);
  return {
    opens: `${day(year, month, last - 4)}T09:00`,
    entityDue: `${day(year, month, last - 2)}T18:00`,
    leadDue: `${day(year, month, last)}T23:59`,
  };
}

/** The months from (year, month) on, `count` of them. */
export function months(year: number, month: number, count: number): { year: number; month: number }[] {
  return Array.from({ length: count }, (_, index) => {
    const zeroBased = month - 1 + index;
    return { year: year + Math.floor(zeroBased / 12), month: (zeroBased % 12) + 1 };
  });
}
