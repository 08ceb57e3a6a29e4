/** Element types the engine executes; the processor registry is a record over these. */
export const ELEMENT_KINDS = [
  'process',
  'startEvent',
  'endEvent',
  'intermediateCatchEvent',
  'intermediateThrowEvent',
  'boundaryEvent',
  'task',
  'manualTask',
  'userTask',
  'serviceTask',
  'sendTask',
  'receiveTask',
  'scriptTask',
  'businessRuleTask',
  'exclusiveGateway',
  'parallelGateway',
  'inclusiveGateway',
  'eventBasedGateway',
  'complexGateway',
  'subProcess',
  'eventSubProcess',
  'transaction',
  'adHocSubProcess',
  'callActivity',
] as const;

/** One executable element type. */
export type ElementKind = (typeof ELEMENT_KINDS)[number];

/** An expression as written: FEEL (possibly `=`-prefixed) or a literal text. */
export interface Expression {
  source: string;
}

/** A timer definition of an event. */
export interface TimerDefinition {
  kind: 'duration' | 'date' | 'cycle';
  expression: Expression;
}

/** One event definition of an event (an event may have several). */
export type EventDefinition =
  | { type: 'message'; messageName: string; correlationKey?: Expression }
  | { type: 'timer'; timer: TimerDefinition }
  | { type: 'signal'; signalName: string }
  | { type: 'conditional'; condition: Expression }
  | { type: 'error'; errorCode?: string }
  | { type: 'escalation'; escalationCode?: string }
  | { type: 'compensate'; activityRef?: string; waitForCompletion: boolean }
  | { type: 'cancel' }
  | { type: 'terminate' }
  | { type: 'link'; linkName: string };

/** A FEEL mapping into (inputs) or out of (outputs) an element's scope. */
export interface VariableMapping {
  source: Expression;
  target: string;
}

/** Standard loop characteristics. */
export interface StandardLoop {
  condition?: Expression;
  testBefore: boolean;
  maximum?: number;
}

/** Multi-instance characteristics. */
export interface MultiInstance {
  sequential: boolean;
  cardinality?: Expression;
  inputCollection?: Expression;
  inputElement?: string;
  outputCollection?: string;
  outputElement?: Expression;
  completionCondition?: Expression;
  behavior: 'None' | 'One' | 'All' | 'Complex';
  /** Event definitions thrown to boundary events by the behavior. */
  oneBehaviorEvent?: EventDefinition;
  noneBehaviorEvent?: EventDefinition;
  complexBehavior: { condition?: Expression; event?: EventDefinition }[];
}

/** A script of a script task. */
export interface ScriptDefinition {
  format: string;
  body: string;
  resultVariable?: string;
}

/** An element ready to execute; built once at deploy. */
export interface ExecutableElement {
  id: string;
  name?: string;
  kind: ElementKind;
  /** Id of the flow scope (process or sub-process); absent for the process itself. */
  scopeId?: string;
  incoming: string[];
  outgoing: string[];
  defaultFlow?: string;
  eventDefinitions: EventDefinition[];
  parallelMultiple: boolean;
  /** Start events of event sub-processes and boundary events: whether they interrupt. */
  interrupting: boolean;
  attachedTo?: string;
  boundaryEvents: string[];
  /** Containers: none start events, event sub-processes, data objects, all children. */
  noneStartEvents: string[];
  triggeredStartEvents: string[];
  eventSubProcesses: string[];
  dataObjects: string[];
  children: string[];
  adHocOrdering?: 'Parallel' | 'Sequential';
  startQuantity: number;
  completionQuantity: number;
  isForCompensation: boolean;
  compensationHandler?: string;
  loop?: StandardLoop;
  multiInstance?: MultiInstance;
  script?: ScriptDefinition;
  jobType?: string;
  headers: Record<string, string>;
  decision?: Expression;
  resultVariable?: string;
  calledProcessId?: string;
  calledVersion?: number;
  inputs: VariableMapping[];
  outputs: VariableMapping[];
  messageName?: string;
  correlationKey?: Expression;
  instantiate: boolean;
  activationCondition?: Expression;
  linkTargetId?: string;
  /** Event-based gateway: the catch events (or receive tasks) that follow it. */
  eventGatewayTargets: string[];
  /** Inclusive/complex joins: for each incoming flow, the elements that can still send a token. */
  upstream?: Record<string, string[]>;
  userTask?: UserTaskSpec;
  /** Service/send tasks and message throw/end events with `hito:taskDefinition`: attempts before an incident. */
  jobRetries?: Expression;
  /** Call activities: `hito:calledProcess propagateAllChildVariables` (default true). */
  propagateAllChildVariables?: boolean;
}

/**
 * `hito:assignment` of a user task: every attribute a literal (comma list) or FEEL (`=`), resolved
 * when the task is created.
 */
export interface AssignmentSpec {
  candidateInstitutions?: Expression;
  candidateRoles?: Expression;
  candidatePeople?: Expression;
  assignee?: Expression;
  priority?: Expression;
}

/** What a user task declares: who, when, which form. */
export interface UserTaskSpec {
  /** Present when the task has `hito:assignment`; otherwise the legacy fields below apply. */
  assignment?: AssignmentSpec;
  /** Legacy `candidateGroups` / `assignee` attributes (no `hito:assignment`). */
  candidateGroups: string[];
  assignee?: string;
  /** `hito:schedule`: FEEL or literal date-time, date or duration from the task's creation. */
  dueDate?: Expression;
  followUpDate?: Expression;
  /** `hito:schedule calendar`: `assignee` or a calendar id; durations then count working days. */
  calendar?: string;
  formKey?: string;
}

/** A sequence flow. */
export interface ExecutableFlow {
  id: string;
  sourceId: string;
  targetId: string;
  condition?: Expression;
}

/** A deployable process, compiled. */
export interface ExecutableProcess {
  id: string;
  name?: string;
  elements: Record<string, ExecutableElement>;
  flows: Record<string, ExecutableFlow>;
  /** Start events with a message, signal or timer definition, and instantiating receive tasks. */
  triggeredStarts: string[];
}

/** A process compiled and registered under a key and version. */
export interface DeployedProcess {
  processKey: number;
  bpmnProcessId: string;
  version: number;
  model: ExecutableProcess;
}
