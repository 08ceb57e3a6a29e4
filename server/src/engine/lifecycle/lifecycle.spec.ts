import { getAdjacencyMap } from '@xstate/graph';
import { transition, type AnyStateMachine } from 'xstate';
import { lifecycleTable, refusal } from './lifecycle-table.js';
import { type LifecycleName, MACHINES } from './machines.js';

/** The accepted (state, event) pairs of each lifecycle, written out by hand as the contract. */
const ALLOWED: Record<LifecycleName, Record<string, string[]>> = {
  processInstance: {
    active: ['run', 'suspend', 'complete', 'cancel', 'fail'],
    suspended: ['resume', 'cancel'],
    completed: [],
    terminated: [],
    failed: [],
  },
  elementInstance: {
    activating: ['activate', 'terminate'],
    activated: ['trigger', 'complete', 'terminate'],
    completing: ['completed', 'terminate'],
    terminating: ['terminated'],
    completed: [],
    terminated: [],
  },
  userTask: {
    created: ['claim', 'delegate', 'complete', 'cancel', 'escalate'],
    claimed: ['claim', 'unclaim', 'delegate', 'complete', 'cancel', 'escalate'],
    delegated: ['claim', 'cancel', 'escalate'],
    completed: [],
    cancelled: [],
  },
  job: {
    created: ['complete', 'fail', 'retry', 'throwError', 'cancel'],
    failed: ['resolve', 'cancel'],
    completed: [],
    errorThrown: [],
    cancelled: [],
  },
  timer: { created: ['trigger', 'cancel'], triggered: [], cancelled: [] },
  incident: { created: ['resolve'], resolved: [] },
};

function eventsOf(machine: AnyStateMachine): string[] {
  const events = new Set<string>();
  for (const node of Object.values(machine.states)) for (const event of Object.keys(node.config.on ?? {})) events.add(event);
  return [...events];
}

describe('lifecycle machines', () => {
  for (const [name, machine] of Object.entries(MACHINES) as [LifecycleName, AnyStateMachine][]) {
    describe(name, () => {
      const events = eventsOf(machine);
      const states = Object.keys(machine.states);

      it('given every (state, event) pair, when stepped with transition(), then exactly the allowed ones move', () => {
        for (const state of states) {
          for (const event of events) {
            const snapshot = machine.resolveState({ value: state, context: {} });
            const accepted = snapshot.can({ type: event });
            expect({ state, event, accepted }).toEqual({ state, event, accepted: ALLOWED[name][state].includes(event) });
            if (accepted) {
              const [next] = transition(machine, snapshot, { type: event });
              expect(lifecycleTable(name)[state][event]).toBe(String(next.value));
            } else {
              expect(lifecycleTable(name)[state][event]).toBeUndefined();
              expect(refusal(name, state, event)).toMatch(new RegExp(`but it is ${state.toUpperCase()}$`));
            }
          }
        }
      });

      it('given the initial state, when every path is walked, then every declared state is reachable', () => {
        const adjacency = getAdjacencyMap(machine, { events: events.map((type) => ({ type })) });
        const reached = new Set(Object.values(adjacency).map((entry) => String(entry.state.value)));
        expect([...reached].sort()).toEqual([...states].sort());
      });
    });
  }

  it('given a completed user task, when completing it again, then the reason names the allowed states', () => {
    expect(refusal('userTask', 'completed', 'complete')).toBe('Expected task to be CREATED or CLAIMED, but it is COMPLETED');
  });
});
