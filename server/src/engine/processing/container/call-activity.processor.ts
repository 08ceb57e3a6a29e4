import type { ElementProcessor } from '../types.js';

/**
 * Call activity: asks the host (outbound command) to start the called process with the visible
 * variables; `CompleteCallActivity` brings the child's variables back. Terminating it cancels the child.
 */
export const callActivityProcessor: ElementProcessor = {
  onActivated(batch, instance, element) {
    batch.outbound.push({
      type: 'CreateInstance',
      bpmnProcessId: element.calledProcessId!,
      version: element.calledVersion,
      variables: batch.state.visibleVariables(instance.key),
      parent: { instanceKey: instance.instanceKey, elementInstanceKey: instance.key },
    });
  },
  onTerminating(batch, instance) {
    batch.outbound.push({ type: 'CancelInstance', calledByElementInstanceKey: instance.key });
  },
};
