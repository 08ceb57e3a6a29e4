/**
 * The BPMN files of the benchmark shapes. Only standard BPMN 2.0 elements, so that Hito and the
 * peer engine run the very same file. Automatic work is the abstract `bpmn:task` (no type): both
 * engines complete it at once without outside work.
 */

export type ShapeId = 'a-user-task' | 'b-ten-tasks' | 'c-parallel-10' | 'd-boundary-timer' | 'e-multi-instance-100';

export interface Shape {
  id: ShapeId;
  description: string;
  processId: string;
  xml: string;
}

interface Node {
  id: string;
  tag: string;
  attrs?: string;
  inner?: string;
}

/** A process with every flow listed on its nodes as incoming/outgoing, as strict validators want. */
function definitions(processId: string, nodes: Node[], flows: [string, string][]): string {
  const incoming = new Map<string, string[]>();
  const outgoing = new Map<string, string[]>();
  const flowLines = flows.map(([from, to], index) => {
    const id = `Flow_${index + 1}`;
    outgoing.set(from, [...(outgoing.get(from) ?? []), id]);
    incoming.set(to, [...(incoming.get(to) ?? []), id]);
    return `    <bpmn:sequenceFlow id="${id}" sourceRef="${from}" targetRef="${to}" />`;
  });
  const nodeLines = nodes.map((node) => {
    const refs = [
      ...(incoming.get(node.id) ?? []).map((id) => `<bpmn:incoming>${id}</bpmn:incoming>`),
      ...(outgoing.get(node.id) ?? []).map((id) => `<bpmn:outgoing>${id}</bpmn:outgoing>`),
    ].join('');
    return `    <bpmn:${node.tag} id="${node.id}"${node.attrs ? ` ${node.attrs}` : ''}>${node.inner ?? ''}${refs}</bpmn:${node.tag}>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" id="Defs_${processId}" targetNamespace="https://hito.dev/bench">
  <bpmn:process id="${processId}" isExecutable="true">
${[...nodeLines, ...flowLines].join('\n')}
  </bpmn:process>
</bpmn:definitions>
`;
}

function userTask(): Shape {
  const processId = 'bench_user_task';
  return {
    id: 'a-user-task',
    description: 'start -> user task (completed by the script) -> end',
    processId,
    xml: definitions(processId, [
      { id: 'Start', tag: 'startEvent' },
      { id: 'Review', tag: 'userTask', attrs: 'name="Review"' },
      { id: 'End', tag: 'endEvent' },
    ], [['Start', 'Review'], ['Review', 'End']]),
  };
}

function tenTasks(): Shape {
  const processId = 'bench_ten_tasks';
  const tasks = Array.from({ length: 10 }, (_, i) => `Task${i + 1}`);
  const chain = ['Start', ...tasks, 'End'];
  return {
    id: 'b-ten-tasks',
    description: 'start -> 10 sequential abstract tasks (bpmn:task) -> end',
    processId,
    xml: definitions(processId, [
      { id: 'Start', tag: 'startEvent' },
      ...tasks.map((id) => ({ id, tag: 'task' })),
      { id: 'End', tag: 'endEvent' },
    ], chain.slice(1).map((to, i) => [chain[i], to] as [string, string])),
  };
}

function parallel(): Shape {
  const processId = 'bench_parallel';
  const branches = Array.from({ length: 10 }, (_, i) => `Branch${i + 1}`);
  return {
    id: 'c-parallel-10',
    description: 'start -> parallel split into 10 branches (one bpmn:task each) -> join -> end',
    processId,
    xml: definitions(processId, [
      { id: 'Start', tag: 'startEvent' },
      { id: 'Split', tag: 'parallelGateway' },
      ...branches.map((id) => ({ id, tag: 'task' })),
      { id: 'Join', tag: 'parallelGateway' },
      { id: 'End', tag: 'endEvent' },
    ], [['Start', 'Split'], ...branches.flatMap((id) => [['Split', id], [id, 'Join']] as [string, string][]), ['Join', 'End']]),
  };
}

function boundaryTimer(): Shape {
  const processId = 'bench_boundary_timer';
  return {
    id: 'd-boundary-timer',
    description: 'start -> user task with a non-interrupting boundary timer (P1D, never fires) -> end',
    processId,
    xml: definitions(processId, [
      { id: 'Start', tag: 'startEvent' },
      { id: 'Review', tag: 'userTask', attrs: 'name="Review"' },
      {
        id: 'Reminder',
        tag: 'boundaryEvent',
        attrs: 'attachedToRef="Review" cancelActivity="false"',
        inner: '<bpmn:timerEventDefinition id="ReminderTimer"><bpmn:timeDuration xsi:type="bpmn:tFormalExpression">P1D</bpmn:timeDuration></bpmn:timerEventDefinition>',
      },
      { id: 'End', tag: 'endEvent' },
      { id: 'Reminded', tag: 'endEvent' },
    ], [['Start', 'Review'], ['Review', 'End'], ['Reminder', 'Reminded']]),
  };
}

function multiInstance(): Shape {
  const processId = 'bench_multi_instance';
  return {
    id: 'e-multi-instance-100',
    description: 'start -> parallel multi-instance bpmn:task, loopCardinality 100 -> end',
    processId,
    xml: definitions(processId, [
      { id: 'Start', tag: 'startEvent' },
      {
        id: 'Each',
        tag: 'task',
        inner: '<bpmn:multiInstanceLoopCharacteristics isSequential="false"><bpmn:loopCardinality xsi:type="bpmn:tFormalExpression">100</bpmn:loopCardinality></bpmn:multiInstanceLoopCharacteristics>',
      },
      { id: 'End', tag: 'endEvent' },
    ], [['Start', 'Each'], ['Each', 'End']]),
  };
}

/** Every shape, in report order. */
export const SHAPES: Shape[] = [userTask(), tenTasks(), parallel(), boundaryTimer(), multiInstance()];

/** Whether the shape stops at a user task that the script completes. */
export const hasUserTask = (shape: Shape) => shape.id === 'a-user-task' || shape.id === 'd-boundary-timer';
