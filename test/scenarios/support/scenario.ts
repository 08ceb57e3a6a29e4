import { deployShippedProcessesIfEmpty } from '../../../server/src/runtime/shipped-processes.js';
import { call, loadDemoDirectory, signIn, type ApiResponse } from '../../support/api-client.js';
import { startTestServer, type TestServer } from '../../support/test-app.js';

/** A user task as the inbox lists it. */
export interface Task {
  key: string;
  instanceKey: string;
  elementId: string;
  name: string | null;
  bpmnProcessId: string;
  state: string;
  assignee: string | null;
  candidateInstitutions: string[];
  candidateRoles: string[];
  candidatePeople: string[];
  dueAt: string | null;
  createdAt: string;
  endedAt: string | null;
  completedBy: string | null;
  formId: string | null;
}

/** A task opened from the inbox: its instance's variables and its form-js schema. */
export interface OpenedTask extends Task {
  variables: Record<string, unknown>;
  form: { id: string; components: FormComponent[] } | null;
}

export interface FormComponent {
  key?: string;
  type: string;
  path?: string;
  components?: FormComponent[];
  validate?: { required?: boolean };
}

export interface Notification {
  subject: string;
  createdAt: string;
  instanceKey: string | null;
  elementId: string | null;
  headers: Record<string, string>;
}

export interface Instance {
  key: string;
  bpmnProcessId: string;
  state: string;
  parentInstanceKey: string | null;
  startedAt: string;
  endedAt: string | null;
  variables: Record<string, unknown>;
  activeElements: { elementId: string }[];
  incidents: unknown[];
  userTasks: Task[];
}

export interface HistoryRecord {
  sequence: number;
  intent: string;
  elementId: string | null;
  time: string;
  actor: { kind: string; id?: string } | null;
  value: Record<string, unknown>;
}

/** Which task, when a person has several with the same element id. */
export type TaskMatch = (task: Task) => boolean;

/**
 * One shipped methodology lived through the public HTTP API with the simulated clock: a server on
 * a fresh database with the demo directory and the processes `npm start` deploys; people sign in
 * and work their inboxes; an auditor reads instances and history.
 */
export class Scenario {
  private readonly tokens = new Map<string, string>();
  /** A person acted since the server last ran its built-in jobs. */
  private unsettled = false;

  private constructor(readonly server: TestServer) {}

  static async start(label: string, simulationStart: string): Promise<Scenario> {
    // The background poller would also run built-in jobs (notify) at moments of its own choosing;
    // here they run only when the scenario settles (see `settle`), so every step is deterministic.
    const poll = process.env.HITO_TIMER_POLL_MS;
    process.env.HITO_TIMER_POLL_MS = String(2 ** 30);
    let server: TestServer;
    try {
      server = await startTestServer(label, { simulatedClock: true, simulationStart: Date.parse(simulationStart) });
    } finally {
      if (poll === undefined) delete process.env.HITO_TIMER_POLL_MS;
      else process.env.HITO_TIMER_POLL_MS = poll;
    }
    try {
      await loadDemoDirectory(server);
      const deployed = await deployShippedProcessesIfEmpty(server.app);
      if (!deployed) throw new Error('the shipped processes were not deployed');
      return new Scenario(server);
    } catch (error) {
      await server.close();
      throw error;
    }
  }

  async close(): Promise<void> {
    await this.server.close();
  }

  /** The person, signed in (once per scenario). */
  as(person: string): Person {
    return new Person(this, person);
  }

  /** An HTTP call as `person`; fails the test on anything but a 2xx answer. */
  async api<T>(person: string, path: string, request: { method?: string; body?: unknown } = {}): Promise<T> {
    const response = await this.raw<T>(person, path, request);
    if (response.status < 200 || response.status >= 300) {
      throw new Error(`${request.method ?? 'GET'} ${path} as ${person} answered ${response.status}: ${JSON.stringify(response.body)}`);
    }
    return response.body;
  }

  /** An HTTP call as `person`, whatever it answers; reads first let the server settle. */
  async raw<T>(person: string, path: string, request: { method?: string; body?: unknown } = {}): Promise<ApiResponse<T>> {
    if (request.method === undefined && this.unsettled) await this.settle();
    let token = this.tokens.get(person);
    if (!token) {
      token = (await signIn(this.server.baseUrl, person)).accessToken;
      this.tokens.set(person, token);
    }
    return call<T>(this.server.baseUrl, path, { ...request, token });
  }

  /** The simulated time now. */
  async now(): Promise<string> {
    return (await this.api<{ now: string }>(OWNER, '/api/clock')).now;
  }

  /** Moves the simulated clock to `date` (ISO-8601 with zone), firing everything due on the way. */
  async advanceTo(date: string): Promise<void> {
    this.unsettled = false;
    await this.api(OWNER, '/api/clock', { method: 'POST', body: { to: new Date(date).toISOString() } });
  }

  /**
   * Lets the server do now what a person's action left for its background work (the built-in
   * `notify` jobs), without moving the clock: `POST /api/clock {"advance": "PT0S"}`.
   */
  async settle(): Promise<void> {
    this.unsettled = false;
    await this.advance('PT0S');
  }

  /** Marks that a person acted: the next read settles first. */
  acted(): void {
    this.unsettled = true;
  }

  /** Moves the simulated clock by an ISO-8601 duration. */
  async advance(duration: string): Promise<void> {
    this.unsettled = false;
    await this.api(OWNER, '/api/clock', { method: 'POST', body: { advance: duration } });
  }

