import type { EngineRecord, EventRecord } from '../../engine/protocol/index.js';
import { emptyChanges, patch, type ProjectionChanges, remove } from './projection-changes.js';

const iso = (time: number | undefined): string | null => (time === undefined ? null : new Date(time).toISOString());

/** Who finished a task, from the command context of the batch. */
export interface ProjectionContext {
  actorId?: string;
  /** Stored as the starter of instances created by the batch. */
  actor?: unknown;
}

type Projector = (changes: ProjectionChanges, record: EventRecord, context: ProjectionContext) => void;

function endElement(state: string): Projector {
  return (changes, record) => {
    const time = iso(record.time);
    patch(changes.elementInstances, record.key, { state, ended_at: time });
    if (record.key === record.instanceKey) {
      const instanceState = state === 'completed' ? 'completed' : 'terminated';
      const current = changes.instances.inserted.get(record.key)?.state ?? changes.instances.updated.get(record.key)?.state;
      // An instance that already failed keeps that outcome when its root scope is torn down.
      patch(changes.instances, record.key, current === 'failed' ? { ended_at: time } : { state: instanceState, ended_at: time });
    }
  };
}

function userTaskState(state: string, ends = false): Projector {
  return (changes, record, context) => {
    const value = record.value as { assignee?: string };
    const fields: Record<string, unknown> = { state };
    if ('assignee' in value || state === 'created') fields.assignee = value.assignee ?? null;
    if (ends) fields.ended_at = iso(record.time);
    if (state === 'completed') fields.completed_by = context.actorId ?? null;
    patch(changes.userTasks, record.key, fields);
  };
}

