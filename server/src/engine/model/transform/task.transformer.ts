import type { ExecutableElement } from '../executable-model.js';
import { transformActivity } from './activity.transformer.js';
import { transformJobDefinition } from './job.transformer.js';
import { transformUserTask } from './user-task.transformer.js';
import { extensionAttribute, firstExtension, genericAttribute, type ModdleElement, type TransformContext } from './transform-context.js';

/** Default job type of a service task that names none. */
export const DEFAULT_JOB_TYPE = 'service-task';

/** Tasks: script, service, user, send, receive, business rule, manual and plain. */
export function transformTask(source: ModdleElement, element: ExecutableElement, context: TransformContext): void {
  transformActivity(source, element, context);
  element.resultVariable =
    extensionAttribute(source, 'resultVariable') ??
    genericAttribute(firstExtension(source, 'scriptResult'), 'resultVariable') ??
    genericAttribute(firstExtension(source, 'decision'), 'resultVariable');
  const definedType = transformJobDefinition(source, element, context);
  switch (element.kind) {
    case 'scriptTask':
      return transformScript(source, element, context);
    case 'serviceTask':
      element.jobType = definedType ?? extensionAttribute(source, 'type') ?? extensionAttribute(source, 'jobType') ?? DEFAULT_JOB_TYPE;
      return;
    case 'businessRuleTask': {
      const decision = genericAttribute(firstExtension(source, 'decision'), 'expression') ?? extensionAttribute(source, 'decision');
      if (decision) element.decision = { source: decision };
      else element.jobType = extensionAttribute(source, 'type') ?? 'business-rule';
      return;
    }
    case 'sendTask':
    case 'receiveTask': {
      element.messageName = source.messageRef?.name ?? source.messageRef?.id;
      const correlation =
        genericAttribute(firstExtension(source, 'subscription'), 'correlationKey') ??
        genericAttribute(firstExtension(source.messageRef, 'subscription'), 'correlationKey') ??
        extensionAttribute(source, 'correlationKey') ??
        extensionAttribute(source.messageRef, 'correlationKey');
      if (correlation) element.correlationKey = { source: correlation };
      element.instantiate = source.instantiate === true;
      if (element.kind === 'receiveTask' && !element.messageName) {
        context.problem(source.id, 'message-missing', `Receive task "${source.id}" names no message.`);
      }
      if (element.kind === 'sendTask' && (definedType || !element.messageName)) {
        element.jobType = definedType ?? extensionAttribute(source, 'type') ?? 'send-task';
      }
      return;
    }
    case 'userTask':
      return transformUserTask(source, element, context);
    default:
      return;
  }
}

function transformScript(source: ModdleElement, element: ExecutableElement, context: TransformContext): void {
  const body = typeof source.script === 'string' ? source.script.trim() : '';
  const format = (source.scriptFormat ?? context.options.defaultScriptFormat ?? '').trim();
  if (!body) {
    context.problem(source.id, 'script-missing', `Script task "${source.id}" has no script.`);
    return;
  }
  if (format.toLowerCase() === 'feel') {
    element.script = { format: 'feel', body, resultVariable: element.resultVariable };
    return;
  }
  if (!context.options.scriptSupport(format, body)) {
    context.problem(
      source.id,
      'unsupported-script',
      `Script task "${source.id}" is written in "${format || 'no declared format'}"; only FEEL scripts run, ` +
        'unless the host registered a handler for this script (other languages are never executed).',
    );
    return;
  }
  element.script = { format, body, resultVariable: element.resultVariable };
}
