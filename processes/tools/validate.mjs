// Checks the shipped processes: bpmn-moddle with the hito extension parses them without warnings,
// ids are unique, references resolve, every process has a start event, every FEEL expression
// parses, every element and flow has a diagram shape, every referenced form exists and is sane, and
// literal institution ids (assignments, notify recipients) and notify role ids exist in the demo
// directory.
// Usage: node processes/tools/validate.mjs processes/a.bpmn [...]   (exit code 1 on any problem)
import { readFile, access } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BpmnModdle } from 'bpmn-moddle';
import { parseExpression } from 'feelin';
import { parse as parseYaml } from 'yaml';

const here = dirname(fileURLToPath(import.meta.url));
const schema = JSON.parse(await readFile(join(here, '..', 'schema', 'hito.json'), 'utf8'));
const FORM_TYPES = new Set(['textfield', 'textarea', 'number', 'select', 'checkbox', 'datetime', 'dynamiclist', 'text']);
const CONDITION_PROPS = new Set(['conditionExpression', 'completionCondition', 'loopCardinality', 'condition']);
// Literal institution and role ids must exist in the demo directory: an unknown candidate is an
// incident, and a notify recipient nobody holds (e.g. the platform role `participant`) reaches nobody.
const directory = parseYaml(await readFile(join(here, '..', 'directory', 'demo.yaml'), 'utf8'));
const KNOWN = {
  institutions: new Set(directory.institutions.map((i) => i.id)),
  roles: new Set(directory.roles.map((r) => r.id)),
};
const LITERAL_IDS = { candidateInstitutions: 'institutions', 'to-institutions': 'institutions', 'to-roles': 'roles' };

/** First syntax error offset of a FEEL expression, or undefined when it parses. */
function feelError(text) {
  const tree = parseExpression(text);
  let at;
  tree.iterate({ enter(node) { if (at === undefined && node.type.isError) at = node.from; return at === undefined; } });
  return at;
}

function walk(node, visit, parent) {
  if (!node || typeof node !== 'object' || !node.$type) return;
  visit(node, parent);
  for (const key of Object.keys(node)) {
    if (key.startsWith('$') || key === 'di' || key === 'sourceRef' || key === 'targetRef' || key === 'attachedToRef' || key === 'default' || key === 'processRef' || key === 'flowNodeRef' || key === 'incoming' || key === 'outgoing' || key === 'bpmnElement' || key === 'messageRef' || key === 'escalationRef' || key === 'errorRef' || key === 'signalRef' || key === 'categoryValueRef') continue;
    const value = node[key];
    if (Array.isArray(value)) value.forEach((v) => walk(v, visit, node));
    else walk(value, visit, node);
  }
}

