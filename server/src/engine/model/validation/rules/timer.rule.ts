import type { Element } from '../model-index.js';
import type { Problem } from '../problem.js';
import { kind, label, problemAt, type Rule } from '../rule.js';

const DURATION = /^-?P(?!$)(\d+(?:[.,]\d+)?Y)?(\d+(?:[.,]\d+)?M)?(\d+(?:[.,]\d+)?W)?(\d+(?:[.,]\d+)?D)?(T(?=\d)(\d+(?:[.,]\d+)?H)?(\d+(?:[.,]\d+)?M)?(\d+(?:[.,]\d+)?S)?)?$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?)?(Z|[+-]\d{2}:?\d{2}|\[[\w/+-]+\])?$/;
const CRON_FIELD = /^[\d*?/,LW#A-Za-z-]+$/;

function isDuration(text: string): boolean {
  return DURATION.test(text);
}

function isDate(text: string): boolean {
  return DATE_TIME.test(text);
}

/** ISO-8601 repeating interval (`R3/PT10H`, `R/2027-01-01T09:00/P1M`) or a cron expression. */
function isCycle(text: string): boolean {
  const parts = text.split('/');
  if (/^R\d*$/.test(parts[0]) && parts.length >= 2 && parts.length <= 3) {
    return parts.slice(1).every((part) => isDuration(part) || isDate(part)) && parts.slice(1).some(isDuration);
  }
  const fields = text.split(/\s+/);
  return fields.length >= 5 && fields.length <= 7 && fields.every((field) => CRON_FIELD.test(field));
}

const CHECKS: Record<string, { valid: (text: string) => boolean; expected: string }> = {
  timeDuration: { valid: isDuration, expected: 'an ISO-8601 duration such as "PT10M"' },
  timeDate: { valid: isDate, expected: 'an ISO-8601 date-time such as "2027-01-01T09:00:00Z"' },
  timeCycle: { valid: isCycle, expected: 'an ISO-8601 repeating interval such as "R3/PT10H" or a cron expression' },
};

/** A timer has exactly one of timeDate, timeDuration, timeCycle, and its literal value is well-formed (EXT.131, EXT.134). */
export const timerRule: Rule = (model) => {
  const problems: Problem[] = [];
  for (const timer of model.ofType('bpmn:TimerEventDefinition')) {
    const event: Element = model.parent(timer) ?? timer;
    const present = Object.keys(CHECKS).filter((name) => timer[name]);
    if (present.length !== 1 && model.isExecutable(timer)) {
      const found = present.length ? present.join(', ') : 'none of them';
      problems.push(problemAt(model, event, 'timer-definition', `The timer of ${kind(event)} ${label(event)} must define exactly one of timeDate, timeDuration or timeCycle; found ${found}.`));
    }
    for (const name of present) {
      const text = typeof timer[name].body === 'string' ? timer[name].body.trim() : '';
      if (text === '' || text.startsWith('=')) continue;
      if (!CHECKS[name].valid(text)) {
        problems.push(problemAt(model, event, 'timer-value', `The ${name} of ${kind(event)} ${label(event)} is "${text}"; expected ${CHECKS[name].expected} or a FEEL expression starting with "=".`));
      }
    }
  }
  return problems;
};
