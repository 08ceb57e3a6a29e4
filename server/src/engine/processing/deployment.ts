import type { CompiledProcess } from '../model/compile.js';
import type { DeployedProcess } from '../model/executable-model.js';
import type { Batch } from './batch.js';
import { closeSubscriptions, evaluateTimerText } from './behaviour/subscription.behaviour.js';
import { scheduleTimer } from '../time/timer-schedule.js';

/**
 * Registers compiled processes as new versions (PROCESS_DEPLOYED), replaces the timer start
 * events of the previous versions with those of the new ones.
 */
export function deployProcesses(batch: Batch, processes: CompiledProcess[], register: (deployed: DeployedProcess) => void): DeployedProcess[] {
  const deploymentKey = batch.newKey();
  const deployed: DeployedProcess[] = [];
  for (const compiled of processes) {
    const id = compiled.model.id;
    const previousKey = batch.state.latestProcess.get(id);
    const version = previousKey !== undefined ? batch.state.processes.get(previousKey)!.version + 1 : 1;
    const processKey = batch.newKey();
    const entry: DeployedProcess = { processKey, bpmnProcessId: id, version, model: compiled.model };
    register(entry);
    batch.emit('PROCESS_DEPLOYED', processKey, { processKey, bpmnProcessId: id, version, resourceName: compiled.resourceName, resource: compiled.resource, deploymentKey });
    if (previousKey !== undefined) closeSubscriptions(batch, previousKey);
    openTimerStarts(batch, entry);
    deployed.push(entry);
  }
  return deployed;
}

function openTimerStarts(batch: Batch, deployed: DeployedProcess): void {
  const model = deployed.model;
  for (const startId of model.triggeredStarts) {
    const start = model.elements[startId];
    if (start.scopeId !== model.id) continue;
    start.eventDefinitions.forEach((definition, index) => {
      if (definition.type !== 'timer') return;
      const text = String(evaluateTimerText(definition.timer.expression.source, () => ({}), batch.feel));
      const schedule = scheduleTimer(definition.timer.kind, text, batch.now, batch.core.timeZone);
      batch.emit('SUBSCRIPTION_OPENED', batch.newKey(), {
        type: 'timer',
        processKey: deployed.processKey,
        catchElementId: startId,
        definitionIndex: index,
        interrupting: true,
        dueDate: schedule.dueDate,
        cycle: schedule.cycle,
      }, { elementId: startId });
    });
  }
}
