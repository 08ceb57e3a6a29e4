/** One reason a BPMN document cannot be deployed. */
export interface Problem {
  /** Id of the offending element, when the problem belongs to one. */
  elementId?: string;
  /** Short rule name, stable for tests and clients (e.g. `duplicate-id`, `unsupported-element`). */
  rule: string;
  /** A sentence for people, naming the element and what is wrong. */
  message: string;
  /** 1-based line in the XML, when known. */
  line?: number;
}
