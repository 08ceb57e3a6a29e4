/** Shapes of the REST API as the designer reads them (keys are strings, dates ISO strings). */

export type PlatformRole = 'process-owner' | 'participant' | 'auditor' | 'admin';

export interface Person {
  id: string;
  name: string;
  email: string;
  platformRoles: PlatformRole[];
}

export interface Tokens {
  accessToken: string;
  refreshToken: string;
  expiresIn?: number;
}

export interface Page<T> {
  items: T[];
  total: number;
}

export interface DefinitionSummary {
  key: string | number;
  bpmnProcessId: string;
  name?: string;
  version: number;
  resourceName?: string;
  deployedAt?: string;
}

export interface DeploymentResult {
  key?: string;
  deployedAt?: string;
  definitions?: DefinitionSummary[];
  processes?: DefinitionSummary[];
}

export interface Task {
  key: string;
  instanceKey: string;
  elementId: string;
  name: string;
  bpmnProcessId: string;
  processName: string;
  businessKey?: string | null;
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
}

export interface TaskDetail extends Task {
  variables: Record<string, unknown>;
  form: Record<string, unknown> | null;
}

export interface InstanceSummary {
  key: string;
  bpmnProcessId: string;
  processName?: string | null;
  version: number;
  definitionKey: string;
  businessKey: string | null;
  state: string;
  startedAt: string;
  endedAt: string | null;
  incidents: number;
}

export interface ActiveElement {
  key: string;
  elementId: string;
  kind: string;
  state: string;
  activatedAt: string;
}

export interface Incident {
  key?: string;
  elementId?: string;
  errorType?: string;
  message?: string;
  state?: string;
  createdAt?: string;
}

export interface InstanceDetail extends Omit<InstanceSummary, 'incidents'> {
  activeElements: ActiveElement[];
  variables: Record<string, unknown>;
  incidents: Incident[];
  userTasks: Task[];
}

export interface Actor {
  kind: string;
  id?: string;
  onBehalfOf?: string;
}

export interface HistoryRecord {
  position: number;
  /** The entity the record is about (for ELEMENT_* records: the element instance). */
  key?: string;
  sequence?: number | null;
  intent: string;
  elementId?: string | null;
  elementInstanceKey?: string | null;
  time: string;
  actor?: Actor;
  value?: Record<string, unknown>;
  hash?: string;
}

export interface Verdict {
  valid: boolean;
  records: number;
  brokenAt?: number;
  reason?: string;
}

export interface ClockState {
  mode: 'simulated' | 'system';
  now: string;
}
