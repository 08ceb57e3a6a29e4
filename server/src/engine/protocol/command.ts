import type { ParentLink, VariableValue } from './record.js';

type Vars = Record<string, VariableValue>;

/** Start an instance of a deployed process (latest version unless `version` is given). */
export interface CreateInstanceCommand {
  type: 'CreateInstance';
  bpmnProcessId: string;
  version?: number;
  variables?: Vars;
  /** Start at this start event (or instantiating receive task) instead of the none start event. */
  startElementId?: string;
  parent?: ParentLink;
}

/** Cancel a running instance, by key or as the child started by a call activity instance. */
export interface CancelInstanceCommand {
  type: 'CancelInstance';
  instanceKey?: number;
  calledByElementInstanceKey?: number;
}

/** Suspend or resume an instance. */
export interface SuspendInstanceCommand {
  type: 'SuspendInstance' | 'ResumeInstance';
  instanceKey: number;
}

/** Set variables on an instance scope (root unless `scopeKey`). */
export interface SetVariablesCommand {
  type: 'SetVariables';
  instanceKey: number;
  scopeKey?: number;
  variables: Vars;
}

/** A worker finished a job. */
export interface CompleteJobCommand {
  type: 'CompleteJob';
  jobKey: number;
  variables?: Vars;
}

/** A worker failed a job; with no retries left an incident is raised. */
export interface FailJobCommand {
  type: 'FailJob';
  jobKey: number;
  retries: number;
  message?: string;
}

/** A worker reports a BPMN error for its job. */
export interface ThrowJobErrorCommand {
  type: 'ThrowJobError';
  jobKey: number;
  errorCode: string;
  message?: string;
}

/** Claim, unclaim, delegate or complete a user task. */
export interface UserTaskCommand {
  type: 'ClaimUserTask' | 'UnclaimUserTask' | 'DelegateUserTask' | 'CompleteUserTask';
  userTaskKey: number;
  assignee?: string;
  variables?: Vars;
}

/**
 * Escalate a user task: add candidates (institutions, roles, people) and/or reassign it, with a
 * reason recorded in the log. Allowed while the task is created, claimed or delegated.
 */
export interface EscalateUserTaskCommand {
  type: 'EscalateUserTask';
  userTaskKey: number;
  reason: string;
  addCandidateInstitutions?: string[];
  addCandidateRoles?: string[];
  addCandidatePeople?: string[];
  /** Reassign to this person. */
  assignee?: string;
  escalatedBy?: string;
}

/**
 * Instance modification: ends the active element instances of `fromElementId` (everything inside
 * them too) and starts `toElementId` in the same scope instead, with the reason recorded.
 */
export interface MoveTokenCommand {
  type: 'MoveToken';
  instanceKey: number;
  fromElementId: string;
  toElementId: string;
  reason: string;
  movedBy?: string;
}

/** The host's scheduler says a timer is due. */
export interface TriggerTimerCommand {
  type: 'TriggerTimer';
  timerKey: number;
}

/** Publish a message to every subscription with that name and correlation key. */
export interface PublishMessageCommand {
  type: 'PublishMessage';
  name: string;
  correlationKey?: string;
  variables?: Vars;
}

/** Broadcast a signal to all waiting instances and signal start events. */
export interface BroadcastSignalCommand {
  type: 'BroadcastSignal';
  name: string;
  variables?: Vars;
  /** The throwing instance, whose own subscriptions were already triggered in its batch. */
  excludeInstanceKey?: number;
}

/** A called child instance completed: its call activity in the parent instance may continue. */
export interface CompleteCallActivityCommand {
  type: 'CompleteCallActivity';
  instanceKey: number;
  elementInstanceKey: number;
  variables: Vars;
}

/** A BPMN error left a called child instance uncaught: it continues in the parent. */
export interface PropagateErrorCommand {
  type: 'PropagateError';
  instanceKey: number;
  elementInstanceKey: number;
  errorCode?: string;
  message?: string;
}

/** Resolve an incident and retry the step that raised it. */
export interface ResolveIncidentCommand {
  type: 'ResolveIncident';
  incidentKey: number;
}

/** Every command the engine accepts from its host. */
export type Command =
  | CreateInstanceCommand
  | CancelInstanceCommand
  | SuspendInstanceCommand
  | SetVariablesCommand
  | CompleteJobCommand
  | FailJobCommand
  | ThrowJobErrorCommand
  | UserTaskCommand
  | EscalateUserTaskCommand
  | MoveTokenCommand
  | TriggerTimerCommand
  | PublishMessageCommand
  | BroadcastSignalCommand
  | CompleteCallActivityCommand
  | PropagateErrorCommand
  | ResolveIncidentCommand;

/** The command type names. */
export type CommandType = Command['type'];
