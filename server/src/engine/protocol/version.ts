/** Version written into every event record; bump when a record value changes shape. */
export const RECORD_VERSION = 1;

/** Version of the lifecycle machines the engine checks commands against (stored with snapshots). */
export const LIFECYCLE_VERSION = 1;

/** Version of the compiled executable model format. */
export const MODEL_VERSION = 1;
