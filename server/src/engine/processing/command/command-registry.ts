import { completeCallActivityCommand, propagateErrorCommand } from './call-activity.commands.js';
import type { CommandRegistry } from './command-handler.js';
import { broadcastSignalCommand, publishMessageCommand, triggerTimerCommand } from './event.commands.js';
import { resolveIncidentCommand } from './incident.commands.js';
import { cancelInstanceCommand, createInstanceCommand, setVariablesCommand, suspendInstanceCommand } from './instance.commands.js';
import { completeJobCommand, failJobCommand, throwJobErrorCommand } from './job.commands.js';
import { escalateUserTaskCommand } from './escalate-user-task.command.js';
import { moveTokenCommand } from './move-token.command.js';
import { userTaskCommand } from './user-task.commands.js';

/** Every command type's handler. */
export const COMMAND_HANDLERS: CommandRegistry = {
  CreateInstance: createInstanceCommand,
  CancelInstance: cancelInstanceCommand,
  SuspendInstance: suspendInstanceCommand,
  ResumeInstance: suspendInstanceCommand,
  SetVariables: setVariablesCommand,
  CompleteJob: completeJobCommand,
  FailJob: failJobCommand,
  ThrowJobError: throwJobErrorCommand,
  ClaimUserTask: userTaskCommand,
  UnclaimUserTask: userTaskCommand,
  DelegateUserTask: userTaskCommand,
  CompleteUserTask: userTaskCommand,
  EscalateUserTask: escalateUserTaskCommand,
  MoveToken: moveTokenCommand,
  TriggerTimer: triggerTimerCommand,
  PublishMessage: publishMessageCommand,
  BroadcastSignal: broadcastSignalCommand,
  CompleteCallActivity: completeCallActivityCommand,
  PropagateError: propagateErrorCommand,
  ResolveIncident: resolveIncidentCommand,
};
