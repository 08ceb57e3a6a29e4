import type { Intent } from './intent.js';
import type { Command } from './command.js';

/** A JSON-like value held by a variable. */
export type VariableValue = unknown;

/** Kind of instance a subscription waits in. */
export type SubscriptionType = 'timer' | 'message' | 'signal' | 'conditional';

/** The value shape of each intent (version 1). */
export interface RecordValues {
  PROCESS_DEPLOYED: {
    processKey: number;
    bpmnProcessId: string;
    version: number;
    resourceName: string;
    resource: string;
    deploymentKey: number;
  };
  ELEMENT_ACTIVATING: {
    elementKind: string;
    parentKey?: number;
    body?: 'multi-instance' | 'loop';
    consumedFlows?: Record<string, number>;
    interruptsScope?: boolean;
    compensationWaiter?: number;
    /** Present when the element is a process instance root. */
    process?: { processKey: number; bpmnProcessId: string; version: number; parent?: ParentLink };
  };
  ELEMENT_ACTIVATED: Record<string, never>;
  ELEMENT_COMPLETING: Record<string, never>;
  ELEMENT_COMPLETED: Record<string, never>;
  ELEMENT_TERMINATING: Record<string, never>;
  ELEMENT_TERMINATED: Record<string, never>;
  SEQUENCE_FLOW_TAKEN: { flowId: string; scopeKey: number; count: number };
  TOKENS_ABSORBED: { scopeKey: number; flows: Record<string, number>; resetComplexGateway?: string };
  LOOP_INITIALIZED: { total?: number; items?: VariableValue[] };
  EVENT_TRIGGER_RECORDED: { definitionIndex: number };
  VARIABLE_CREATED: { scopeKey: number; name: string; value: VariableValue };
  VARIABLE_UPDATED: { scopeKey: number; name: string; value: VariableValue };
  SUBSCRIPTION_OPENED: SubscriptionValue;
  SUBSCRIPTION_TRIGGERED: { variables?: Record<string, VariableValue> };
  SUBSCRIPTION_REARMED: Record<string, never>;
  SUBSCRIPTION_CLOSED: { type: SubscriptionType };
  JOB_CREATED: { type: string; retries: number; headers: Record<string, string> };
  JOB_COMPLETED: { variables: Record<string, VariableValue> };
  JOB_FAILED: { retries: number; message: string };
  JOB_CANCELED: Record<string, never>;
  USER_TASK_CREATED: UserTaskCreatedValue;
  USER_TASK_CLAIMED: { assignee: string };
  USER_TASK_UNCLAIMED: Record<string, never>;
  USER_TASK_DELEGATED: { assignee: string };
  USER_TASK_ESCALATED: UserTaskEscalatedValue;
  TOKEN_MOVED: { fromElementId: string; toElementId: string; reason: string; movedBy?: string; terminated: number[] };
  USER_TASK_COMPLETED: { variables: Record<string, VariableValue> };
  USER_TASK_CANCELED: Record<string, never>;
  INCIDENT_CREATED: { errorType: string; message: string };
  INCIDENT_RESOLVED: Record<string, never>;
  INSTANCE_SUSPENDED: Record<string, never>;
  INSTANCE_RESUMED: Record<string, never>;
  INSTANCE_FAILED: { reason: string; errorCode?: string; message?: string };
  COMPENSATION_REGISTERED: { scopeKey: number; activityId: string; handlerId: string };
  COMPENSATION_STARTED: { scopeKey: number; activityIds: string[] };
  SIGNAL_BROADCAST: { name: string; variables: Record<string, VariableValue> };
  MESSAGE_PUBLISHED: { name: string; correlationKey?: string; variables: Record<string, VariableValue> };
  ERROR_THROWN: { errorCode?: string; message?: string; caughtBy?: string };
  ESCALATION_THROWN: { escalationCode?: string; caughtBy?: string };
  SCRIPT_EXECUTED: { format: string; outcome: 'completed' | 'error' | 'deferred' };
}

/**
 * A user task as resolved when it was created. Tasks with `hito:assignment` carry the three
 * candidate lists and a priority; tasks without it carry the legacy `candidateGroups`. Dates are
 * epoch milliseconds. Absent fields were not declared.
 */
export interface UserTaskCreatedValue {
  name?: string;
  assignee?: string;
  candidateGroups?: string[];
  candidateInstitutions?: string[];
  candidateRoles?: string[];
  candidatePeople?: string[];
  dueDate?: number;
  followUpDate?: number;
  priority?: number;
  formKey?: string;
}

/** Candidates added to a user task and/or its new assignee, with the reason (audit). */
export interface UserTaskEscalatedValue {
  reason: string;
  addedInstitutions: string[];
  addedRoles: string[];
  addedPeople: string[];
  /** The new assignee when the task was reassigned. */
  assignee?: string;
  /** Who asked for it (a person id, `timer`, `system`), when the host says so. */
  escalatedBy?: string;
}

/** Who started a process instance from a call activity. */
export interface ParentLink {
  instanceKey: number;
  elementInstanceKey: number;
}

/** What a subscription waits for; stored as is in state. */
export interface SubscriptionValue {
  type: SubscriptionType;
  /** The element instance that owns the subscription (scope, activity, gateway, catch event). */
  ownerKey?: number;
  /** For start events of deployed processes: the process they start. */
  processKey?: number;
  /** The catching element (boundary, event sub-process start, catch event, receive task, start). */
  catchElementId: string;
  definitionIndex: number;
  interrupting: boolean;
  name?: string;
  correlationKey?: string;
  condition?: string;
  dueDate?: number;
  cycle?: TimerCycle;
}

/** The remaining repetitions of a repeating timer. */
export interface TimerCycle {
  /** Remaining firings after this one; -1 repeats forever. */
  remaining: number;
  interval?: string;
  cron?: string;
  timeZone?: string;
  end?: number;
}

/** One event record: the unit of the log. Only appliers turn records into state. */
export interface EventRecord<I extends Intent = Intent> {
  recordType: 'EVENT';
  /** Monotonically increasing position in the log. */
  position: number;
  /** Record format version. */
  version: number;
  /** Logical time (epoch milliseconds) from the Clock port. */
  time: number;
  intent: I;
  /** Key of the entity the record is about (element instance, job, timer, ...). */
  key: number;
  instanceKey?: number;
  elementId?: string;
  elementInstanceKey?: number;
  value: RecordValues[I];
}

/** A refused command; written to the log for audit but never applied. */
export interface RejectionRecord {
  recordType: 'REJECTION';
  position: number;
  version: number;
  time: number;
  intent: 'COMMAND_REJECTED';
  key: number;
  instanceKey?: number;
  value: { command: Command; reason: string };
}

/** Any record of the log. */
export type EngineRecord = EventRecord | RejectionRecord;
