import type { ExecutableElement, ExecutableProcess } from '../model/executable-model.js';
import type { Rejection, BatchResult } from '../protocol/batch-result.js';
import { FeelEnvironment } from '../expression/feel-environment.js';
import type { Command } from '../protocol/command.js';
import type { Intent } from '../protocol/intent.js';
import type { EngineRecord, EventRecord, RecordValues } from '../protocol/record.js';
import { RECORD_VERSION } from '../protocol/version.js';
import { applyRecord } from '../state/appliers/registry.js';
import type { ElementInstanceState, EngineState } from '../state/engine-state.js';
import type { EngineCore, ElementProcessor, Step } from './types.js';

/** Where a record points: its instance and element. */
export interface RecordTarget {
  instanceKey?: number;
  elementId?: string;
  elementInstanceKey?: number;
}

type StepRunner = (batch: Batch, step: Step) => void;

/**
 * One command's processing: records are written (and applied at once) here, follow-up steps run
 * in FIFO order until the instance waits. Nothing else may change state.
 */
export class Batch {
  readonly records: EngineRecord[] = [];
  readonly rejections: Rejection[] = [];
  readonly outbound: Command[] = [];
  /** Instances whose variables changed since conditions were last checked. */
  readonly changedInstances = new Set<number>();
  readonly now: number;
  /** FEEL functions of this batch: `now()`/`today()` from its logical time, business calendars. */
  readonly feel: FeelEnvironment;
  private readonly queue: Step[] = [];
  private head = 0;

  constructor(
    readonly core: EngineCore,
    private readonly runStep: StepRunner,
    private readonly checkConditions: (batch: Batch) => void,
  ) {
    this.now = core.clock.now();
    this.feel = new FeelEnvironment({ now: this.now, timeZone: core.timeZone, calendars: core.calendars });
  }

  get state(): EngineState {
    return this.core.state;
  }

  /** A new key from the state's generator. */
  newKey(): number {
    return this.core.state.generateKey();
  }

  /** Writes an event record and applies it. */
  emit<I extends Intent>(intent: I, key: number, value: RecordValues[I], target: RecordTarget = {}): EventRecord<I> {
    const record: EventRecord<I> = {
      recordType: 'EVENT',
      position: this.core.state.position + 1,
      version: RECORD_VERSION,
      time: this.now,
      intent,
      key,
      ...target,
      value,
    };
    applyRecord(this.core.state, record as EventRecord);
    this.records.push(record as EventRecord);
    return record;
  }

  /** Writes an event record about an element instance. */
  emitFor<I extends Intent>(intent: I, instance: ElementInstanceState, value: RecordValues[I]): EventRecord<I> {
    return this.emit(intent, instance.key, value, {
      instanceKey: instance.instanceKey,
      elementId: instance.elementId,
      elementInstanceKey: instance.key,
    });
  }

  /** Refuses a command: a rejection record, no state change. */
  reject(command: Command, reason: string, key = 0, instanceKey?: number): void {
    const position = this.core.state.position + 1;
    this.core.state.position = position;
    this.records.push({ recordType: 'REJECTION', position, version: RECORD_VERSION, time: this.now, intent: 'COMMAND_REJECTED', key, instanceKey, value: { command, reason } });
    this.rejections.push({ command, reason });
  }

  /** Queues a follow-up step. */
  enqueue(step: Step): void {
    this.queue.push(step);
  }

  /** Runs queued steps until none is left. */
  run(): void {
    while (this.head < this.queue.length) {
      const step = this.queue[this.head++];
      this.runStep(this, step);
      if (this.changedInstances.size > 0) this.checkConditions(this);
    }
    this.queue.length = 0;
    this.head = 0;
  }

  /** The compiled process an instance runs. */
  model(instanceKey: number): ExecutableProcess {
    const instance = this.core.state.instances.get(instanceKey);
    const deployed = instance ? this.core.models.get(instance.processKey) : undefined;
    if (!deployed) throw new Error(`No compiled model for instance ${instanceKey}`);
    return deployed.model;
  }

  /** The element an element instance executes. */
  element(instance: ElementInstanceState): ExecutableElement {
    return this.model(instance.instanceKey).elements[instance.elementId];
  }

  /** The processor of an element instance (bodies have their own). */
  processor(instance: ElementInstanceState): ElementProcessor {
    return this.core.processorFor(instance, this.element(instance));
  }

  /** What the host gets back. */
  result(): BatchResult {
    const result: BatchResult = {
      records: this.records,
      rejections: this.rejections,
      timersScheduled: [],
      timersCancelled: [],
      jobsCreated: [],
      jobsCancelled: [],
      outbound: this.outbound,
    };
    for (const record of this.records) {
      if (record.recordType !== 'EVENT') continue;
      if (record.intent === 'SUBSCRIPTION_OPENED') {
        const value = record.value as RecordValues['SUBSCRIPTION_OPENED'];
        if (value.type === 'timer' && value.dueDate !== undefined) {
          result.timersScheduled.push({ timerKey: record.key, instanceKey: record.instanceKey, dueDate: value.dueDate });
        }
      } else if (record.intent === 'SUBSCRIPTION_CLOSED') {
        if ((record.value as RecordValues['SUBSCRIPTION_CLOSED']).type === 'timer') result.timersCancelled.push(record.key);
      } else if (record.intent === 'JOB_CREATED') {
        const value = record.value as RecordValues['JOB_CREATED'];
        result.jobsCreated.push({ jobKey: record.key, instanceKey: record.instanceKey!, elementId: record.elementId!, type: value.type, headers: value.headers });
      } else if (record.intent === 'JOB_CANCELED') {
        result.jobsCancelled.push(record.key);
      }
    }
    return result;
  }
}
