import { createHash } from 'node:crypto';
import type { EntityManager } from 'typeorm';

export const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

/** A deployed process version as clients see it. */
export interface DeployedDefinition {
  key: number;
  bpmnProcessId: string;
  version: number;
  name: string | null;
  resourceName: string;
  checksum: string;
  deploymentKey: number;
  deployedAt?: string;
}

/** Stores new process versions (immutable: a redeploy is a new version). */
export async function insertDefinitions(
  db: EntityManager,
  rows: { processKey: number; deploymentKey: number; bpmnProcessId: string; version: number; name: string | null; resourceName: string; resource: string }[],
): Promise<DeployedDefinition[]> {
  const stored: DeployedDefinition[] = [];
  for (const row of rows) {
    const checksum = sha256(row.resource);
    await db.query(
      `INSERT INTO process_definition (key, deployment_key, bpmn_process_id, version, name, resource_name, xml, checksum)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [row.processKey, row.deploymentKey, row.bpmnProcessId, row.version, row.name, row.resourceName, row.resource, checksum],
    );
    stored.push({ key: row.processKey, bpmnProcessId: row.bpmnProcessId, version: row.version, name: row.name, resourceName: row.resourceName, checksum, deploymentKey: row.deploymentKey });
  }
  return stored;
}

interface DefinitionRow {
  key: string;
  bpmn_process_id: string;
  version: number;
  name: string | null;
  resource_name: string;
  checksum: string;
  deployment_key: string;
  deployed_at: Date;
}

const toDefinition = (row: DefinitionRow): DeployedDefinition => ({
  key: Number(row.key),
  bpmnProcessId: row.bpmn_process_id,
  version: row.version,
  name: row.name,
  resourceName: row.resource_name,
  checksum: row.checksum,
  deploymentKey: Number(row.deployment_key),
  deployedAt: row.deployed_at.toISOString(),
});

const SELECT = `SELECT d.key, d.bpmn_process_id, d.version, d.name, d.resource_name, d.checksum, d.deployment_key, p.deployed_at
  FROM process_definition d JOIN deployment p ON p.key = d.deployment_key`;

/** Read access to deployed definitions and forms. */
export const definitions = {
  async latest(db: EntityManager): Promise<DeployedDefinition[]> {
    const rows: DefinitionRow[] = await db.query(
      `${SELECT} WHERE d.version = (SELECT max(version) FROM process_definition x WHERE x.bpmn_process_id = d.bpmn_process_id) ORDER BY d.bpmn_process_id`,
    );
    return rows.map(toDefinition);
  },
  async versions(db: EntityManager, bpmnProcessId: string): Promise<DeployedDefinition[]> {
    const rows: DefinitionRow[] = await db.query(`${SELECT} WHERE d.bpmn_process_id = $1 ORDER BY d.version DESC`, [bpmnProcessId]);
    return rows.map(toDefinition);
  },
  async byKey(db: EntityManager, key: number): Promise<DeployedDefinition | undefined> {
    const rows: DefinitionRow[] = await db.query(`${SELECT} WHERE d.key = $1`, [key]);
    return rows.map(toDefinition)[0];
  },
  async xml(db: EntityManager, key: number): Promise<string | undefined> {
    const rows: { xml: string }[] = await db.query(`SELECT xml FROM process_definition WHERE key = $1`, [key]);
    return rows[0]?.xml;
  },
  async form(db: EntityManager, formId: string): Promise<unknown> {
    const rows: { schema: unknown }[] = await db.query(`SELECT schema FROM form WHERE form_id = $1 ORDER BY version DESC LIMIT 1`, [formId]);
    return rows[0]?.schema;
  },
};
