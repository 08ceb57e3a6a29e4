import type { Problem } from './problem.js';

export type { Problem } from './problem.js';

/** The result of reading a BPMN document: the bpmn-moddle tree and every problem found. */
export interface ReadResult {
  /** The `bpmn:Definitions` root as parsed by bpmn-moddle (absent when the XML cannot be read). */
  definitions?: any; // eslint-disable-line @typescript-eslint/no-explicit-any
  problems: Problem[];
}

/**
 * Parses BPMN 2.0 XML with bpmn-moddle and checks it against the rules of the standard
 * (schema, references, structural constraints). Returns all problems; none means valid.
 */
export async function readAndValidate(xml: string): Promise<ReadResult> {
  const { default: BpmnModdle } = await import('bpmn-moddle');
  const moddle = new BpmnModdle();
  try {
    const { rootElement, warnings } = await moddle.fromXML(xml, 'bpmn:Definitions');
    const problems: Problem[] = warnings.map((warning) => ({
      elementId: warning.element?.id,
      rule: 'schema',
      message: warning.message,
    }));
    return { definitions: rootElement, problems };
  } catch (error) {
    return { problems: [{ rule: 'malformed-xml', message: error instanceof Error ? error.message : String(error) }] };
  }
}
