/** Options of {@link readAndValidate}. */
export interface ValidateOptions {
  /** Ids of processes deployed elsewhere, so call activities may name them. */
  knownProcessIds?: readonly string[];
  /** Check FEEL syntax of expressions (default true). */
  feel?: boolean;
  /**
   * Script format assumed for a script that declares none. BPMN requires `scriptFormat` whenever a
   * script is given, so without this option such scripts are rejected; a host that registers handlers
   * for format-less scripts (the conformance runner) names that format here.
   */
  defaultScriptFormat?: string;
  /** Extra moddle packages (by prefix) to read, such as Hito's `hito:` extension. */
  moddleExtensions?: Record<string, unknown>;
}
