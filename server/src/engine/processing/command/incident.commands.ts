import { refusal } from '../../lifecycle/lifecycle-table.js';
import type { ResolveIncidentCommand } from '../../protocol/command.js';
import type { Batch } from '../batch.js';
import { runProcessor } from '../behaviour/activation.behaviour.js';
import { requireRunning } from './command-handler.js';

/** Resolves an incident and retries the element's work (a failed job gets one more attempt). */
export function resolveIncidentCommand(batch: Batch, command: ResolveIncidentCommand): void {
  const incident = batch.state.incidents.get(command.incidentKey);
  if (!incident) return batch.reject(command, `Expected to find incident ${command.incidentKey}, but none was found`, command.incidentKey);
  const reason = refusal('incident', incident.state, 'resolve');
  if (reason) return batch.reject(command, reason, incident.key, incident.instanceKey);
  if (!requireRunning(batch, command, incident.instanceKey)) return;
  batch.emit('INCIDENT_RESOLVED', incident.key, {}, { instanceKey: incident.instanceKey, elementId: incident.elementId, elementInstanceKey: incident.elementInstanceKey });
  const element = incident.elementInstanceKey !== undefined ? batch.state.elementInstances.get(incident.elementInstanceKey) : undefined;
  if (!element || element.state !== 'activated') return;
  const job = element.jobKey !== undefined ? batch.state.jobs.get(element.jobKey) : undefined;
  if (job && job.state === 'failed') {
    batch.emit('JOB_FAILED', job.key, { retries: 1, message: 'Retried after the incident was resolved.' }, { instanceKey: job.instanceKey, elementId: job.elementId, elementInstanceKey: job.elementInstanceKey });
    return;
  }
  runProcessor(batch, element, batch.element(element), { type: 'activate', scopeKey: element.parentKey ?? element.key, elementId: element.elementId });
}
