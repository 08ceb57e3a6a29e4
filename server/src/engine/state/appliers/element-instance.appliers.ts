import type { EventRecord } from '../../protocol/record.js';
import type { EngineState } from '../engine-state.js';
import type { Applier } from './applier.js';

/** A new element instance (and, for a process root, a new process instance). */
export const elementActivating: Applier<'ELEMENT_ACTIVATING'> = (state, record) => {
  const { value } = record;
  const key = record.key;
  state.elementInstances.set(key, {
    key,
    instanceKey: record.instanceKey!,
    elementId: record.elementId!,
    kind: value.elementKind,
    parentKey: value.parentKey,
    body: value.body,
    state: 'activating',
    activeChildren: 0,
    pendingFlows: {},
    interrupted: false,
    waitingHandlers: 0,
    compensationWaiter: value.compensationWaiter,
  });
  if (value.process) {
    state.instances.set(key, {
      key,
      processKey: value.process.processKey,
      bpmnProcessId: value.process.bpmnProcessId,
      version: value.process.version,
      state: 'active',
      parent: value.process.parent,
    });
  }
  if (value.compensationWaiter !== undefined) {
    const waiter = state.elementInstances.get(value.compensationWaiter);
    if (waiter) waiter.waitingHandlers++;
  }
  if (value.parentKey === undefined) return;
  const parent = state.elementInstances.get(value.parentKey);
  if (!parent) return;
  parent.activeChildren++;
  let children = state.childrenOf.get(parent.key);
  if (!children) state.childrenOf.set(parent.key, (children = new Set()));
  children.add(key);
  if (parent.loop) parent.loop.started++;
  if (value.consumedFlows) consume(parent.pendingFlows, value.consumedFlows);
  if (value.interruptsScope) {
    parent.interrupted = true;
    parent.pendingFlows = {};
  }
  if (value.elementKind === 'complexGateway' && value.consumedFlows) {
    parent.complexFired = { ...parent.complexFired, [record.elementId!]: true };
  }
};

/** Removes `taken` tokens from the pending ones. */
export function consume(pending: Record<string, number>, taken: Record<string, number>): void {
  for (const [flowId, count] of Object.entries(taken)) {
    const left = (pending[flowId] ?? 0) - count;
    if (left > 0) pending[flowId] = left;
    else delete pending[flowId];
  }
}

function setState(stateName: string): (state: EngineState, record: EventRecord) => void {
  return (state, record) => {
    const instance = state.elementInstances.get(record.key);
    if (instance) instance.state = stateName;
  };
}

/** The element instance is active. */
export const elementActivated = setState('activated');
/** The element instance is completing. */
export const elementCompleting = setState('completing');
/** The element instance is terminating. */
export const elementTerminating = setState('terminating');

function finish(state: EngineState, record: EventRecord, outcome: 'completed' | 'terminated'): void {
  const instance = state.elementInstances.get(record.key);
  if (!instance) return;
  state.elementInstances.delete(record.key);
  state.variables.delete(record.key);
  state.childrenOf.delete(record.key);
  if (instance.compensationWaiter !== undefined) {
    const waiter = state.elementInstances.get(instance.compensationWaiter);
    if (waiter) waiter.waitingHandlers--;
  }
  const root = state.instances.get(record.key);
  if (root && root.state === 'active') root.state = outcome;
  if (instance.parentKey === undefined) return;
  const parent = state.elementInstances.get(instance.parentKey);
  if (!parent) return;
  parent.activeChildren--;
  state.childrenOf.get(parent.key)?.delete(record.key);
  if (outcome === 'completed' && parent.loop) parent.loop.completed++;
}

/** The element instance completed and is gone from the live state. */
export const elementCompleted: Applier<'ELEMENT_COMPLETED'> = (state, record) => finish(state, record, 'completed');
/** The element instance was terminated and is gone from the live state. */
export const elementTerminated: Applier<'ELEMENT_TERMINATED'> = (state, record) => finish(state, record, 'terminated');

/** A token travels on a sequence flow of a scope. */
export const sequenceFlowTaken: Applier<'SEQUENCE_FLOW_TAKEN'> = (state, record) => {
  const scope = state.elementInstances.get(record.value.scopeKey);
  if (scope) scope.pendingFlows[record.value.flowId] = (scope.pendingFlows[record.value.flowId] ?? 0) + record.value.count;
};

/** Tokens consumed without activating anything (complex gateway reset, terminate end event). */
export const tokensAbsorbed: Applier<'TOKENS_ABSORBED'> = (state, record) => {
  const scope = state.elementInstances.get(record.value.scopeKey);
  if (!scope) return;
  consume(scope.pendingFlows, record.value.flows);
  const gateway = record.value.resetComplexGateway;
  if (gateway && scope.complexFired) {
    const { [gateway]: _removed, ...rest } = scope.complexFired;
    scope.complexFired = rest;
  }
};

/** A loop or multi-instance body knows how many iterations it runs. */
export const loopInitialized: Applier<'LOOP_INITIALIZED'> = (state, record) => {
  const instance = state.elementInstances.get(record.key);
  if (instance) instance.loop = { total: record.value.total, items: record.value.items, started: 0, completed: 0 };
};

/** One definition of a parallel-multiple catch event fired. */
export const eventTriggerRecorded: Applier<'EVENT_TRIGGER_RECORDED'> = (state, record) => {
  const instance = state.elementInstances.get(record.key);
  if (instance) instance.triggeredDefinitions = [...(instance.triggeredDefinitions ?? []), record.value.definitionIndex];
};
