import type { EventRecord } from '../../protocol/record.js';
import type { EngineState } from '../engine-state.js';
import { type ApplierRegistry, noStateChange } from './applier.js';
import * as element from './element-instance.appliers.js';
import * as instance from './instance.appliers.js';
import * as job from './job.appliers.js';
import * as subscription from './subscription.appliers.js';
import * as task from './user-task.appliers.js';
import { variableSet } from './variable.appliers.js';

/** Every intent's applier. */
export const APPLIERS: ApplierRegistry = {
  PROCESS_DEPLOYED: instance.processDeployed,
  ELEMENT_ACTIVATING: element.elementActivating,
  ELEMENT_ACTIVATED: element.elementActivated,
  ELEMENT_COMPLETING: element.elementCompleting,
  ELEMENT_COMPLETED: element.elementCompleted,
  ELEMENT_TERMINATING: element.elementTerminating,
  ELEMENT_TERMINATED: element.elementTerminated,
  SEQUENCE_FLOW_TAKEN: element.sequenceFlowTaken,
  TOKENS_ABSORBED: element.tokensAbsorbed,
  LOOP_INITIALIZED: element.loopInitialized,
  EVENT_TRIGGER_RECORDED: element.eventTriggerRecorded,
  VARIABLE_CREATED: variableSet,
  VARIABLE_UPDATED: variableSet,
  SUBSCRIPTION_OPENED: subscription.subscriptionOpened,
  SUBSCRIPTION_TRIGGERED: subscription.subscriptionTriggered,
  SUBSCRIPTION_REARMED: subscription.subscriptionRearmed,
  SUBSCRIPTION_CLOSED: subscription.subscriptionClosed,
  JOB_CREATED: job.jobCreated,
  JOB_COMPLETED: job.jobCompleted,
  JOB_FAILED: job.jobFailed,
  JOB_CANCELED: job.jobCanceled,
  USER_TASK_CREATED: task.userTaskCreated,
  USER_TASK_CLAIMED: task.userTaskClaimed,
  USER_TASK_UNCLAIMED: task.userTaskUnclaimed,
  USER_TASK_DELEGATED: task.userTaskDelegated,
  USER_TASK_ESCALATED: task.userTaskEscalated,
  USER_TASK_COMPLETED: task.userTaskCompleted,
  USER_TASK_CANCELED: task.userTaskCanceled,
  INCIDENT_CREATED: instance.incidentCreated,
  INCIDENT_RESOLVED: instance.incidentResolved,
  INSTANCE_SUSPENDED: instance.instanceSuspended,
  INSTANCE_RESUMED: instance.instanceResumed,
  INSTANCE_FAILED: instance.instanceFailed,
  COMPENSATION_REGISTERED: instance.compensationRegistered,
  COMPENSATION_STARTED: instance.compensationStarted,
  SIGNAL_BROADCAST: noStateChange,
  MESSAGE_PUBLISHED: noStateChange,
  ERROR_THROWN: noStateChange,
  ESCALATION_THROWN: noStateChange,
  SCRIPT_EXECUTED: noStateChange,
  TOKEN_MOVED: noStateChange,
};

/** Applies one event record: its intent's applier, then the log position and key counter. */
export function applyRecord(state: EngineState, record: EventRecord): void {
  (APPLIERS[record.intent] as (state: EngineState, record: EventRecord) => void)(state, record);
  state.position = record.position;
  if (record.key >= state.nextKey) state.nextKey = record.key + 1;
}
