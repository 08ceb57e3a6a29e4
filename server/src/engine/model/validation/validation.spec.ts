// eslint-disable-next-line no-restricted-imports -- specs read the shared conformance files from disk
import { readFileSync } from 'node:fs';
// eslint-disable-next-line no-restricted-imports -- specs resolve fixture paths
import { dirname, resolve } from 'node:path';
import { readAndValidate } from './index.js';

interface ManifestCase {
  expected_trace: string[];
}
interface ManifestEntry {
  test: string;
  process_file: string;
  cases: ManifestCase[];
}
interface Manifest {
  tests: ManifestEntry[];
  bpmn_constraint_tests: ManifestEntry[];
}

const manifestPath = resolve(process.cwd(), '../shared/conformance/betsy/betsy-tests.json');
const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Manifest;
const read = (entry: ManifestEntry) => readFileSync(resolve(dirname(manifestPath), entry.process_file), 'utf8');

/** Cases that accept a deployment rejection: ERROR_deployment, or the generic ERROR (deployment or runtime). */
const mayBeRejected = (entry: ManifestEntry) => entry.cases.every((c) => ['["ERROR_deployment"]', '["ERROR"]'].includes(JSON.stringify(c.expected_trace)));

describe('betsy constraint files', () => {
  it.each(manifest.bpmn_constraint_tests.map((entry) => [entry.test, entry] as const))('rejects %s', async (_name, entry) => {
    const { problems } = await readAndValidate(read(entry));
    expect(problems.length).toBeGreaterThan(0);
  });
});

describe('betsy execution files', () => {
  const deployable = manifest.tests.filter((entry) => !mayBeRejected(entry));
  it.each(deployable.map((entry) => [entry.test, entry] as const))('accepts %s', async (_name, entry) => {
    // betsy's conditions are its own dialect (rewritten to FEEL by the conformance runner) and its
    // scripts are placeholders without scriptFormat, handled by the runner's registered handlers.
    const { problems } = await readAndValidate(read(entry), { feel: false, defaultScriptFormat: 'betsy' });
    expect(problems).toEqual([]);
  });
});

const NS = 'xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"';
const definitions = (body: string) => `<?xml version="1.0" encoding="UTF-8"?>\n<definitions ${NS} id="Defs" targetNamespace="urn:test">\n${body}\n</definitions>`;
const process_ = (body: string, id = 'Process_1') => definitions(`<process id="${id}" isExecutable="true">\n${body}\n</process>`);

/** start -> Task_1 -> end, with room for extra content. */
const straight = (extra = '', task = '<task id="Task_1"><incoming>F1</incoming><outgoing>F2</outgoing></task>') =>
  process_(`<startEvent id="Start_1"><outgoing>F1</outgoing></startEvent>
${task}
<endEvent id="End_1"><incoming>F2</incoming></endEvent>
<sequenceFlow id="F1" sourceRef="Start_1" targetRef="Task_1"/>
<sequenceFlow id="F2" sourceRef="Task_1" targetRef="End_1"/>
${extra}`);

async function rulesOf(xml: string, options = {}) {
  const { problems } = await readAndValidate(xml, options);
  return problems.map((problem) => `${problem.rule}@${problem.elementId ?? '-'}`);
}

