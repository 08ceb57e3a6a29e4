import type { Problem } from '../problem.js';
import type { Rule } from '../rule.js';
import { BPMN_NS } from '../xml-scan.js';

/** Children the schema allows at most once (each group is one choice). */
const GROUPS: { label: string; members: string[] }[] = [
  { label: 'loop characteristics (standard or multi-instance)', members: ['standardLoopCharacteristics', 'multiInstanceLoopCharacteristics'] },
  { label: 'ioSpecification', members: ['ioSpecification'] },
  { label: 'timer definition (timeDate, timeDuration or timeCycle)', members: ['timeDate', 'timeDuration', 'timeCycle'] },
  ...['conditionExpression', 'loopCondition', 'loopCardinality', 'completionCondition', 'activationCondition', 'condition', 'script', 'inputDataItem', 'outputDataItem', 'loopDataInputRef', 'loopDataOutputRef', 'participantMultiplicity', 'transformation', 'text'].map((name) => ({ label: name, members: [name] })),
];

/** Elements the schema allows once appear at most once (bpmn-moddle silently keeps the last). */
export const singleChildRule: Rule = (model) => {
  const { elements } = model.scan;
  const counts = new Map<string, number>();
  const problems: Problem[] = [];
  elements.forEach((element) => {
    if (element.namespace !== BPMN_NS || element.parent < 0) return;
    const group = GROUPS.find((candidate) => candidate.members.includes(element.localName));
    if (!group) return;
    const key = `${element.parent}/${group.label}`;
    const count = (counts.get(key) ?? 0) + 1;
    counts.set(key, count);
    if (count !== 2) return;
    const parent = elements[element.parent];
    const id = parent.attributes.id;
    const problem: Problem = {
      rule: 'single-child',
      line: element.line,
      message: `<${parent.localName}>${id ? ` "${id}"` : ''} has more than one ${group.label}: at most one is allowed.`,
    };
    if (id) problem.elementId = id;
    problems.push(problem);
  });
  return problems;
};
