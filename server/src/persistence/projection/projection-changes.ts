/** Rows of one table changed by a batch: new rows in their final state, updates to older rows, deletions. */
export interface TableChanges<Row extends { key: number }> {
  inserted: Map<number, Row>;
  updated: Map<number, Partial<Row> & { key: number }>;
  deleted: Set<number>;
}

export function tableChanges<Row extends { key: number }>(): TableChanges<Row> {
  return { inserted: new Map(), updated: new Map(), deleted: new Set() };
}

/** Sets fields on a row: on the new row when this batch created it, else as an update to the stored one. */
export function patch<Row extends { key: number }>(table: TableChanges<Row>, key: number, fields: Partial<Row>): void {
  const fresh = table.inserted.get(key);
  if (fresh) {
    Object.assign(fresh, fields);
    return;
  }
  const update = table.updated.get(key) ?? { key };
  table.updated.set(key, Object.assign(update, fields));
}

/** Removes a row: a row created and removed in the same batch is never written. */
export function remove<Row extends { key: number }>(table: TableChanges<Row>, key: number): void {
  if (table.inserted.delete(key)) return;
  table.updated.delete(key);
  table.deleted.add(key);
}

export interface InstanceRow {
  key: number;
  process_definition_key: number;
  bpmn_process_id: string;
  version: number;
  state: string;
  parent_instance_key: number | null;
  parent_element_instance_key: number | null;
  started_at: string;
  ended_at: string | null;
  outcome: unknown;
  business_key: string | null;
  started_by: unknown;
  last_sequence: number;
  last_hash: string | null;
}

export interface ElementInstanceRow {
  key: number;
  instance_key: number;
  element_id: string;
  element_kind: string;
  scope_key: number | null;
  state: string;
  activated_at: string;
  ended_at: string | null;
}

export interface VariableRow {
  key: number;
  scope_key: number;
  name: string;
  instance_key: number;
  value: unknown;
  updated_at: string;
}

export interface SubscriptionRow {
  key: number;
  type: string;
  instance_key: number | null;
  process_definition_key: number | null;
  owner_key: number | null;
  element_id: string;
  name: string | null;
  correlation_key: string | null;
  due_at: string | null;
}

export interface JobRow {
  key: number;
  type: string;
  instance_key: number;
  element_instance_key: number;
  element_id: string;
  state: string;
  retries: number;
  headers: Record<string, string>;
  error_message: string | null;
  created_at: string;
}

export interface UserTaskRow {
  key: number;
  instance_key: number;
  element_instance_key: number;
  element_id: string;
  name: string | null;
  state: string;
  assignee: string | null;
  candidate_institutions: string[];
  candidate_roles: string[];
  candidate_people: string[];
  due_at: string | null;
  follow_up_at: string | null;
  priority: number;
  form_id: string | null;
  created_at: string;
  ended_at: string | null;
  completed_by: string | null;
}

export interface IncidentRow {
  key: number;
  instance_key: number;
  element_instance_key: number | null;
  element_id: string | null;
  job_key: number | null;
  error_type: string;
  message: string;
  state: string;
  created_at: string;
  resolved_at: string | null;
}

/** Everything one batch changes in the projections. */
export interface ProjectionChanges {
  instances: TableChanges<InstanceRow>;
  elementInstances: TableChanges<ElementInstanceRow>;
  /** Keyed by a synthetic key per (scope, name); written as upserts. */
  variables: Map<string, Omit<VariableRow, 'key'>>;
  subscriptions: TableChanges<SubscriptionRow>;
  /** Stored subscriptions that fired: removed when they are timers (timers are used up). */
  firedTimers: Set<number>;
  jobs: TableChanges<JobRow>;
  userTasks: TableChanges<UserTaskRow>;
  /** Candidates added to stored tasks by escalations (merged in SQL, order kept). */
  escalations: { key: number; institutions: string[]; roles: string[]; people: string[] }[];
  incidents: TableChanges<IncidentRow>;
}

export function emptyChanges(): ProjectionChanges {
  return {
    instances: tableChanges(),
    elementInstances: tableChanges(),
    variables: new Map(),
    subscriptions: tableChanges(),
    firedTimers: new Set(),
    jobs: tableChanges(),
    userTasks: tableChanges(),
    escalations: [],
    incidents: tableChanges(),
  };
}
