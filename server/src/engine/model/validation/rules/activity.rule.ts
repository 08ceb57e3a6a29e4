import type { Problem } from '../problem.js';
import { kind, label, problemAt, type Rule } from '../rule.js';

/** Activity attributes and contents the standard constrains (EXT.037, 039, 053, 061, 079). */
export const activityRule: Rule = (model) => {
  const problems: Problem[] = [];
  for (const activity of model.ofType('bpmn:Activity')) {
    const name = `${kind(activity)} ${label(activity)}`;
    if (activity.startQuantity !== undefined && Number(activity.startQuantity) < 1) {
      problems.push(problemAt(model, activity, 'activity-quantity', `${name} has startQuantity ${activity.startQuantity}: it must be at least 1.`));
    }
    if (activity.completionQuantity !== undefined && Number(activity.completionQuantity) < 1) {
      problems.push(problemAt(model, activity, 'activity-quantity', `${name} has completionQuantity ${activity.completionQuantity}: it must be at least 1.`));
    }
    if (activity.$instanceOf('bpmn:SubProcess') && activity.ioSpecification) {
      problems.push(problemAt(model, activity, 'subprocess-io-specification', `${name} has an ioSpecification: subprocesses share their parent's data and must not declare one.`));
    }
    if (activity.$instanceOf('bpmn:AdHocSubProcess') && !(activity.flowElements ?? []).some((element: { $instanceOf(type: string): boolean }) => element.$instanceOf('bpmn:Activity'))) {
      problems.push(problemAt(model, activity, 'adhoc-subprocess-empty', `${name} contains no activity: an ad-hoc subprocess needs at least one.`));
    }
    for (const role of activity.resources ?? []) {
      if (role.resourceRef && role.resourceAssignmentExpression) {
        problems.push(problemAt(model, activity, 'resource-role', `A ${kind(role)} of ${name} has both a resourceRef and a resourceAssignmentExpression: use one or the other.`));
      }
    }
  }
  for (const task of model.ofType('bpmn:ScriptTask')) {
    if (typeof task.script === 'string' && task.script.trim() !== '' && !task.scriptFormat && !model.options.defaultScriptFormat) {
      problems.push(problemAt(model, task, 'script-format', `Script task ${label(task)} has a script but no scriptFormat: the format must be stated (for example "feel").`));
    }
  }
  return problems;
};
