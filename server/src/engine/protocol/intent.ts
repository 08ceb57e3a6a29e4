/**
 * Every kind of event record the engine writes. Appliers are keyed by these intents; a record's
 * intent together with its `version` says how its value is shaped.
 */
export const INTENTS = [
  'PROCESS_DEPLOYED',
  'ELEMENT_ACTIVATING',
  'ELEMENT_ACTIVATED',
  'ELEMENT_COMPLETING',
  'ELEMENT_COMPLETED',
  'ELEMENT_TERMINATING',
  'ELEMENT_TERMINATED',
  'SEQUENCE_FLOW_TAKEN',
  'TOKENS_ABSORBED',
  'LOOP_INITIALIZED',
  'EVENT_TRIGGER_RECORDED',
  'VARIABLE_CREATED',
  'VARIABLE_UPDATED',
  'SUBSCRIPTION_OPENED',
  'SUBSCRIPTION_TRIGGERED',
  'SUBSCRIPTION_REARMED',
  'SUBSCRIPTION_CLOSED',
  'JOB_CREATED',
  'JOB_COMPLETED',
  'JOB_FAILED',
  'JOB_CANCELED',
  'USER_TASK_CREATED',
  'USER_TASK_CLAIMED',
  'USER_TASK_UNCLAIMED',
  'USER_TASK_DELEGATED',
  'USER_TASK_COMPLETED',
  'USER_TASK_CANCELED',
  'INCIDENT_CREATED',
  'INCIDENT_RESOLVED',
  'INSTANCE_SUSPENDED',
  'INSTANCE_RESUMED',
  'INSTANCE_FAILED',
  'COMPENSATION_REGISTERED',
  'COMPENSATION_STARTED',
  'SIGNAL_BROADCAST',
  'MESSAGE_PUBLISHED',
  'ERROR_THROWN',
  'ESCALATION_THROWN',
  'SCRIPT_EXECUTED',
] as const;

/** The intent of an event record. */
export type Intent = (typeof INTENTS)[number];

/** The intent of a record that says a command was refused; it changes no state. */
export const REJECTION_INTENT = 'COMMAND_REJECTED' as const;
