/**
 * Part 1: the in-memory engine core against the npm package `bpmn-engine`, same BPMN files, same
 * process, alternating, N instances each, median of several runs.
 */
import { EventEmitter } from 'node:events';
import { performance } from 'node:perf_hooks';
import { BpmnModdle } from 'bpmn-moddle';
import * as Elements from 'bpmn-elements';
import { Engine as PeerEngine } from 'bpmn-engine';
import serializer, { TypeResolver, type SerializableContext } from 'moddle-context-serializer';
import { Engine } from '../../server/src/engine/processing/engine.js';
import type { BatchResult, EngineRecord } from '../../server/src/engine/protocol/index.js';
import { SimulatedClock } from '../../server/src/engine/time/clock.js';
import { hasUserTask, SHAPES, type Shape } from './shapes.js';
import { median } from './stats.js';

export interface CoreRow {
  shape: string;
  hito_per_s: number;
  peer_per_s: number;
  ratio: number;
  instances: number;
}

/** Runs `count` instances of a shape on one Hito engine (deployed once); each must complete. */
export class HitoCore {
  private constructor(private readonly engine: Engine, private readonly shape: Shape) {}

  static async create(shape: Shape): Promise<HitoCore> {
    const engine = new Engine({ clock: new SimulatedClock(Date.UTC(2027, 0, 4, 9)) });
    const deployed = await engine.deploy([{ name: `${shape.id}.bpmn`, xml: shape.xml }]);
    if (deployed.problems.length > 0) throw new Error(`Hito refused ${shape.id}: ${JSON.stringify(deployed.problems)}`);
    return new HitoCore(engine, shape);
  }

  run(count: number): void {
    const userTask = hasUserTask(this.shape);
    for (let i = 0; i < count; i++) {
      let result: BatchResult = this.engine.process({ type: 'CreateInstance', bpmnProcessId: this.shape.processId });
      const created = result.records.find((record) => record.intent === 'ELEMENT_ACTIVATING');
      const instanceKey = created!.instanceKey;
      if (userTask) {
        const task = result.records.find((record) => record.intent === 'USER_TASK_CREATED') as EngineRecord;
        if (!task) throw new Error(`Hito: no user task in ${this.shape.id}`);
        result = this.engine.process({ type: 'CompleteUserTask', userTaskKey: task.key });
      }
      if (!result.records.some((record) => record.intent === 'ELEMENT_COMPLETED' && record.key === instanceKey)) {
        throw new Error(`Hito: instance of ${this.shape.id} did not complete (${result.rejections.map((r) => r.reason).join('; ')})`);
      }
    }
  }
}

/** Runs `count` instances of a shape on bpmn-engine: one engine per instance, the source parsed once. */
export class PeerCore {
  private constructor(private readonly sourceContext: SerializableContext, private readonly shape: Shape) {}

  static async create(shape: Shape): Promise<PeerCore> {
    const moddle = await new BpmnModdle().fromXML(shape.xml);
    const sourceContext = serializer(moddle, TypeResolver(Elements));
    return new PeerCore(sourceContext, shape);
  }

  async run(count: number): Promise<void> {
    const userTask = hasUserTask(this.shape);
    for (let i = 0; i < count; i++) {
      const listener = new EventEmitter();
      let signalled = 0;
      if (userTask) {
        listener.on('wait', (api: { type: string; signal(message?: unknown): void }) => {
          if (api.type === 'bpmn:UserTask') {
            signalled++;
            api.signal();
          }
        });
      }
      const engine = new PeerEngine({ name: `${this.shape.id}-${i}`, sourceContext: this.sourceContext });
      const ended = engine.waitFor('end');
      await engine.execute({ listener });
      await ended;
      if (userTask && signalled !== 1) throw new Error(`bpmn-engine: user task of ${this.shape.id} signalled ${signalled} times`);
    }
  }
}

/** Checks that both engines really run a shape (the peer's MI count and end included). */
export async function verifyShapes(): Promise<void> {
  for (const shape of SHAPES) {
    await (await HitoCore.create(shape)).run(2);
    await (await PeerCore.create(shape)).run(2);
  }
  // The multi-instance must run its body 100 times in both engines.
  const mi = SHAPES.find((shape) => shape.id === 'e-multi-instance-100')!;
  const hito = new Engine({ clock: new SimulatedClock(0) });
  await hito.deploy([{ name: 'mi.bpmn', xml: mi.xml }]);
  const hitoBodies = hito.process({ type: 'CreateInstance', bpmnProcessId: mi.processId }).records.filter((r) => r.intent === 'ELEMENT_COMPLETED' && r.elementId === 'Each').length;
  const moddle = await new BpmnModdle().fromXML(mi.xml);
  const listener = new EventEmitter();
  let peerBodies = 0;
  // bpmn-engine runs the iterations inside the activity; its end message carries the last index.
  listener.on('activity.end', (api: { id: string; content: { index?: number } }) => {
    if (api.id === 'Each') peerBodies = (api.content.index ?? -1) + 1;
  });
  const peer = new PeerEngine({ name: 'mi-check', sourceContext: serializer(moddle, TypeResolver(Elements)) });
  const ended = peer.waitFor('end');
  await peer.execute({ listener });
  await ended;
  if (hitoBodies < 100 || peerBodies < 100) throw new Error(`multi-instance bodies: hito ${hitoBodies}, bpmn-engine ${peerBodies}`);
}

async function timed(work: () => unknown): Promise<number> {
  const started = performance.now();
  await work();
  return performance.now() - started;
}

/**
 * For each shape: `runs` rounds; in each round Hito and the peer run `count` instances one after
 * the other (order alternating by round). Rates are medians over the rounds.
 */
export async function benchCore(counts: Record<string, { hito: number; peer: number }>, runs: number, log: (line: string) => void): Promise<CoreRow[]> {
  const rows: CoreRow[] = [];
  for (const shape of SHAPES) {
    const hito = await HitoCore.create(shape);
    const peer = await PeerCore.create(shape);
    const { hito: hitoCount, peer: peerCount } = counts[shape.id];
    hito.run(Math.min(200, hitoCount)); // warm-up
    await peer.run(Math.min(50, peerCount));
    const hitoRates: number[] = [];
    const peerRates: number[] = [];
    for (let round = 0; round < runs; round++) {
      const order = round % 2 === 0 ? ['hito', 'peer'] : ['peer', 'hito'];
      for (const which of order) {
        if (which === 'hito') hitoRates.push(hitoCount / ((await timed(() => hito.run(hitoCount))) / 1000));
        else peerRates.push(peerCount / ((await timed(() => peer.run(peerCount))) / 1000));
      }
    }
    const row = { shape: shape.id, hito_per_s: median(hitoRates), peer_per_s: median(peerRates), ratio: median(hitoRates) / median(peerRates), instances: hitoCount };
    log(`  core ${shape.id}: hito ${row.hito_per_s.toFixed(0)}/s, bpmn-engine ${row.peer_per_s.toFixed(0)}/s, ratio ${row.ratio.toFixed(1)}x`);
    rows.push(row);
  }
  return rows;
}
