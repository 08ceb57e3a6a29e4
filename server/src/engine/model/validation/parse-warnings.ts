import type { ParseWarning } from 'bpmn-moddle';
import type { Problem } from './problem.js';
import type { XmlScan } from './xml-scan.js';

/**
 * Turns bpmn-moddle's import warnings into problems. Warnings about diagram interchange
 * (bpmndi) and the parser's encoding fallback are dropped: they do not affect execution.
 */
export function parseWarningProblems(warnings: ParseWarning[], scan: XmlScan): Problem[] {
  const problems: Problem[] = [];
  for (const warning of warnings) {
    const firstLine = warning.message.split('\n')[0];
    if (/unsupported document encoding/.test(firstLine)) continue;
    const type = warning.element?.$type ?? '';
    if (/^(bpmndi|dc|di):/.test(type)) continue;
    // structureRef of signals, errors and escalations names a payload type, often an XML schema type
    // outside the document; execution does not use it, so leaving it unresolved is harmless.
    if (/^unresolved reference/.test(firstLine) && warning.property === 'bpmn:structureRef') continue;
    const elementId = warning.element?.id;
    const lineMatch = /line: (\d+)/.exec(warning.message);
    const line = lineMatch ? Number(lineMatch[1]) : elementId ? scan.lineOfId.get(elementId) : undefined;
    const unresolved = /^unresolved reference <(.*)>/.exec(firstLine);
    const problem: Problem = unresolved
      ? {
          rule: 'unresolved-reference',
          message: `${describe(type, elementId)} refers through "${localName(warning.property)}" to "${unresolved[1]}", which does not exist in this document.`,
        }
      : { rule: 'schema', message: `${describe(type, elementId)}: ${schemaMessage(firstLine, warning)}` };
    if (elementId) problem.elementId = elementId;
    if (line !== undefined) problem.line = line;
    problems.push(problem);
  }
  return problems;
}

function describe(type: string, id: string | undefined): string {
  if (!type) return 'The document';
  const kind = type.replace(/^\w+:/, '');
  return id ? `${kind} "${id}"` : `A ${kind} without id`;
}

function localName(property: string | undefined): string {
  return (property ?? 'a reference').replace(/^\w+:/, '');
}

function schemaMessage(firstLine: string, warning: ParseWarning): string {
  const cause = warning.error?.message?.split('\n')[0];
  if (/^unparsable content/.test(firstLine) && cause && cause !== firstLine) return `${firstLine} (${cause})`;
  return firstLine;
}
