import type { Command } from '../engine/protocol/index.js';

/**
 * How to find the instances a command acts on: an SQL query yielding instance keys (with its
 * parameters numbered from $1), so that finding, locking and loading them is one round trip; and,
 * for commands that name something that must exist, what to call it when it does not.
 */
export interface InstanceLookup {
  sql: string;
  params: unknown[];
  /** Set when finding nothing means the command names something that does not exist. */
  missing?: string;
}

const keys = (instanceKeys: number[]): InstanceLookup => ({ sql: 'SELECT unnest($1::bigint[])', params: [instanceKeys] });
const through = (table: string, key: number, missing?: string): InstanceLookup => ({
  sql: `SELECT instance_key FROM ${table} WHERE key = $1`,
  params: [key],
  missing,
});

/** The instances a command acts on, found through the projections; none for a new instance. */
export function commandTargets(command: Command): InstanceLookup | undefined {
  switch (command.type) {
    case 'CreateInstance':
      return undefined;
    case 'CancelInstance':
      if (command.instanceKey !== undefined) return keys([command.instanceKey]);
      return { sql: 'SELECT key FROM process_instance WHERE parent_element_instance_key = $1', params: [command.calledByElementInstanceKey] };
    case 'SuspendInstance':
    case 'ResumeInstance':
    case 'SetVariables':
    case 'CompleteCallActivity':
    case 'PropagateError':
    case 'MoveToken':
      return keys([command.instanceKey]);
    case 'CompleteJob':
    case 'FailJob':
    case 'ThrowJobError':
      return through('job', command.jobKey, `Job ${command.jobKey}`);
    case 'ClaimUserTask':
    case 'UnclaimUserTask':
    case 'DelegateUserTask':
    case 'CompleteUserTask':
    case 'EscalateUserTask':
      return through('user_task', command.userTaskKey, `User task ${command.userTaskKey}`);
    case 'TriggerTimer':
      return through('subscription', command.timerKey);
    case 'PublishMessage':
      return {
        sql: `SELECT instance_key FROM subscription WHERE type = 'message' AND name = $1 AND correlation_key IS NOT DISTINCT FROM $2 AND instance_key IS NOT NULL`,
        params: [command.name, command.correlationKey ?? null],
      };
    case 'BroadcastSignal':
      return { sql: `SELECT instance_key FROM subscription WHERE type = 'signal' AND name = $1 AND instance_key IS NOT NULL`, params: [command.name] };
    case 'ResolveIncident':
      return through('incident', command.incidentKey, `Incident ${command.incidentKey}`);
  }
}