describe('readAndValidate rules', () => {
  it('accepts a minimal valid process', async () => {
    expect(await rulesOf(straight())).toEqual([]);
  });

  it('given malformed XML, reports malformed-xml', async () => {
    const { problems, definitions: tree } = await readAndValidate('<definitions><process></definitions>');
    expect(tree).toBeUndefined();
    expect(problems[0].rule).toBe('malformed-xml');
  });

  it('given a duplicated id, reports duplicate-id with its line', async () => {
    const { problems } = await readAndValidate(straight('<task id="Task_1"/>'));
    expect(problems).toContainEqual(expect.objectContaining({ rule: 'duplicate-id', elementId: 'Task_1', line: 9 }));
  });

  it('given a flow crossing into a subprocess, reports sequence-flow-container naming both levels', async () => {
    const xml = process_(`<startEvent id="Start_1"><outgoing>F1</outgoing></startEvent>
<subProcess id="SubProcess_1"><incoming>F1</incoming><outgoing>F2</outgoing>
  <startEvent id="S2"><outgoing>F3</outgoing></startEvent>
  <task id="Task_1"><incoming>F3</incoming><outgoing>Flow_3</outgoing></task>
  <sequenceFlow id="F3" sourceRef="S2" targetRef="Task_1"/>
</subProcess>
<endEvent id="End_1"><incoming>F2</incoming></endEvent>
<endEvent id="End_2"><incoming>Flow_3</incoming></endEvent>
<sequenceFlow id="F1" sourceRef="Start_1" targetRef="SubProcess_1"/>
<sequenceFlow id="F2" sourceRef="SubProcess_1" targetRef="End_1"/>
<sequenceFlow id="Flow_3" sourceRef="Task_1" targetRef="End_2"/>`);
    const { problems } = await readAndValidate(xml);
    const problem = problems.find((candidate) => candidate.rule === 'sequence-flow-container');
    expect(problem).toMatchObject({ elementId: 'Flow_3' });
    expect(problem?.message).toBe('Sequence flow "Flow_3" connects "Task_1" in "SubProcess_1" to "End_2" in "Process_1": both ends must be in the same process or subprocess as the flow ("Process_1").');
  });

  it('given a process without start event, reports process-start-event', async () => {
    expect(await rulesOf(process_('<task id="Task_1"/>'))).toContain('process-start-event@Process_1');
  });

  it('given an unknown message, reports unresolved-reference', async () => {
    const task = '<receiveTask id="Task_1" messageRef="Missing"><incoming>F1</incoming><outgoing>F2</outgoing></receiveTask>';
    expect(await rulesOf(straight('', task))).toContain('unresolved-reference@Task_1');
  });

  it('given a call to an unknown process, reports called-element unless the process is known', async () => {
    const task = '<callActivity id="Call_1" calledElement="Other"><incoming>F1</incoming><outgoing>F2</outgoing></callActivity>';
    const xml = straight('', task).replaceAll('"Task_1"', '"Call_1"');
    expect(await rulesOf(xml)).toContain('called-element@Call_1');
    expect(await rulesOf(xml, { knownProcessIds: ['Other'] })).toEqual([]);
  });

  it('given invalid FEEL in a condition, reports feel-syntax; with feel off it does not', async () => {
    const xml = process_(`<startEvent id="Start_1"><outgoing>F1</outgoing></startEvent>
<exclusiveGateway id="Gw_1" default="F3"><incoming>F1</incoming><outgoing>F2</outgoing><outgoing>F3</outgoing></exclusiveGateway>
<endEvent id="End_1"><incoming>F2</incoming><incoming>F3</incoming></endEvent>
<sequenceFlow id="F1" sourceRef="Start_1" targetRef="Gw_1"/>
<sequenceFlow id="F2" sourceRef="Gw_1" targetRef="End_1"><conditionExpression xsi:type="tFormalExpression">amount &gt;</conditionExpression></sequenceFlow>
<sequenceFlow id="F3" sourceRef="Gw_1" targetRef="End_1"/>`);
    expect(await rulesOf(xml)).toEqual(['feel-syntax@F2']);
    expect(await rulesOf(xml, { feel: false })).toEqual([]);
  });

  it('given a default flow that leaves another node, reports default-flow', async () => {
    const task = '<task id="Task_1" default="F1"><incoming>F1</incoming><outgoing>F2</outgoing></task>';
    expect(await rulesOf(straight('', task))).toContain('default-flow@Task_1');
  });

  it('given an unpaired link throw, reports link-event-target', async () => {
    const task = '<intermediateThrowEvent id="Task_1"><incoming>F1</incoming><linkEventDefinition name="A"/></intermediateThrowEvent>';
    expect(await rulesOf(straight('', task))).toContain('link-event-target@Task_1');
  });

  it('given an end event with an outgoing flow, reports end-event-outgoing', async () => {
    const xml = process_(`<startEvent id="Start_1"><outgoing>F1</outgoing></startEvent>
<endEvent id="End_1"><incoming>F1</incoming><outgoing>F2</outgoing></endEvent>
<endEvent id="End_2"><incoming>F2</incoming></endEvent>
<sequenceFlow id="F1" sourceRef="Start_1" targetRef="End_1"/>
<sequenceFlow id="F2" sourceRef="End_1" targetRef="End_2"/>`);
    expect(await rulesOf(xml)).toContain('end-event-outgoing@End_1');
  });

  it('given a timer with an invalid duration, reports timer-value', async () => {
    const task = '<intermediateCatchEvent id="Task_1"><incoming>F1</incoming><outgoing>F2</outgoing><timerEventDefinition><timeDuration xsi:type="tFormalExpression">soon</timeDuration></timerEventDefinition></intermediateCatchEvent>';
    expect(await rulesOf(straight('', task))).toEqual(['timer-value@Task_1']);
  });

  it('given a message flow inside one pool, reports message-flow-pools', async () => {
    const xml = definitions(`<collaboration id="C1"><participant id="P1" processRef="Process_1"/>
<messageFlow id="M1" sourceRef="Task_1" targetRef="Task_2"/></collaboration>
<process id="Process_1" isExecutable="true"><startEvent id="S"><outgoing>F1</outgoing></startEvent>
<task id="Task_1"><incoming>F1</incoming><outgoing>F2</outgoing></task><task id="Task_2"><incoming>F2</incoming><outgoing>F3</outgoing></task>
<endEvent id="E"><incoming>F3</incoming></endEvent>
<sequenceFlow id="F1" sourceRef="S" targetRef="Task_1"/><sequenceFlow id="F2" sourceRef="Task_1" targetRef="Task_2"/><sequenceFlow id="F3" sourceRef="Task_2" targetRef="E"/></process>`);
    expect(await rulesOf(xml)).toEqual(['message-flow-pools@M1']);
  });

  it('given a script without scriptFormat, reports script-format unless the host names a default', async () => {
    const task = '<scriptTask id="Task_1"><incoming>F1</incoming><outgoing>F2</outgoing><script>1 + 1</script></scriptTask>';
    expect(await rulesOf(straight('', task))).toEqual(['script-format@Task_1']);
    expect(await rulesOf(straight('', task), { defaultScriptFormat: 'feel' })).toEqual([]);
  });
  it('given a message start event bound by hito:subscription, needs no operationRef; without it reports operation-ref-required', async () => {
    const hito = JSON.parse(readFileSync(resolve(process.cwd(), 'processes/schema/hito.json'), 'utf8'));
    const withMessage = (extension: string) =>
      definitions(`<message id="Msg_1" name="informe">${extension}</message>
<process id="Process_1" isExecutable="true" xmlns:hito="https://hito.dev/schema/bpmn/1.0">
<startEvent id="Start_1"><outgoing>F1</outgoing><messageEventDefinition id="Def_1" messageRef="Msg_1"/></startEvent>
<endEvent id="End_1"><incoming>F1</incoming></endEvent>
<sequenceFlow id="F1" sourceRef="Start_1" targetRef="End_1"/>
</process>`).replace('id="Defs"', 'xmlns:hito="https://hito.dev/schema/bpmn/1.0" id="Defs"');
    const bound = '<extensionElements><hito:subscription correlationKey="= sector"/></extensionElements>';
    expect(await rulesOf(withMessage(bound), { moddleExtensions: { hito } })).toEqual([]);
    expect(await rulesOf(withMessage(''), { moddleExtensions: { hito } })).toEqual(['operation-ref-required@Start_1']);
  });
});
