import type { EntityManager } from 'typeorm';
import type { Command } from '../engine/protocol/index.js';
import { targets } from '../persistence/runtime.repository.js';
import { NotFoundError } from './errors.js';

async function one(found: Promise<number[]>, what: string): Promise<number[]> {
  const keys = await found;
  if (keys.length === 0) throw new NotFoundError(`${what} no existe. / ${what} was not found.`);
  return keys;
}

/**
 * The instances a command acts on, found through the projections, so that the runtime can lock
 * and load exactly those. A command for something that does not exist is a NotFoundError.
 */
export async function commandTargets(db: EntityManager, command: Command): Promise<number[]> {
  switch (command.type) {
    case 'CreateInstance':
      return [];
    case 'CancelInstance':
      if (command.instanceKey !== undefined) return [command.instanceKey];
      return targets.calledBy(db, command.calledByElementInstanceKey!);
    case 'SuspendInstance':
    case 'ResumeInstance':
    case 'SetVariables':
    case 'CompleteCallActivity':
    case 'PropagateError':
    case 'MoveToken':
      return [command.instanceKey];
    case 'CompleteJob':
    case 'FailJob':
    case 'ThrowJobError':
      return one(targets.ofJob(db, command.jobKey), `Job ${command.jobKey}`);
    case 'ClaimUserTask':
    case 'UnclaimUserTask':
    case 'DelegateUserTask':
    case 'CompleteUserTask':
    case 'EscalateUserTask':
      return one(targets.ofUserTask(db, command.userTaskKey), `User task ${command.userTaskKey}`);
    case 'TriggerTimer':
      return targets.ofSubscription(db, command.timerKey);
    case 'PublishMessage':
      return targets.subscribedTo(db, 'message', command.name, command.correlationKey);
    case 'BroadcastSignal':
      return targets.subscribedTo(db, 'signal', command.name);
    case 'ResolveIncident':
      return one(targets.ofIncident(db, command.incidentKey), `Incident ${command.incidentKey}`);
  }
}
