import { createMachine } from 'xstate';

/** Process instance lifecycle. `run` stands for any work done in a running instance. */
export const processInstanceMachine = createMachine({
  id: 'processInstance',
  initial: 'active',
  states: {
    active: { on: { run: 'active', suspend: 'suspended', complete: 'completed', cancel: 'terminated', fail: 'failed' } },
    suspended: { on: { resume: 'active', cancel: 'terminated' } },
    completed: { type: 'final' },
    terminated: { type: 'final' },
    failed: { type: 'final' },
  },
});

/** Element instance lifecycle (flow nodes, scopes and multi-instance bodies). */
export const elementInstanceMachine = createMachine({
  id: 'elementInstance',
  initial: 'activating',
  states: {
    activating: { on: { activate: 'activated', terminate: 'terminating' } },
    activated: { on: { trigger: 'activated', complete: 'completing', terminate: 'terminating' } },
    completing: { on: { completed: 'completed', terminate: 'terminating' } },
    terminating: { on: { terminated: 'terminated' } },
    completed: { type: 'final' },
    terminated: { type: 'final' },
  },
});

/** User task lifecycle. */
export const userTaskMachine = createMachine({
  id: 'userTask',
  initial: 'created',
  states: {
    created: { on: { claim: 'claimed', delegate: 'delegated', complete: 'completed', cancel: 'cancelled', escalate: 'created' } },
    claimed: { on: { claim: 'claimed', unclaim: 'created', delegate: 'delegated', complete: 'completed', cancel: 'cancelled', escalate: 'claimed' } },
    delegated: { on: { claim: 'claimed', cancel: 'cancelled', escalate: 'delegated' } },
    completed: { type: 'final' },
    cancelled: { type: 'final' },
  },
});

/** Job lifecycle: created for a worker, completed, failed (incident), or cancelled with its element. */
export const jobMachine = createMachine({
  id: 'job',
  initial: 'created',
  states: {
    created: { on: { complete: 'completed', fail: 'failed', retry: 'created', throwError: 'errorThrown', cancel: 'cancelled' } },
    failed: { on: { resolve: 'created', cancel: 'cancelled' } },
    completed: { type: 'final' },
    errorThrown: { type: 'final' },
    cancelled: { type: 'final' },
  },
});

/** Timer lifecycle. */
export const timerMachine = createMachine({
  id: 'timer',
  initial: 'created',
  states: {
    created: { on: { trigger: 'triggered', cancel: 'cancelled' } },
    triggered: { type: 'final' },
    cancelled: { type: 'final' },
  },
});

/** Incident lifecycle. */
export const incidentMachine = createMachine({
  id: 'incident',
  initial: 'created',
  states: {
    created: { on: { resolve: 'resolved' } },
    resolved: { type: 'final' },
  },
});

/** All lifecycle machines by name. */
export const MACHINES = {
  processInstance: processInstanceMachine,
  elementInstance: elementInstanceMachine,
  userTask: userTaskMachine,
  job: jobMachine,
  timer: timerMachine,
  incident: incidentMachine,
} as const;

/** Name of one lifecycle. */
export type LifecycleName = keyof typeof MACHINES;
