import type { EntityManager } from 'typeorm';
import type { Candidacy } from '../directory/directory.types.js';
import { visibleToCandidate } from './task-visibility.js';

/** A user task as the inbox shows it. */
export interface TaskView {
  key: string;
  instanceKey: string;
  elementId: string;
  name: string | null;
  bpmnProcessId: string;
  processName: string | null;
  businessKey: string | null;
  state: string;
  assignee: string | null;
  candidateInstitutions: string[];
  candidateRoles: string[];
  candidatePeople: string[];
  dueAt: string | null;
  followUpAt: string | null;
  priority: number;
  formId: string | null;
  createdAt: string;
  endedAt: string | null;
  completedBy: string | null;
}

export interface TaskFilter {
  /** open (default): not ended; all: any. */
  state?: 'open' | 'all';
  instanceKey?: number;
  bpmnProcessId?: string;
  assignee?: string;
  institution?: string;
  dueBefore?: Date;
  /** Only tasks this candidacy may see and work on. */
  candidacy?: Candidacy;
  sort?: 'due' | 'created' | 'priority';
  limit?: number;
  offset?: number;
}

interface TaskRow {
  key: string; instance_key: string; element_id: string; name: string | null; bpmn_process_id: string; process_name: string | null;
  business_key: string | null; state: string; assignee: string | null; candidate_institutions: string[]; candidate_roles: string[];
  candidate_people: string[]; due_at: Date | null; follow_up_at: Date | null; priority: number; form_id: string | null;
  created_at: Date; ended_at: Date | null; completed_by: string | null;
}

const iso = (date: Date | null) => (date ? date.toISOString() : null);

export const toTaskView = (row: TaskRow): TaskView => ({
  key: row.key,
  instanceKey: row.instance_key,
  elementId: row.element_id,
  name: row.name,
  bpmnProcessId: row.bpmn_process_id,
  processName: row.process_name,
  businessKey: row.business_key,
  state: row.state,
  assignee: row.assignee,
  candidateInstitutions: row.candidate_institutions,
  candidateRoles: row.candidate_roles,
  candidatePeople: row.candidate_people,
  dueAt: iso(row.due_at),
  followUpAt: iso(row.follow_up_at),
  priority: row.priority,
  formId: row.form_id,
  createdAt: row.created_at.toISOString(),
  endedAt: iso(row.ended_at),
  completedBy: row.completed_by,
});

const FROM = `FROM user_task t JOIN process_instance i ON i.key = t.instance_key JOIN process_definition d ON d.key = i.process_definition_key`;
const COLUMNS = `t.*, i.bpmn_process_id, d.name AS process_name, i.business_key`;
const ORDER = { due: 't.due_at ASC NULLS LAST, t.priority DESC, t.key', created: 't.created_at DESC, t.key DESC', priority: 't.priority DESC, t.due_at ASC NULLS LAST, t.key' };

/** Inbox queries over the user task projection. */
export const taskQueries = {
  async list(db: EntityManager, filter: TaskFilter): Promise<{ items: TaskView[]; total: number }> {
    const params: unknown[] = [];
    const where: string[] = [];
    if ((filter.state ?? 'open') === 'open') where.push('t.ended_at IS NULL');
    if (filter.instanceKey !== undefined) where.push(`t.instance_key = $${params.push(filter.instanceKey)}`);
    if (filter.bpmnProcessId) where.push(`i.bpmn_process_id = $${params.push(filter.bpmnProcessId)}`);
    if (filter.assignee) where.push(`t.assignee = $${params.push(filter.assignee)}`);
    if (filter.institution) where.push(`$${params.push(filter.institution)} = ANY(t.candidate_institutions)`);
    if (filter.dueBefore) where.push(`t.due_at < $${params.push(filter.dueBefore)}`);
    if (filter.candidacy) where.push(visibleToCandidate(filter.candidacy, params));
    const condition = where.length > 0 ? `WHERE ${where.join(' AND ')}` : '';
    const [{ total }]: { total: string }[] = await db.query(`SELECT count(*) AS total ${FROM} ${condition}`, params);
    const limit = `$${params.push(filter.limit ?? 50)}`;
    const offset = `$${params.push(filter.offset ?? 0)}`;
    const rows: TaskRow[] = await db.query(`SELECT ${COLUMNS} ${FROM} ${condition} ORDER BY ${ORDER[filter.sort ?? 'due']} LIMIT ${limit} OFFSET ${offset}`, params);
    return { items: rows.map(toTaskView), total: Number(total) };
  },

  async byKey(db: EntityManager, key: number): Promise<(TaskView & { row: TaskRow }) | undefined> {
    const rows: TaskRow[] = await db.query(`SELECT ${COLUMNS} ${FROM} WHERE t.key = $1`, [key]);
    return rows[0] ? { ...toTaskView(rows[0]), row: rows[0] } : undefined;
  },

  /** Whether a person took part in an instance: they are or were a candidate, assignee or completer of one of its tasks. */
  async tookPart(db: EntityManager, instanceKey: number, candidacy: Candidacy): Promise<boolean> {
    const params: unknown[] = [instanceKey];
    const people = `$${params.push(candidacy.people)}`;
    const rows: unknown[] = await db.query(
      `SELECT 1 FROM user_task t WHERE t.instance_key = $1 AND (t.completed_by = ANY(${people}::text[]) OR ${visibleToCandidate(candidacy, params)}) LIMIT 1`,
      params,
    );
    return rows.length > 0;
  },
};
