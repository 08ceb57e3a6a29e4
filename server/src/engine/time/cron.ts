import { CronExpressionParser } from 'cron-parser';

/** A cron expression with an optional time zone, written `TZ=Europe/Madrid 0 0 9 * * MON-FRI`. */
export interface CronSpec {
  expression: string;
  timeZone?: string;
}

/** Splits an optional `TZ=` / `CRON_TZ=` prefix off a cron text. */
export function parseCronText(text: string): CronSpec {
  const match = /^(?:CRON_)?TZ=(\S+)\s+(.+)$/.exec(text.trim());
  return match ? { expression: match[2], timeZone: match[1] } : { expression: text.trim() };
}

/** Whether a text looks like a cron expression (5 to 7 space-separated fields). */
export function isCron(text: string): boolean {
  const { expression } = parseCronText(text);
  const fields = expression.split(/\s+/).length;
  return fields >= 5 && fields <= 7;
}

/** The first time after `after` matched by the cron expression. */
export function nextCronTime(spec: CronSpec, after: number): number {
  const parsed = CronExpressionParser.parse(spec.expression, { currentDate: new Date(after), tz: spec.timeZone });
  return parsed.next().getTime();
}
