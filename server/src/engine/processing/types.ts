import type { DeployedProcess, ExecutableElement, ExecutableProcess } from '../model/executable-model.js';
import type { VariableValue } from '../protocol/record.js';
import type { ElementInstanceState, EngineState } from '../state/engine-state.js';
import type { CalendarPort } from '../time/business-calendar.js';
import type { Clock } from '../time/clock.js';
import type { Batch } from './batch.js';

/** Variables carried by a trigger (message payload, signal variables, job result). */
export type Variables = Record<string, VariableValue>;

/** What a fired event brings to the element it starts or completes. */
export interface TriggerPayload {
  variables?: Variables;
}

/** Input of a host-registered script handler. */
export interface ScriptInput {
  format: string;
  script: string;
  bpmnProcessId: string;
  elementId: string;
  instanceKey: number;
  elementInstanceKey: number;
  /** Variables visible to the task (read-only). */
  variables: Readonly<Variables>;
  now: number;
}

/** What a script handler decided. */
export type ScriptOutcome =
  | { outcome: 'completed'; variables?: Variables }
  | { outcome: 'error'; errorCode: string; message?: string }
  /** The script runs outside the batch: a job of type `script` is created for the host to complete. */
  | { outcome: 'deferred' };

/**
 * Runs scripts of a format other than FEEL. Without a registered handler such scripts are refused
 * at deploy: the engine never executes JavaScript or any other language itself.
 */
export interface ScriptHandler {
  accepts(format: string, script: string): boolean;
  run(input: ScriptInput): ScriptOutcome;
}

/** An internal follow-up step of a batch; never persisted (the records are). */
export type Step =
  | ActivateStep
  | { type: 'arrive'; scopeKey: number; flowId: string }
  | { type: 'complete'; key: number; variables?: Variables }
  | { type: 'continueScope'; key: number }
  | { type: 'broadcastSignal'; instanceKey: number; name: string; variables: Variables }
  | { type: 'trigger'; subscriptionKey: number; variables?: Variables };

/** Activate an element in a scope. */
export interface ActivateStep {
  type: 'activate';
  scopeKey: number;
  elementId: string;
  consumed?: Record<string, number>;
  payload?: TriggerPayload;
  interruptsScope?: boolean;
  /** Containers: start here instead of at the none start events. */
  startAt?: string;
  /** An iteration inside a loop or multi-instance body. */
  inner?: { loopCounter: number; item?: VariableValue };
  compensationWaiter?: number;
}

/** Behaviour of one BPMN element type. */
export interface ElementProcessor {
  /** The element instance is ACTIVATED: do its work (or wait). */
  onActivated(batch: Batch, instance: ElementInstanceState, element: ExecutableElement, step: ActivateStep): void;
  /** A subscription of this very element fired (catch events, receive tasks, event-based gateways). */
  onTriggered?(batch: Batch, instance: ElementInstanceState, element: ExecutableElement, trigger: Trigger): void;
  /** The element leaves: which flows to take (default: outgoing, conditions honoured). */
  leave?(batch: Batch, instance: ElementInstanceState, element: ExecutableElement): void;
  /** The element is being terminated: cancel what it waits for. */
  onTerminating?(batch: Batch, instance: ElementInstanceState, element: ExecutableElement): void;
  /** Scopes: no child and no token left. Default completes the scope. */
  onScopeQuiet?(batch: Batch, instance: ElementInstanceState, element: ExecutableElement): void;
  /** Bodies: an iteration finished (already removed from state). */
  onChildCompleted?(batch: Batch, instance: ElementInstanceState, element: ExecutableElement, child: ElementInstanceState): void;
  /** Bodies: an iteration is about to complete (its variables are still readable). */
  beforeChildCompleted?(batch: Batch, instance: ElementInstanceState, element: ExecutableElement, child: ElementInstanceState): void;
  /** Compensation this element waited for is done. */
  onCompensationDone?(batch: Batch, instance: ElementInstanceState, element: ExecutableElement): void;
}

/** A fired subscription as the catching element sees it. */
export interface Trigger {
  definitionIndex: number;
  catchElementId: string;
  payload: TriggerPayload;
  /** A repeating timer was armed again: the catch event stays and only passes a token on. */
  repeats: boolean;
}

/** The resolved candidates of a user task, as the host's directory check sees them. */
export interface TaskCandidates {
  candidateInstitutions: string[];
  candidateRoles: string[];
  candidatePeople: string[];
  assignee?: string;
}

/**
 * The host's directory check: returns the ids among the candidates (institutions, roles, people,
 * assignee) that do not exist; an empty list when all do. Must be deterministic for a given
 * directory (its answer is recorded, never asked again on replay).
 */
export type CandidateCheck = (candidates: TaskCandidates) => string[];

/** What the engine core offers to batches. */
export interface EngineCore {
  readonly state: EngineState;
  readonly clock: Clock;
  readonly models: Map<number, DeployedProcess>;
  readonly scriptHandlers: readonly ScriptHandler[];
  /** Zone for `now()`/`today()`, zone-less date-times and calendar days (default `UTC`). */
  readonly timeZone: string;
  readonly calendars?: CalendarPort;
  readonly candidateCheck?: CandidateCheck;
  processorFor(instance: ElementInstanceState, element: ExecutableElement): ElementProcessor;
}

/** The compiled process of an instance. */
export type ModelOf = (instanceKey: number) => ExecutableProcess;
