import type { ElementProcessor } from '../types.js';

/**
 * Call activity: asks the host (outbound command) to start the called process (latest version,
 * or the pinned one) with the visible variables, or only its `hito:input` variables when
 * `propagateAllChildVariables="false"`; `CompleteCallActivity` brings the child's variables back.
 * Terminating it cancels the child.
 */
export const callActivityProcessor: ElementProcessor = {
  onActivated(batch, instance, element) {
    const variables =
      element.propagateAllChildVariables === false
        ? Object.fromEntries(batch.state.variables.get(instance.key) ?? [])
        : batch.state.visibleVariables(instance.key);
    batch.outbound.push({
      type: 'CreateInstance',
      bpmnProcessId: element.calledProcessId!,
      version: element.calledVersion,
      variables,
      parent: { instanceKey: instance.instanceKey, elementInstanceKey: instance.key },
    });
  },
  onTerminating(batch, instance) {
    batch.outbound.push({ type: 'CancelInstance', calledByElementInstanceKey: instance.key });
  },
};
