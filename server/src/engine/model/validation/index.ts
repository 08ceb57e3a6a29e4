import { ModelIndex } from './model-index.js';
import type { ValidateOptions } from './options.js';
import { parseWarningProblems } from './parse-warnings.js';
import type { Problem } from './problem.js';
import { rules } from './registry.js';
import { scanXml } from './xml-scan.js';

export type { Problem } from './problem.js';
export type { ValidateOptions } from './options.js';

/** The result of reading a BPMN document: the bpmn-moddle tree and every problem found. */
export interface ReadResult {
  /** The `bpmn:Definitions` root as parsed by bpmn-moddle (absent when the XML cannot be read). */
  definitions?: any; // eslint-disable-line @typescript-eslint/no-explicit-any
  problems: Problem[];
}

/**
 * Parses BPMN 2.0 XML with bpmn-moddle and checks it against the rules of the standard
 * (schema, references, FEEL, structural constraints). Returns all problems; none means valid.
 */
export async function readAndValidate(xml: string, options: ValidateOptions = {}): Promise<ReadResult> {
  const { BpmnModdle } = await import('bpmn-moddle');
  const moddle = new BpmnModdle(options.moddleExtensions);
  let parsed;
  try {
    parsed = await moddle.fromXML(xml, 'bpmn:Definitions');
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const line = /line: (\d+)/.exec(message);
    const problem: Problem = { rule: 'malformed-xml', message: `The document is not readable BPMN XML: ${message.split('\n')[0]}` };
    if (line) problem.line = Number(line[1]);
    return { problems: [problem] };
  }
  const scan = scanXml(xml);
  const problems = parseWarningProblems(parsed.warnings, scan);
  if (!parsed.rootElement) {
    problems.push({ rule: 'malformed-xml', message: 'The document has no bpmn:definitions root element.' });
    return { problems };
  }
  const model = new ModelIndex(parsed.rootElement, scan, options);
  for (const rule of rules) problems.push(...rule(model));
  return { definitions: parsed.rootElement, problems };
}