let failed = false;
for (const file of process.argv.slice(2)) {
  const problems = [];
  const xml = await readFile(file, 'utf8');
  const moddle = new BpmnModdle({ hito: schema });
  const { rootElement: defs, warnings, elementsById } = await moddle.fromXML(xml, 'bpmn:Definitions');
  for (const w of warnings) problems.push(`moddle: ${w.message}`);
  const counts = {};
  const ids = new Map();
  const nodes = [];
  const flows = [];
  const shapes = new Set();
  const formIds = new Set();
  walk(defs, (el, parent) => {
    if (el.id) {
      if (ids.has(el.id)) problems.push(`duplicate id ${el.id}`);
      ids.set(el.id, el);
    }
    const type = el.$type;
    if (type.startsWith('bpmn:') && (el.$instanceOf('bpmn:FlowNode'))) {
      nodes.push(el);
      const key = type.replace('bpmn:', '');
      counts[key] = (counts[key] ?? 0) + 1;
    }
    if (type === 'bpmn:SequenceFlow') flows.push(el);
    if (type === 'bpmndi:BPMNShape' || type === 'bpmndi:BPMNEdge') shapes.add(el.bpmnElement?.id);
    if (type === 'bpmn:FormalExpression' && parent) {
      const text = (el.body ?? '').trim();
      const role = Object.keys(parent).find((k) => parent[k] === el) ?? '';
      let feel;
      if (CONDITION_PROPS.has(role)) feel = text.replace(/^=/, '');
      else if (text.startsWith('=')) feel = text.slice(1);
      if (feel !== undefined) {
        const at = feelError(feel);
        if (at !== undefined) problems.push(`FEEL syntax error in ${role} of ${parent.$parent?.id ?? parent.id}: "${feel}" at ${at}`);
      }
    }
    if (type === 'bpmn:ScriptTask') {
      if (el.scriptFormat !== 'feel') problems.push(`${el.id}: scriptFormat must be feel`);
      const at = feelError(el.script ?? '');
      if (at !== undefined) problems.push(`${el.id}: script is not valid FEEL at ${at}: ${el.script}`);
      const result = el.extensionElements?.values?.find((v) => v.$type === 'hito:ScriptResult');
      if (!result?.resultVariable) problems.push(`${el.id}: script task without hito:scriptResult resultVariable`);
    }
    const idChecks = type === 'hito:Assignment'
      ? [['candidateInstitutions', el.candidateInstitutions]] // roles: see "Ids del directorio" in the README
      : type === 'hito:Header' ? [[el.key, el.value]] : [];
    for (const [attr, value] of idChecks) {
      if (!LITERAL_IDS[attr] || typeof value !== 'string' || value.trim().startsWith('=')) continue;
      for (const id of value.split(',').map((v) => v.trim()).filter(Boolean)) {
        let owner = el;
        while (owner && !owner.id) owner = owner.$parent;
        if (!KNOWN[LITERAL_IDS[attr]].has(id)) problems.push(`${owner?.id ?? type}: ${attr} "${id}" is not in processes/directory/demo.yaml`);
      }
    }
    if (type.startsWith('hito:')) {
      for (const [key, value] of Object.entries(el)) {
        if (key.startsWith('$') || typeof value !== 'string' || !value.startsWith('=')) continue;
        const at = feelError(value.slice(1));
        if (at !== undefined) problems.push(`FEEL syntax error in ${type}.${key}: "${value}" at ${at}`);
      }
      if (type === 'hito:Form') formIds.add(el.formId);
    }
    if (type === 'bpmn:UserTask') {
      const values = el.extensionElements?.values ?? [];
      if (!values.some((v) => v.$type === 'hito:Assignment')) problems.push(`${el.id}: user task without hito:assignment`);
    }
    if (type === 'bpmn:ServiceTask' || type === 'bpmn:SendTask') {
      const values = el.extensionElements?.values ?? [];
      if (!values.some((v) => v.$type === 'hito:TaskDefinition')) problems.push(`${el.id}: ${type} without hito:taskDefinition`);
    }
    if (type === 'bpmn:CallActivity' && !el.calledElement) problems.push(`${el.id}: call activity without calledElement`);
    if (type === 'bpmn:ExclusiveGateway' || type === 'bpmn:InclusiveGateway') {
      const out = el.outgoing ?? [];
      if (out.length > 1) {
        for (const f of out) if (!f.conditionExpression && el.default !== f) problems.push(`${el.id}: outgoing ${f.id} has neither condition nor default`);
      }
    }
  });
  for (const f of flows) {
    if (!f.sourceRef || !ids.has(f.sourceRef.id)) problems.push(`${f.id}: sourceRef does not resolve`);
    if (!f.targetRef || !ids.has(f.targetRef.id)) problems.push(`${f.id}: targetRef does not resolve`);
    if (f.sourceRef?.$parent !== f.targetRef?.$parent) problems.push(`${f.id}: crosses a sub-process boundary`);
  }
  for (const p of defs.rootElements.filter((r) => r.$type === 'bpmn:Process')) {
    if (!(p.flowElements ?? []).some((e) => e.$type === 'bpmn:StartEvent')) problems.push(`process ${p.id} has no start event`);
    const laned = new Set((p.laneSets ?? []).flatMap((s) => s.lanes.flatMap((l) => (l.flowNodeRef ?? []).map((n) => n.id))));
    for (const e of p.flowElements ?? []) if (e.$instanceOf('bpmn:FlowNode') && laned.size && !laned.has(e.id)) problems.push(`${e.id} is in no lane`);
    const check = (container) => {
      for (const e of container.flowElements ?? []) {
        if (e.$instanceOf('bpmn:FlowNode') && !e.$instanceOf('bpmn:StartEvent') && !e.$instanceOf('bpmn:BoundaryEvent') && !(e.incoming ?? []).length && !(e.$type === 'bpmn:SubProcess' && e.triggeredByEvent)) problems.push(`${e.id} has no incoming flow`);
        if (e.$instanceOf('bpmn:FlowNode') && !e.$instanceOf('bpmn:EndEvent') && !(e.outgoing ?? []).length && !(e.$type === 'bpmn:SubProcess' && e.triggeredByEvent)) problems.push(`${e.id} has no outgoing flow`);
        if (e.$type === 'bpmn:SubProcess') {
          if (!(e.flowElements ?? []).some((c) => c.$type === 'bpmn:StartEvent')) problems.push(`${e.id} has no start event`);
          check(e);
        }
      }
    };
    check(p);
  }
  for (const [id, el] of ids) {
    if ((el.$instanceOf?.('bpmn:FlowNode') || el.$type === 'bpmn:SequenceFlow' || el.$type === 'bpmn:Lane' || el.$type === 'bpmn:Participant') && !shapes.has(id)) problems.push(`${id} has no diagram shape`);
  }
  for (const formId of formIds) {
    const path = join(dirname(file), 'forms', `${formId}.form`);
    try {
      await access(path);
      const form = JSON.parse(await readFile(path, 'utf8'));
      if (form.id !== formId) problems.push(`${path}: id ${form.id} != ${formId}`);
      if (!(form.schemaVersion >= 16)) problems.push(`${path}: schemaVersion < 16`);
      const check = (components) => {
        for (const c of components) {
          if (!FORM_TYPES.has(c.type)) problems.push(`${path}: component type ${c.type}`);
          if (c.type !== 'text' && c.type !== 'dynamiclist' && !c.key) problems.push(`${path}: component without key`);
          if (c.type !== 'text' && !(c.label || c.dateLabel)) problems.push(`${path}: ${c.key} without label`);
          if (c.components) check(c.components);
        }
      };
      check(form.components);
    } catch (e) {
      problems.push(`form ${formId}: ${e.message}`);
    }
  }
  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  const summary = Object.entries(counts).sort().map(([k, v]) => `${k} ${v}`).join(', ');
  console.log(`${basename(file)}: ${total} flow nodes (${summary}), ${flows.length} sequence flows, ${formIds.size} forms`);
  if (problems.length) {
    failed = true;
    for (const p of problems) console.log(`  PROBLEM ${p}`);
  } else console.log('  OK: 0 moddle warnings, ids unique, references resolve, FEEL parses, full DI, forms present');
}
process.exit(failed ? 1 : 0);
