import { transition, type AnyStateMachine } from 'xstate';
import { type LifecycleName, MACHINES } from './machines.js';

/** state -> event -> next state, derived once from an XState machine with its pure `transition()`. */
export type TransitionTable = Record<string, Record<string, string>>;

const ENTITY_NAMES: Record<LifecycleName, string> = {
  processInstance: 'process instance',
  elementInstance: 'element instance',
  userTask: 'task',
  job: 'job',
  timer: 'timer',
  incident: 'incident',
};

/** Steps the machine through every (state, event) pair it declares and keeps the accepted ones. */
export function deriveTable(machine: AnyStateMachine): TransitionTable {
  const table: TransitionTable = {};
  const events = new Set<string>();
  for (const node of Object.values(machine.states)) for (const event of Object.keys(node.config.on ?? {})) events.add(event);
  for (const state of Object.keys(machine.states)) {
    table[state] = {};
    const snapshot = machine.resolveState({ value: state, context: {} });
    for (const event of events) {
      if (!snapshot.can({ type: event })) continue;
      const [next] = transition(machine, snapshot, { type: event });
      table[state][event] = String(next.value);
    }
  }
  return table;
}

const TABLES = Object.fromEntries(
  Object.entries(MACHINES).map(([name, machine]) => [name, deriveTable(machine as AnyStateMachine)]),
) as Record<LifecycleName, TransitionTable>;

/** The derived transition table of a lifecycle (what the engine consults on its hot path). */
export function lifecycleTable(name: LifecycleName): TransitionTable {
  return TABLES[name];
}

/** The state after `event`, or undefined when the lifecycle does not allow it in `state`. */
export function nextState(name: LifecycleName, state: string, event: string): string | undefined {
  return TABLES[name][state]?.[event];
}

/**
 * Why `event` is refused in `state`, or undefined when it is allowed. The reason names the states
 * that would have allowed it: "Expected task to be CREATED or CLAIMED, but it is COMPLETED".
 */
export function refusal(name: LifecycleName, state: string, event: string): string | undefined {
  if (nextState(name, state, event) !== undefined) return undefined;
  const allowed = Object.keys(TABLES[name])
    .filter((candidate) => TABLES[name][candidate][event] !== undefined)
    .map((candidate) => candidate.toUpperCase());
  const expected = allowed.length <= 1 ? (allowed[0] ?? 'in no state') : `${allowed.slice(0, -1).join(', ')} or ${allowed[allowed.length - 1]}`;
  return `Expected ${ENTITY_NAMES[name]} to be ${expected}, but it is ${state.toUpperCase()}`;
}
