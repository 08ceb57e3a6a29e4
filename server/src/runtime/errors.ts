/** The engine refused the command (its lifecycle does not allow it); nothing was changed. */
export class CommandRejectedError extends Error {
  constructor(readonly reason: string) {
    super(reason);
  }
}

/** The command names something that does not exist (or is already gone). */
export class NotFoundError extends Error {}

/** The deployment is invalid; nothing was deployed. */
export class InvalidDeploymentError extends Error {
  constructor(readonly problems: { resource: string; elementId?: string; rule: string; message: string; line?: number }[]) {
    super(`The deployment is invalid: ${problems.length} problem(s)`);
  }
}

/** A batch needed more keys than its range: retried with a whole block. */
export class KeyRangeExceededError extends Error {}