  /** The person's notifications, oldest first. */
  async notifications(person: string, instanceKeys?: string[]): Promise<Notification[]> {
    const all = await this.api<Notification[]>(person, '/api/notifications');
    return all.filter((item) => !instanceKeys || (item.instanceKey !== null && instanceKeys.includes(item.instanceKey))).reverse();
  }

  /** An instance as the auditor sees it: state, variables, active elements, its tasks. */
  async instance(key: string): Promise<Instance> {
    return this.api<Instance>(AUDITOR, `/api/instances/${key}`);
  }

  /** Instances of a process (auditor's view). */
  async instances(bpmnProcessId: string): Promise<Omit<Instance, 'variables' | 'activeElements' | 'incidents' | 'userTasks'>[]> {
    return (await this.api<{ items: Instance[] }>(AUDITOR, `/api/instances?bpmnProcessId=${bpmnProcessId}&limit=500`)).items;
  }

  /** The instance's ordered event records, as the auditor reads them. */
  async history(key: string, filter: { elementId?: string } = {}): Promise<HistoryRecord[]> {
    const query = filter.elementId ? `?elementId=${encodeURIComponent(filter.elementId)}` : '';
    return (await this.api<{ records: HistoryRecord[] }>(AUDITOR, `/api/instances/${key}/history${query}`)).records;
  }

  /** Whether the instance's hash chain verifies. */
  async verified(key: string): Promise<boolean> {
    return (await this.api<{ valid: boolean }>(AUDITOR, `/api/instances/${key}/verify`)).valid;
  }
}

/** The auditor and the process owner of the demo directory. */
export const AUDITOR = 'ines-contreras';
export const OWNER = 'ramiro-duarte';

/** A signed-in person of the demo directory working their inbox. */
export class Person {
  constructor(private readonly scenario: Scenario, readonly id: string) {}

  /** Open tasks in this person's inbox (`candidate=me`), optionally of one element. */
  async inbox(elementId?: string): Promise<Task[]> {
    const { items } = await this.scenario.api<{ items: Task[] }>(this.id, '/api/user-tasks?candidate=me&limit=200&sort=created');
    return items.filter((task) => !elementId || task.elementId === elementId).reverse();
  }

  /** Opens a task: its variables and form. */
  async open(key: string): Promise<OpenedTask> {
    return this.scenario.api<OpenedTask>(this.id, `/api/user-tasks/${key}`);
  }

  /** Starts an instance of a deployed process. */
  async start(bpmnProcessId: string, variables: Record<string, unknown>, businessKey?: string): Promise<Instance> {
    const started = await this.scenario.api<Instance>(this.id, '/api/instances', { method: 'POST', body: { bpmnProcessId, variables, businessKey } });
    this.scenario.acted();
    return started;
  }

  /**
   * Finds the one task of `elementId` in this person's inbox (that `match` accepts), checks that
   * `variables` are fields of its form (required fields included), claims and completes it.
   * Returns the task as it was before completion (creation and due dates) and after.
   */
  async complete(elementId: string, variables: Record<string, unknown>, match: TaskMatch = () => true): Promise<OpenedTask> {
    const task = await this.find(elementId, match);
    assertFitsForm(task, variables);
    if (task.assignee !== this.id) await this.scenario.api(this.id, `/api/user-tasks/${task.key}/claim`, { method: 'POST' });
    const done = await this.scenario.api<Task>(this.id, `/api/user-tasks/${task.key}/complete`, { method: 'POST', body: { variables } });
    if (done.state !== 'completed') throw new Error(`${elementId} (${task.key}) is ${done.state} after completion`);
    this.scenario.acted();
    return task;
  }

  /** The one open task of `elementId` in this person's inbox that `match` accepts, opened. */
  async find(elementId: string, match: TaskMatch = () => true): Promise<OpenedTask> {
    const candidates = await this.inbox(elementId);
    const found = candidates.filter(match);
    if (found.length !== 1) {
      throw new Error(`${this.id} has ${found.length} matching open "${elementId}" tasks (of ${candidates.length}) at ${await this.scenario.now()}`);
    }
    return this.open(found[0].key);
  }

  /** This person's notifications, oldest first. */
  async notifications(instanceKeys?: string[]): Promise<Notification[]> {
    return this.scenario.notifications(this.id, instanceKeys);
  }
}

/** Every variable sent must be a field of the task's form, and every required field must be sent. */
function assertFitsForm(task: OpenedTask, variables: Record<string, unknown>): void {
  if (!task.form) throw new Error(`${task.elementId} has no form`);
  const fields = new Map<string, boolean>();
  const visit = (components: FormComponent[]) => {
    for (const component of components) {
      const key = component.key ?? component.path;
      if (key && component.type !== 'text') fields.set(key, component.validate?.required === true);
      if (component.type !== 'dynamiclist' && component.components) visit(component.components);
    }
  };
  visit(task.form.components);
  const unknown = Object.keys(variables).filter((key) => !fields.has(key));
  const missing = [...fields].filter(([key, required]) => required && !(key in variables)).map(([key]) => key);
  if (unknown.length || missing.length) {
    throw new Error(`variables do not fit the form "${task.form.id}" of ${task.elementId}: unknown ${JSON.stringify(unknown)}, missing ${JSON.stringify(missing)}`);
  }
}

/** A Bogotá wall-clock time (UTC−5, no daylight saving) as an ISO instant. */
export function bogota(local: string): string {
  return new Date(`${local.length === 10 ? `${local}T00:00:00` : local}-05:00`).toISOString();
}

/** An ISO instant as Bogotá wall-clock time `YYYY-MM-DDTHH:mm`. */
export function inBogota(instant: string): string {
  return new Date(Date.parse(instant) - 5 * 3600_000).toISOString().slice(0, 16);
}
