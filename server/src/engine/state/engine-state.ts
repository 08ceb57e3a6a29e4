import type { ParentLink, SubscriptionValue } from '../protocol/record.js';

/** A deployed process version. */
export interface ProcessDefinitionState {
  processKey: number;
  bpmnProcessId: string;
  version: number;
  resourceName: string;
  deploymentKey: number;
}

/** A process instance; its root scope is the element instance with the same key. */
export interface ProcessInstanceState {
  key: number;
  processKey: number;
  bpmnProcessId: string;
  version: number;
  state: string;
  parent?: ParentLink;
  failure?: { reason: string; errorCode?: string; message?: string };
}

/** Progress of a multi-instance or loop body. */
export interface LoopState {
  total?: number;
  items?: unknown[];
  started: number;
  completed: number;
}

/** A live element instance (flow node, scope or body). Finished ones are removed. */
export interface ElementInstanceState {
  key: number;
  instanceKey: number;
  elementId: string;
  kind: string;
  parentKey?: number;
  body?: 'multi-instance' | 'loop';
  state: string;
  activeChildren: number;
  /** Tokens on sequence flows of this scope that no element consumed yet (incl. waiting at joins). */
  pendingFlows: Record<string, number>;
  interrupted: boolean;
  loop?: LoopState;
  triggeredDefinitions?: number[];
  complexFired?: Record<string, boolean>;
  compensable?: { activityId: string; handlerId: string }[];
  waitingHandlers: number;
  compensationWaiter?: number;
  jobKey?: number;
  userTaskKey?: number;
}

/** An open subscription: timer, message, signal or condition. */
export interface SubscriptionState extends SubscriptionValue {
  key: number;
  instanceKey?: number;
  armed: boolean;
}

/** A job for an outside worker. */
export interface JobState {
  key: number;
  instanceKey: number;
  elementInstanceKey: number;
  elementId: string;
  type: string;
  retries: number;
  headers: Record<string, string>;
  state: string;
}

/** A user task. */
export interface UserTaskState {
  key: number;
  instanceKey: number;
  elementInstanceKey: number;
  elementId: string;
  state: string;
  name?: string;
  assignee?: string;
  /** Legacy groups of a task without `hito:assignment`. */
  candidateGroups: string[];
  candidateInstitutions: string[];
  candidateRoles: string[];
  candidatePeople: string[];
  dueDate?: number;
  followUpDate?: number;
  priority: number;
  formKey?: string;
  /** Logical time the task was created (epoch ms). */
  createdAt: number;
}

/** An incident: something an operator must resolve. */
export interface IncidentState {
  key: number;
  instanceKey: number;
  elementInstanceKey?: number;
  elementId?: string;
  errorType: string;
  message: string;
  state: string;
}

/**
 * The whole engine state. Only appliers write it; processors read it. The in-memory
 * implementation holds everything; a durable host hydrates one by replaying records.
 */
export class EngineState {
  position = 0;
  nextKey = 1;
  readonly processes = new Map<number, ProcessDefinitionState>();
  readonly latestProcess = new Map<string, number>();
  readonly instances = new Map<number, ProcessInstanceState>();
  readonly elementInstances = new Map<number, ElementInstanceState>();
  readonly childrenOf = new Map<number, Set<number>>();
  readonly variables = new Map<number, Map<string, unknown>>();
  readonly subscriptions = new Map<number, SubscriptionState>();
  readonly subscriptionsOf = new Map<number, Set<number>>();
  readonly jobs = new Map<number, JobState>();
  readonly userTasks = new Map<number, UserTaskState>();
  readonly incidents = new Map<number, IncidentState>();

  /** Hands out the next key; appliers keep `nextKey` above every key they see, so replay agrees. */
  generateKey(): number {
    return this.nextKey++;
  }

  /** Child element instance keys of a scope, in activation order. */
  children(scopeKey: number): number[] {
    const set = this.childrenOf.get(scopeKey);
    return set ? [...set] : [];
  }

  /** Variables visible from a scope, inner scopes shadowing outer ones. */
  visibleVariables(scopeKey: number): Record<string, unknown> {
    const chain: number[] = [];
    let current: number | undefined = scopeKey;
    while (current !== undefined) {
      chain.push(current);
      current = this.elementInstances.get(current)?.parentKey;
    }
    const result: Record<string, unknown> = {};
    for (let index = chain.length - 1; index >= 0; index--) {
      const scope = this.variables.get(chain[index]);
      if (scope) for (const [name, value] of scope) result[name] = value;
    }
    return result;
  }

  /** The nearest scope (from `scopeKey` outwards) that holds a variable, or undefined. */
  scopeHolding(scopeKey: number, name: string): number | undefined {
    let current: number | undefined = scopeKey;
    while (current !== undefined) {
      if (this.variables.get(current)?.has(name)) return current;
      current = this.elementInstances.get(current)?.parentKey;
    }
    return undefined;
  }
}
