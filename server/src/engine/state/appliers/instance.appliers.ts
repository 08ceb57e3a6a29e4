import type { EventRecord } from '../../protocol/record.js';
import type { EngineState } from '../engine-state.js';
import type { Applier } from './applier.js';

/** A new process version is deployed and becomes the latest of its id. */
export const processDeployed: Applier<'PROCESS_DEPLOYED'> = (state, record) => {
  const { value } = record;
  state.processes.set(value.processKey, {
    processKey: value.processKey,
    bpmnProcessId: value.bpmnProcessId,
    version: value.version,
    resourceName: value.resourceName,
    deploymentKey: value.deploymentKey,
  });
  state.latestProcess.set(value.bpmnProcessId, value.processKey);
};

function instanceState(next: string): (state: EngineState, record: EventRecord) => void {
  return (state, record) => {
    const instance = state.instances.get(record.key);
    if (instance) instance.state = next;
  };
}

/** The instance stops processing until resumed. */
export const instanceSuspended = instanceState('suspended');
/** The instance runs again. */
export const instanceResumed = instanceState('active');

/** The instance ended in failure (an uncaught error); the outcome is kept. */
export const instanceFailed: Applier<'INSTANCE_FAILED'> = (state, record) => {
  const instance = state.instances.get(record.key);
  if (!instance) return;
  instance.state = 'failed';
  instance.failure = { reason: record.value.reason, errorCode: record.value.errorCode, message: record.value.message };
};

/** An incident is raised. */
export const incidentCreated: Applier<'INCIDENT_CREATED'> = (state, record) => {
  state.incidents.set(record.key, {
    key: record.key,
    instanceKey: record.instanceKey!,
    elementInstanceKey: record.elementInstanceKey,
    elementId: record.elementId,
    errorType: record.value.errorType,
    message: record.value.message,
    state: 'created',
  });
};

/** An incident is resolved. */
export const incidentResolved: Applier<'INCIDENT_RESOLVED'> = (state, record) => {
  const incident = state.incidents.get(record.key);
  if (incident) incident.state = 'resolved';
};

/** A completed activity with a compensation handler can be compensated in its scope. */
export const compensationRegistered: Applier<'COMPENSATION_REGISTERED'> = (state, record) => {
  const scope = state.elementInstances.get(record.value.scopeKey);
  if (scope) scope.compensable = [...(scope.compensable ?? []), { activityId: record.value.activityId, handlerId: record.value.handlerId }];
};

/** Compensation started for these activities: they cannot be compensated again. */
export const compensationStarted: Applier<'COMPENSATION_STARTED'> = (state, record) => {
  const scope = state.elementInstances.get(record.value.scopeKey);
  if (scope?.compensable) scope.compensable = scope.compensable.filter((entry) => !record.value.activityIds.includes(entry.activityId));
};
