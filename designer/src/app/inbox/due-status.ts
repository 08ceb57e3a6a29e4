/** How close a due date is: past, within the warning window, later, or none. */
export type DueStatus = 'overdue' | 'near' | 'later' | 'none';

/** Tasks due within this many hours are flagged as near. */
export const NEAR_DUE_HOURS = 48;

export function dueStatus(dueAt: string | null | undefined, now: Date): DueStatus {
  if (!dueAt) return 'none';
  const due = new Date(dueAt).getTime();
  if (Number.isNaN(due)) return 'none';
  if (due < now.getTime()) return 'overdue';
  return due - now.getTime() <= NEAR_DUE_HOURS * 3600_000 ? 'near' : 'later';
}

/** Sorts by due date, tasks without one last; `direction` 1 is soonest first. */
export function byDue<T extends { dueAt: string | null; priority?: number }>(tasks: T[], direction: 1 | -1): T[] {
  const time = (task: T) => (task.dueAt ? new Date(task.dueAt).getTime() : Number.POSITIVE_INFINITY);
  return [...tasks].sort((a, b) => {
    const ta = time(a);
    const tb = time(b);
    if (ta === tb) return (b.priority ?? 0) - (a.priority ?? 0);
    if (ta === Number.POSITIVE_INFINITY) return 1;
    if (tb === Number.POSITIVE_INFINITY) return -1;
    return (ta - tb) * direction;
  });
}
