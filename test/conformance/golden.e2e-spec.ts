import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import { EngineHarness } from '../../server/src/conformance/testing/engine-harness.ts';
import { replay, type EngineRecord, type SentCommand } from '../../server/src/engine/index.ts';

/** A recorded history: what was sent when, and the log it produced. */
interface GoldenHistory {
  fixtures: string[];
  sent: SentCommand[];
  records: EngineRecord[];
}

/** Fixture paths are resolved relative to this (non-existent) file in the engine's processing folder. */
const processing = new URL('../../server/src/engine/processing/fixtures-anchor', import.meta.url).href;
const goldenDir = fileURLToPath(new URL('./golden/', import.meta.url));
const DAY = 24 * 3600 * 1000;

/** Scenarios recorded into golden histories (fixtures are the engine's own spec fixtures). */
const SCENARIOS: Record<string, { fixtures: string[]; run: (engine: EngineHarness) => void }> = {
  'parallel-user-tasks': {
    fixtures: ['gateway/parallel-gateway.fixture.bpmn'],
    run: (engine) => {
      engine.start('Fork');
      for (const task of engine.events('USER_TASK_CREATED').reverse()) engine.when({ type: 'CompleteUserTask', userTaskKey: task.key, variables: { by: task.elementId } });
    },
  },
  'event-gateway-timeout': {
    fixtures: ['gateway/event-based-gateway.fixture.bpmn'],
    run: (engine) => {
      engine.start('Race', { orderId: 'A-7' });
      engine.when({ type: 'PublishMessage', name: 'paid', correlationKey: 'B-9' });
      engine.advance(3 * DAY);
    },
  },
  'inclusive-join-and-incident': {
    fixtures: ['gateway/inclusive-gateway.fixture.bpmn', 'task/service-task.fixture.bpmn'],
    run: (engine) => {
      engine.start('OrJoin', { a: true, b: true });
      const [task] = engine.events('USER_TASK_CREATED', 'B');
      engine.when({ type: 'CompleteUserTask', userTaskKey: task.key });
      engine.start('Service');
      const [job] = engine.events('JOB_CREATED', 'Call');
      engine.when({ type: 'FailJob', jobKey: job.key, retries: 0, message: 'down' });
      engine.when({ type: 'CompleteJob', jobKey: job.key });
    },
  },
};

describe('golden histories', () => {
  for (const [name, scenario] of Object.entries(SCENARIOS)) {
    const file = `${goldenDir}${name}.json`;

    it(`given the recorded history "${name}", when its records are replayed, then they rebuild the state of re-processing its commands`, async () => {
      if (!existsSync(file) || process.env.UPDATE_GOLDEN === '1') {
        const recorder = await EngineHarness.given(processing, scenario.fixtures);
        scenario.run(recorder);
        mkdirSync(goldenDir, { recursive: true });
        const history: GoldenHistory = { fixtures: scenario.fixtures, sent: recorder.driver.sent, records: recorder.driver.log };
        writeFileSync(file, `${JSON.stringify(history, null, 1)}\n`);
      }
      const golden = JSON.parse(readFileSync(file, 'utf8')) as GoldenHistory;

      const engine = await EngineHarness.given(processing, golden.fixtures);
      for (const { at, command } of golden.sent) {
        engine.driver.clock.set(at);
        for (const record of engine.driver.engine.process(command).records) engine.driver.log.push(record);
      }

      expect(JSON.stringify(engine.driver.log)).toBe(JSON.stringify(golden.records));
      expect(isDeepStrictEqual(replay(golden.records), engine.driver.engine.state)).toBe(true);
    });
  }
});
