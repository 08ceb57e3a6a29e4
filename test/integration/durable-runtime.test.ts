import { readFileSync } from 'node:fs';
import { DataSource } from 'typeorm';
import { SimulatedClock } from '../../server/src/engine/time/clock.js';
import { dataSourceOptions } from '../../server/src/persistence/data-source.options.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';
import { DurableRuntime } from '../../server/src/runtime/durable-runtime.js';
import { CommandRejectedError, InvalidDeploymentError } from '../../server/src/runtime/errors.js';
import { HITO_MODDLE_EXTENSIONS } from '../../server/src/runtime/hito-schema.js';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8');
const person = { kind: 'person' as const, id: 'ana' };

describe('DurableRuntime on PostgreSQL', () => {
  let database: TestDatabase;
  let dataSource: DataSource;
  let runtime: DurableRuntime;
  const clock = new SimulatedClock(Date.parse('2027-01-04T09:00:00Z'));

  beforeAll(async () => {
    database = await createTestDatabase('durable_runtime');
    dataSource = await new DataSource(dataSourceOptions(database.url)).initialize();
    runtime = new DurableRuntime({ dataSource, clock, moddleExtensions: HITO_MODDLE_EXTENSIONS });
  });

  afterAll(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });

  it('given a deployed process, runs an instance to its user task and on completion to its end, one transaction per command', async () => {
    const deployment = await runtime.deploy([{ name: 'aprobacion.bpmn', content: fixture('aprobacion.bpmn') }], person);
    expect(deployment.processes).toEqual([expect.objectContaining({ bpmnProcessId: 'aprobacion', version: 1, name: 'Aprobación' })]);

    const started = await runtime.execute({ type: 'CreateInstance', bpmnProcessId: 'aprobacion', variables: { monto: 10 } }, { actor: person, businessKey: 'SOL-1' });
    const [instanceKey] = started.createdInstances;
    const [instance] = await dataSource.query('SELECT state, business_key, last_sequence FROM process_instance WHERE key = $1', [instanceKey]);
    expect(instance).toEqual({ state: 'active', business_key: 'SOL-1', last_sequence: started.records.length });
    const tasks = await dataSource.query(`SELECT key, element_id, state, candidate_roles FROM user_task WHERE instance_key = $1`, [instanceKey]);
    expect(tasks).toEqual([expect.objectContaining({ element_id: 'Revisar', state: 'created' })]);

    await runtime.execute({ type: 'CompleteUserTask', userTaskKey: Number(tasks[0].key), variables: { aprobado: true } }, { actor: person });

    const [ended] = await dataSource.query('SELECT state, ended_at FROM process_instance WHERE key = $1', [instanceKey]);
    expect(ended.state).toBe('completed');
    const [task] = await dataSource.query('SELECT state, completed_by FROM user_task WHERE key = $1', [tasks[0].key]);
    expect(task).toEqual({ state: 'completed', completed_by: 'ana' });
    const variables = await dataSource.query('SELECT name, value FROM variable WHERE instance_key = $1 ORDER BY name', [instanceKey]);
    expect(variables).toEqual([{ name: 'aprobado', value: true }, { name: 'monto', value: 10 }]);
  });

  it('given a completed task, rejects completing it again and changes nothing', async () => {
    const started = await runtime.execute({ type: 'CreateInstance', bpmnProcessId: 'aprobacion' }, { actor: person });
    const [{ key }] = await dataSource.query('SELECT key FROM user_task WHERE instance_key = $1', [started.createdInstances[0]]);
    await runtime.execute({ type: 'CompleteUserTask', userTaskKey: Number(key) }, { actor: person });
    const [{ count: before }] = await dataSource.query('SELECT count(*) FROM event_record');

    await expect(runtime.execute({ type: 'CompleteUserTask', userTaskKey: Number(key) }, { actor: person })).rejects.toBeInstanceOf(CommandRejectedError);

    const [{ count: after }] = await dataSource.query('SELECT count(*) FROM event_record');
    expect(after).toBe(before);
  });

  it('given an invalid BPMN file, deploys nothing and names the element', async () => {
    const broken = fixture('aprobacion.bpmn').replace('targetRef="Fin"', 'targetRef="NoExiste"');
    const error = await runtime.deploy([{ name: 'roto.bpmn', content: broken }], person).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(InvalidDeploymentError);
    expect((error as InvalidDeploymentError).problems).toEqual(expect.arrayContaining([expect.objectContaining({ resource: 'roto.bpmn', elementId: 'F2' })]));
    const [{ count }] = await dataSource.query(`SELECT count(*) FROM process_definition WHERE bpmn_process_id = 'aprobacion'`);
    expect(count).toBe('1');
  });

  it('given a replay of the stored records, rebuilds the hash chain intact', async () => {
    const { verifyChain } = await import('../../server/src/audit/hash-chain.js');
    const { readInstanceRecords } = await import('../../server/src/persistence/event-store.js');
    const [{ key }] = await dataSource.query(`SELECT key FROM process_instance WHERE business_key = 'SOL-1'`);
    const records = await readInstanceRecords(dataSource.manager, [Number(key)]);
    expect(records.length).toBeGreaterThan(5);
    expect(verifyChain(records)).toEqual({ valid: true, records: records.length });
  });

  it('given a directory that reads the database and every pool connection busy with commands, never waits for a connection inside a transaction', async () => {
    const small = await new DataSource({ ...dataSourceOptions(database.url), migrationsRun: false, extra: { max: 2 } }).initialize();
    let reads = 0;
    const directory = async () => {
      reads++;
      await small.query('SELECT pg_sleep(0.01)');
      return { calendars: { calendar: () => undefined }, candidateCheck: () => [] };
    };
    const busy = new DurableRuntime({ dataSource: small, clock, moddleExtensions: HITO_MODDLE_EXTENSIONS, directory });
    const starts = Array.from({ length: 12 }, () => busy.execute({ type: 'CreateInstance', bpmnProcessId: 'aprobacion' }, { actor: person }));
    const outcome = await Promise.race([Promise.all(starts), new Promise((resolve) => setTimeout(() => resolve('stuck'), 15_000))]);
    expect(outcome).not.toBe('stuck');
    expect((outcome as { createdInstances: number[] }[]).every((started) => started.createdInstances.length === 1)).toBe(true);
    expect(reads).toBeGreaterThanOrEqual(12);
    await small.destroy();
  });
});
