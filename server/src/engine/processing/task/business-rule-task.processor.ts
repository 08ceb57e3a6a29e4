import { evaluateExpression } from '../../expression/feel.js';
import { cancelJob, createJob } from '../behaviour/job.behaviour.js';
import type { ElementProcessor } from '../types.js';

/** Business rule task: its decision is a FEEL expression whose result goes to the result variable (else a job). */
export const businessRuleTaskProcessor: ElementProcessor = {
  onActivated(batch, instance, element) {
    if (!element.decision) return createJob(batch, instance, element.jobType ?? 'business-rule', element.headers);
    const result = evaluateExpression(element.decision, batch.state.visibleVariables(instance.key), batch.feel);
    batch.enqueue({ type: 'complete', key: instance.key, variables: element.resultVariable ? { [element.resultVariable]: result } : undefined });
  },
  onTerminating: cancelJob,
};
