import type { EntityManager } from 'typeorm';

/** A process instance as lists show it. */
export interface InstanceView {
  key: string;
  bpmnProcessId: string;
  version: number;
  definitionKey: string;
  processName: string | null;
  businessKey: string | null;
  state: string;
  parentInstanceKey: string | null;
  startedAt: string;
  endedAt: string | null;
  outcome: unknown;
  incidents: number;
}

export interface InstanceFilter {
  bpmnProcessId?: string;
  state?: string;
  businessKey?: string;
  /** Only instances in which one of these people took part (see `tookPartSql`). */
  participantCondition?: { sql: string; params: unknown[] };
  limit?: number;
  offset?: number;
}

interface InstanceRow {
  key: string; bpmn_process_id: string; version: number; process_definition_key: string; process_name: string | null;
  business_key: string | null; state: string; parent_instance_key: string | null; started_at: Date; ended_at: Date | null;
  outcome: unknown; incidents: string;
}

const toView = (row: InstanceRow): InstanceView => ({
  key: row.key,
  bpmnProcessId: row.bpmn_process_id,
  version: row.version,
  definitionKey: row.process_definition_key,
  processName: row.process_name,
  businessKey: row.business_key,
  state: row.state,
  parentInstanceKey: row.parent_instance_key,
  startedAt: row.started_at.toISOString(),
  endedAt: row.ended_at ? row.ended_at.toISOString() : null,
  outcome: row.outcome,
  incidents: Number(row.incidents),
});

const SELECT = `SELECT i.key, i.bpmn_process_id, i.version, i.process_definition_key, d.name AS process_name, i.business_key, i.state,
    i.parent_instance_key, i.started_at, i.ended_at, i.outcome,
    (SELECT count(*) FROM incident x WHERE x.instance_key = i.key AND x.state = 'open') AS incidents
  FROM process_instance i JOIN process_definition d ON d.key = i.process_definition_key`;

/** Read queries over process instances and what is active in them. */
export const instanceQueries = {
  async list(db: EntityManager, filter: InstanceFilter): Promise<{ items: InstanceView[]; total: number }> {
    const params: unknown[] = [];
    const where: string[] = [];
    if (filter.bpmnProcessId) where.push(`i.bpmn_process_id = $${params.push(filter.bpmnProcessId)}`);
    if (filter.state) where.push(`i.state = $${params.push(filter.state)}`);
    if (filter.businessKey) where.push(`i.business_key = $${params.push(filter.businessKey)}`);
    if (filter.participantCondition) {
      const offset = params.length;
      params.push(...filter.participantCondition.params);
      where.push(filter.participantCondition.sql.replace(/\$(\d+)/g, (_, n: string) => `$${Number(n) + offset}`));
    }
    const condition = where.length > 0 ? `WHERE ${where.join(' AND ')}` : '';
    const [{ total }]: { total: string }[] = await db.query(`SELECT count(*) AS total FROM process_instance i ${condition}`, params);
    const limit = `$${params.push(filter.limit ?? 50)}`;
    const offset = `$${params.push(filter.offset ?? 0)}`;
    const rows: InstanceRow[] = await db.query(`${SELECT} ${condition} ORDER BY i.started_at DESC, i.key DESC LIMIT ${limit} OFFSET ${offset}`, params);
    return { items: rows.map(toView), total: Number(total) };
  },

  async byKey(db: EntityManager, key: number): Promise<InstanceView | undefined> {
    const rows: InstanceRow[] = await db.query(`${SELECT} WHERE i.key = $1`, [key]);
    return rows[0] ? toView(rows[0]) : undefined;
  },

  async activeElements(db: EntityManager, key: number) {
    const rows: { key: string; element_id: string; element_kind: string; state: string; activated_at: Date }[] = await db.query(
      `SELECT key, element_id, element_kind, state, activated_at FROM element_instance WHERE instance_key = $1 AND ended_at IS NULL AND key <> $1 ORDER BY key`,
      [key],
    );
    return rows.map((row) => ({ key: row.key, elementId: row.element_id, kind: row.element_kind, state: row.state, activatedAt: row.activated_at.toISOString() }));
  },

  async variables(db: EntityManager, key: number): Promise<Record<string, unknown>> {
    const rows: { name: string; value: unknown }[] = await db.query(`SELECT name, value FROM variable WHERE scope_key = $1 ORDER BY name`, [key]);
    return Object.fromEntries(rows.map((row) => [row.name, row.value]));
  },

  async incidents(db: EntityManager, filter: { instanceKey?: number; state?: string }) {
    const params: unknown[] = [];
    const where: string[] = [];
    if (filter.instanceKey !== undefined) where.push(`instance_key = $${params.push(filter.instanceKey)}`);
    if (filter.state) where.push(`state = $${params.push(filter.state)}`);
    const rows: { key: string; instance_key: string; element_id: string | null; error_type: string; message: string; state: string; created_at: Date; resolved_at: Date | null }[] =
      await db.query(`SELECT * FROM incident ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY created_at DESC LIMIT 200`, params);
    return rows.map((row) => ({
      key: row.key, instanceKey: row.instance_key, elementId: row.element_id, errorType: row.error_type, message: row.message,
      state: row.state, createdAt: row.created_at.toISOString(), resolvedAt: row.resolved_at ? row.resolved_at.toISOString() : null,
    }));
  },
};
