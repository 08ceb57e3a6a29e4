/** The deterministic BPMN engine core: commands in, event records out, no I/O. */
export {};