const projectors: Partial<Record<EventRecord['intent'], Projector>> = {
  ELEMENT_ACTIVATING: (changes, record, context) => {
    const value = (record as EventRecord<'ELEMENT_ACTIVATING'>).value;
    const time = iso(record.time)!;
    changes.elementInstances.inserted.set(record.key, {
      key: record.key,
      instance_key: record.instanceKey!,
      element_id: record.elementId!,
      element_kind: value.elementKind,
      scope_key: value.parentKey ?? null,
      state: 'activating',
      activated_at: time,
      ended_at: null,
    });
    if (value.process) {
      changes.instances.inserted.set(record.key, {
        key: record.key,
        process_definition_key: value.process.processKey,
        bpmn_process_id: value.process.bpmnProcessId,
        version: value.process.version,
        state: 'active',
        parent_instance_key: value.process.parent?.instanceKey ?? null,
        parent_element_instance_key: value.process.parent?.elementInstanceKey ?? null,
        started_at: time,
        ended_at: null,
        outcome: null,
        business_key: null,
        started_by: context.actor ?? null,
        last_sequence: 0,
        last_hash: null,
      });
    }
  },
  ELEMENT_ACTIVATED: (changes, record) => patch(changes.elementInstances, record.key, { state: 'activated' }),
  ELEMENT_COMPLETING: (changes, record) => patch(changes.elementInstances, record.key, { state: 'completing' }),
  ELEMENT_TERMINATING: (changes, record) => patch(changes.elementInstances, record.key, { state: 'terminating' }),
  ELEMENT_COMPLETED: endElement('completed'),
  ELEMENT_TERMINATED: endElement('terminated'),
  VARIABLE_CREATED: (changes, record) => setVariable(changes, record as EventRecord<'VARIABLE_CREATED'>),
  VARIABLE_UPDATED: (changes, record) => setVariable(changes, record as EventRecord<'VARIABLE_UPDATED'>),
  SUBSCRIPTION_OPENED: (changes, record) => {
    const value = (record as EventRecord<'SUBSCRIPTION_OPENED'>).value;
    changes.subscriptions.inserted.set(record.key, {
      key: record.key,
      type: value.type,
      instance_key: record.instanceKey ?? null,
      process_definition_key: value.processKey ?? null,
      owner_key: value.ownerKey ?? null,
      element_id: value.catchElementId,
      name: value.name ?? null,
      correlation_key: value.correlationKey ?? null,
      due_at: iso(value.dueDate),
    });
  },
  SUBSCRIPTION_TRIGGERED: (changes, record) => {
    // Timers are used up when they fire; message, signal and condition subscriptions stay open.
    const row = changes.subscriptions.inserted.get(record.key);
    if (row) {
      if (row.type === 'timer') changes.subscriptions.inserted.delete(record.key);
    } else {
      changes.firedTimers.add(record.key);
    }
  },
  SUBSCRIPTION_CLOSED: (changes, record) => remove(changes.subscriptions, record.key),
  JOB_CREATED: (changes, record) => {
    const value = (record as EventRecord<'JOB_CREATED'>).value;
    changes.jobs.inserted.set(record.key, {
      key: record.key,
      type: value.type,
      instance_key: record.instanceKey!,
      element_instance_key: record.elementInstanceKey!,
      element_id: record.elementId!,
      state: 'activatable',
      retries: value.retries,
      headers: value.headers,
      error_message: null,
      created_at: iso(record.time)!,
    });
  },
  JOB_COMPLETED: (changes, record) => remove(changes.jobs, record.key),
  JOB_CANCELED: (changes, record) => remove(changes.jobs, record.key),
  JOB_FAILED: (changes, record) => {
    const value = (record as EventRecord<'JOB_FAILED'>).value;
    patch(changes.jobs, record.key, { retries: value.retries, error_message: value.message, state: value.retries > 0 ? 'activatable' : 'failed' });
  },
  USER_TASK_CREATED: (changes, record) => {
    const value = (record as EventRecord<'USER_TASK_CREATED'>).value as EventRecord<'USER_TASK_CREATED'>['value'] & {
      name?: string;
      candidateInstitutions?: string[];
      candidateRoles?: string[];
      candidatePeople?: string[];
      followUpDate?: number;
      priority?: number;
    };
    changes.userTasks.inserted.set(record.key, {
      key: record.key,
      instance_key: record.instanceKey!,
      element_instance_key: record.elementInstanceKey!,
      element_id: record.elementId!,
      name: value.name ?? null,
      state: 'created',
      assignee: value.assignee ?? null,
      candidate_institutions: value.candidateInstitutions ?? [],
      candidate_roles: value.candidateRoles ?? value.candidateGroups ?? [],
      candidate_people: value.candidatePeople ?? [],
      due_at: iso(value.dueDate),
      follow_up_at: iso(value.followUpDate),
      priority: value.priority ?? 50,
      form_id: value.formKey ?? null,
      created_at: iso(record.time)!,
      ended_at: null,
      completed_by: null,
    });
  },
  USER_TASK_CLAIMED: userTaskState('claimed'),
  USER_TASK_UNCLAIMED: userTaskState('created'),
  USER_TASK_DELEGATED: userTaskState('delegated'),
  USER_TASK_ESCALATED: (changes, record) => {
    const value = (record as EventRecord<'USER_TASK_ESCALATED'>).value;
    const merge = (current: string[], added: string[]) => [...current, ...added.filter((id) => !current.includes(id))];
    const fresh = changes.userTasks.inserted.get(record.key);
    if (fresh) {
      fresh.candidate_institutions = merge(fresh.candidate_institutions, value.addedInstitutions);
      fresh.candidate_roles = merge(fresh.candidate_roles, value.addedRoles);
      fresh.candidate_people = merge(fresh.candidate_people, value.addedPeople);
    } else {
      changes.escalations.push({ key: record.key, institutions: value.addedInstitutions, roles: value.addedRoles, people: value.addedPeople });
    }
    if (value.assignee !== undefined) patch(changes.userTasks, record.key, { assignee: value.assignee });
  },
  USER_TASK_COMPLETED: userTaskState('completed', true),
  USER_TASK_CANCELED: userTaskState('cancelled', true),
  INCIDENT_CREATED: (changes, record) => {
    const value = (record as EventRecord<'INCIDENT_CREATED'>).value;
    changes.incidents.inserted.set(record.key, {
      key: record.key,
      instance_key: record.instanceKey!,
      element_instance_key: record.elementInstanceKey ?? null,
      element_id: record.elementId ?? null,
      job_key: null,
      error_type: value.errorType,
      message: value.message,
      state: 'open',
      created_at: iso(record.time)!,
      resolved_at: null,
    });
  },
  INCIDENT_RESOLVED: (changes, record) => patch(changes.incidents, record.key, { state: 'resolved', resolved_at: iso(record.time) }),
  INSTANCE_SUSPENDED: (changes, record) => patch(changes.instances, record.key, { state: 'suspended' }),
  INSTANCE_RESUMED: (changes, record) => patch(changes.instances, record.key, { state: 'active' }),
  INSTANCE_FAILED: (changes, record) => {
    const value = (record as EventRecord<'INSTANCE_FAILED'>).value;
    patch(changes.instances, record.key, { state: 'failed', outcome: value, ended_at: iso(record.time) });
  },
};

function setVariable(changes: ProjectionChanges, record: EventRecord<'VARIABLE_CREATED' | 'VARIABLE_UPDATED'>): void {
  const { scopeKey, name, value } = record.value;
  changes.variables.set(`${scopeKey}\u0000${name}`, {
    scope_key: scopeKey,
    name,
    instance_key: record.instanceKey!,
    value: value === undefined ? null : value,
    updated_at: iso(record.time)!,
  });
}

/**
 * Folds a batch's records into the projection rows they change, so that each table is written
 * with at most one insert, one update and one delete per batch.
 */
export function project(records: readonly EngineRecord[], context: ProjectionContext = {}, into: ProjectionChanges = emptyChanges()): ProjectionChanges {
  for (const record of records) {
    if (record.recordType !== 'EVENT') continue;
    projectors[record.intent]?.(into, record, context);
  }
  return into;
}
