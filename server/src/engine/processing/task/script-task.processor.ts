import { evaluateExpression } from '../../expression/feel.js';
import { throwError } from '../behaviour/error-propagation.behaviour.js';
import { cancelJob, createJob } from '../behaviour/job.behaviour.js';
import type { ElementProcessor, Variables } from '../types.js';

/**
 * Script task: FEEL scripts are evaluated (result into the result variable); any other format runs
 * only through the host's registered handler, which completes, throws a BPMN error, or defers the
 * work to a job of type `script`.
 */
export const scriptTaskProcessor: ElementProcessor = {
  onActivated(batch, instance, element) {
    const script = element.script!;
    const variables = batch.state.visibleVariables(instance.key);
    if (script.format === 'feel') {
      const value = evaluateExpression({ source: script.body }, variables, batch.feel);
      const result: Variables | undefined = script.resultVariable ? { [script.resultVariable]: value } : undefined;
      batch.enqueue({ type: 'complete', key: instance.key, variables: result });
      return;
    }
    const handler = batch.core.scriptHandlers.find((candidate) => candidate.accepts(script.format, script.body));
    if (!handler) throw new Error(`No handler is registered for the ${script.format || 'undeclared'} script of "${element.id}".`);
    const process = batch.state.instances.get(instance.instanceKey)!;
    const outcome = handler.run({
      format: script.format,
      script: script.body,
      bpmnProcessId: process.bpmnProcessId,
      elementId: element.id,
      instanceKey: instance.instanceKey,
      elementInstanceKey: instance.key,
      variables,
      now: batch.now,
    });
    batch.emitFor('SCRIPT_EXECUTED', instance, { format: script.format, outcome: outcome.outcome });
    if (outcome.outcome === 'completed') {
      batch.enqueue({ type: 'complete', key: instance.key, variables: outcome.variables });
    } else if (outcome.outcome === 'error') {
      throwError(batch, instance.key, outcome.errorCode, outcome.message);
    } else {
      createJob(batch, instance, 'script', { format: script.format, script: script.body }, false);
    }
  },
  onTerminating: cancelJob,
};
