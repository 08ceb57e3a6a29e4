// Grid layout for the shipped processes: turns a compact model (elements placed on lanes, rows
// and columns) into BPMN 2.0 XML with full BPMNDI, plus the form-js schemas of its user tasks.
// Every element sits on a 150 px column grid; flows are routed orthogonally, or along `via`
// points when the default route would cross something.

const COL = 150;
const TASK = { w: 100, h: 80 };
const EVENT = { w: 36, h: 36 };
const GATEWAY = { w: 50, h: 50 };
const POOL_HEADER = 30;
const LANE_HEADER = 30;
const MARGIN_LEFT = 40;
const SUB_PAD = 25;
const SUB_LABEL = 20;

const TASK_TYPES = new Set(['task', 'userTask', 'manualTask', 'serviceTask', 'sendTask', 'receiveTask', 'scriptTask', 'businessRuleTask', 'callActivity']);
const EVENT_TYPES = new Set(['startEvent', 'endEvent', 'intermediateCatchEvent', 'intermediateThrowEvent', 'boundaryEvent']);
const GATEWAY_TYPES = new Set(['exclusiveGateway', 'parallelGateway', 'inclusiveGateway', 'eventBasedGateway']);

/** Escapes text for an XML attribute or text node. */
export function esc(text) {
  return String(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function sizeOf(el) {
  if (el.w && el.h) return { w: el.w, h: el.h };
  if (TASK_TYPES.has(el.type)) return TASK;
  if (EVENT_TYPES.has(el.type)) return EVENT;
  if (GATEWAY_TYPES.has(el.type)) return GATEWAY;
  throw new Error(`No size for ${el.id} (${el.type})`);
}

/** Lays out one participant: lanes stacked, elements on the grid, sub-processes wrapped around their children. */
function layoutPool(pool, top) {
  const els = pool.elements;
  const byId = new Map(els.map((el) => [el.id, el]));
  for (const el of els.filter((e) => e.type === 'boundaryEvent')) {
    const host = byId.get(el.attachedTo);
    if (!host) throw new Error(`${el.id}: unknown host ${el.attachedTo}`);
    if (el.parent === undefined && host.parent) el.parent = host.parent;
    if (el.lane === undefined) el.lane = host.lane;
  }
  const poolRowH = pool.rowH ?? 120;
  const laneY = new Map();
  let y = top;
  for (const lane of pool.lanes) {
    const rowH = lane.rowH ?? poolRowH;
    const rows = lane.rows ?? 1 + Math.max(0, ...els.filter((el) => el.lane === lane.id && el.row !== undefined).map((el) => el.row));
    const padTop = lane.padTop ?? 20;
    const padBottom = lane.padBottom ?? 20;
    const height = lane.height ?? padTop + rows * rowH + padBottom;
    laneY.set(lane.id, { top: y, height, padTop, rowH });
    lane.bounds = { x: 0, y, w: 0, h: height };
    y += height;
  }
  const x0 = (pool.x ?? 0) + POOL_HEADER + LANE_HEADER + MARGIN_LEFT;
  pool.grid = {
    x: (col) => x0 + col * COL + 50,
    y: (laneId, row = 0) => {
      const lane = laneY.get(laneId);
      if (!lane) throw new Error(`unknown lane ${laneId}`);
      return lane.top + lane.padTop + row * lane.rowH + lane.rowH / 2;
    },
  };
  // Leaf elements first (boundary events and sub-processes later).
  for (const el of els) {
    if (el.type === 'subProcess' || el.type === 'boundaryEvent') continue;
    const lane = laneY.get(el.lane);
    if (!lane) throw new Error(`${el.id}: unknown lane ${el.lane}`);
    const size = sizeOf(el);
    const cx = x0 + el.col * COL + 50 + (el.dx ?? 0);
    const cy = lane.top + lane.padTop + (el.row ?? 0) * lane.rowH + lane.rowH / 2 + (el.dy ?? 0);
    el.bounds = { x: cx - size.w / 2, y: cy - size.h / 2, w: size.w, h: size.h };
  }
  // Sub-processes, innermost first.
  const depth = (el) => (el.parent ? 1 + depth(byId.get(el.parent)) : 0);
  const subs = els.filter((el) => el.type === 'subProcess').sort((a, b) => depth(b) - depth(a));
  for (const sub of subs) {
    const kids = els.filter((el) => el.parent === sub.id && el.type !== 'boundaryEvent');
    if (!kids.length) throw new Error(`${sub.id} has no children`);
    const minX = Math.min(...kids.map((k) => k.bounds.x));
    const minY = Math.min(...kids.map((k) => k.bounds.y));
    const maxX = Math.max(...kids.map((k) => k.bounds.x + k.bounds.w));
    const maxY = Math.max(...kids.map((k) => k.bounds.y + k.bounds.h));
    const pad = sub.pad ?? SUB_PAD;
    const extra = sub.extra ?? {};
    sub.bounds = {
      x: minX - pad - (extra.left ?? 0),
      y: minY - pad - SUB_LABEL - (extra.top ?? 0),
      w: maxX - minX + 2 * pad + (extra.left ?? 0) + (extra.right ?? 0),
      h: maxY - minY + 2 * pad + SUB_LABEL + (extra.top ?? 0) + (extra.bottom ?? 0),
    };
  }
  for (const el of els.filter((e) => e.type === 'boundaryEvent')) {
    const host = byId.get(el.attachedTo);
    if (!host?.bounds) throw new Error(`${el.id}: host ${el.attachedTo} not laid out`);
    const hb = host.bounds;
    const side = el.side ?? 'bottom';
    const at = el.at ?? 0.75; // fraction along the edge
    let cx, cy;
    if (side === 'bottom' || side === 'top') {
      cx = el.atColumn !== undefined ? pool.grid.x(el.atColumn) : hb.x + hb.w * at;
      cy = side === 'bottom' ? hb.y + hb.h : hb.y;
    } else {
      cx = side === 'right' ? hb.x + hb.w : hb.x;
      cy = hb.y + hb.h * at;
    }
    el.bounds = { x: cx - EVENT.w / 2, y: cy - EVENT.h / 2, w: EVENT.w, h: EVENT.h };
  }
  const maxRight = Math.max(...els.map((el) => el.bounds.x + el.bounds.w));
  const x = pool.x ?? 0;
  const width = (pool.width ?? maxRight - x + 60);
  pool.bounds = { x, y: top, w: width, h: y - top };
  for (const lane of pool.lanes) {
    lane.bounds.x = x + POOL_HEADER;
    lane.bounds.w = width - POOL_HEADER;
  }
  return y;
}

const center = (b) => ({ x: b.x + b.w / 2, y: b.y + b.h / 2 });

/** Point on the border of bounds `b` on `side`. */
function port(b, side) {
  const c = center(b);
  switch (side) {
    case 'left': return { x: b.x, y: c.y };
    case 'right': return { x: b.x + b.w, y: c.y };
    case 'top': return { x: c.x, y: b.y };
    case 'bottom': return { x: c.x, y: b.y + b.h };
    default: throw new Error(`bad side ${side}`);
  }
}

function route(flow, source, target) {
  const s = source.bounds;
  const t = target.bounds;
  const sc = center(s);
  const tc = center(t);
  if (flow.align === 'source') return [port(s, 'right'), { x: t.x, y: sc.y }];
  if (flow.align === 'target') return [{ x: s.x + s.w, y: tc.y }, port(t, 'left')];
  if (flow.via) {
    const exit = flow.exit ?? guessExit(flow.via[0], s);
    const enter = flow.enter ?? guessEnter(flow.via[flow.via.length - 1], t);
    const start = port(s, exit);
    const end = port(t, enter);
    const pts = [start];
    // Align the first and last via points with the ports so segments stay orthogonal.
    const via = flow.via.map((p) => ({ ...p }));
    if (exit === 'left' || exit === 'right') via[0].y = start.y; else via[0].x = start.x;
    const last = via[via.length - 1];
    if (enter === 'left' || enter === 'right') last.y = end.y; else last.x = end.x;
    pts.push(...via, end);
    return pts;
  }
  if (source.type === 'boundaryEvent') {
    const side = source.side ?? 'bottom';
    const start = port(s, side);
    if (Math.abs(start.x - tc.x) < 1) return [start, port(t, side === 'bottom' ? 'top' : 'bottom')];
    return [start, { x: start.x, y: tc.y }, port(t, tc.x > start.x ? 'left' : 'right')];
  }
  if (Math.abs(sc.y - tc.y) < 1) {
    if (tc.x > sc.x) return [port(s, 'right'), port(t, 'left')];
    throw new Error(`${flow.id}: backward flow needs via points`);
  }
  const isGw = (el) => GATEWAY_TYPES.has(el.type);
  if (isGw(source) && flow.exit !== 'right') {
    // Split: leave through the top or bottom vertex, then run horizontally into the target.
    const start = port(s, tc.y < sc.y ? 'top' : 'bottom');
    if (Math.abs(start.x - tc.x) < 1) return [start, port(t, tc.y < sc.y ? 'bottom' : 'top')];
    return [start, { x: start.x, y: tc.y }, port(t, 'left')];
  }
  if (isGw(target) || flow.enter === 'vertical') {
    // Join: run horizontally, then enter through the top or bottom vertex.
    const start = port(s, 'right');
    const end = port(t, sc.y < tc.y ? 'top' : 'bottom');
    return [start, { x: end.x, y: start.y }, end];
  }
  // Task to task on different rows: a step half-way between them.
  const start = port(s, 'right');
  const end = port(t, 'left');
  const mx = flow.midX ?? (start.x + end.x) / 2;
  return [start, { x: mx, y: start.y }, { x: mx, y: end.y }, end];
}

function guessExit(p, b) {
  const c = center(b);
  if (p.y < b.y) return 'top';
  if (p.y > b.y + b.h) return 'bottom';
  return p.x >= c.x ? 'right' : 'left';
}

function guessEnter(p, b) {
  const c = center(b);
  if (p.y < b.y) return 'top';
  if (p.y > b.y + b.h) return 'bottom';
  return p.x <= c.x ? 'left' : 'right';
}

function labelBounds(el) {
  const b = el.bounds;
  const name = el.name ?? '';
  const lines = Math.max(1, Math.ceil(name.length / 18));
  const w = 110;
  const h = 14 * lines;
  if (EVENT_TYPES.has(el.type)) {
    const pos = el.labelPos ?? (el.type === 'boundaryEvent' ? 'below-right' : 'below');
    if (pos === 'above') return { x: b.x + b.w / 2 - w / 2, y: b.y - 6 - h, w, h };
    if (pos === 'below-right') return { x: b.x + b.w + 2, y: b.y + b.h, w, h };
    if (pos === 'below-left') return { x: b.x - w - 2, y: b.y + b.h, w, h };
    if (pos === 'above-right') return { x: b.x + b.w + 2, y: b.y - h, w, h };
    if (pos === 'above-left') return { x: b.x - w - 2, y: b.y - h, w, h };
    return { x: b.x + b.w / 2 - w / 2, y: b.y + b.h + 6, w, h };
  }
  // Gateways: above by default, or below.
  const pos = el.labelPos ?? 'above';
  if (pos === 'below') return { x: b.x + b.w / 2 - w / 2, y: b.y + b.h + 6, w, h };
  if (pos === 'below-right') return { x: b.x + b.w / 2 + 6, y: b.y + b.h + 2, w, h };
  if (pos === 'above-left') return { x: b.x - w + 10, y: b.y - h - 4, w, h };
  return { x: b.x + b.w / 2 - w / 2, y: b.y - h - 6, w, h };
}

function flowLabelBounds(flow, pts) {
  const name = flow.name ?? '';
  const maxW = flow.labelW ?? 120;
  const w = Math.min(maxW, Math.max(30, name.length * 6.5));
  const lines = Math.ceil((name.length * 6.5) / maxW);
  const h = 14 * Math.max(1, lines);
  if (flow.labelAt) return { x: flow.labelAt.x, y: flow.labelAt.y, w, h };
  // First segment: label beside a vertical segment, above a horizontal one.
  const [a, b] = pts;
  if (Math.abs(a.x - b.x) < 1) {
    const my = (a.y + b.y) / 2;
    return { x: a.x + 6, y: my - h / 2, w, h };
  }
  const [p, q] = pts.length > 2 && Math.abs(pts[1].x - pts[2].x) < 1 && Math.abs(a.y - b.y) < 1 && Math.abs(b.x - a.x) < 40 ? [b, pts[2]] : [a, b];
  if (Math.abs(p.x - q.x) < 1) return { x: p.x + 6, y: (p.y + q.y) / 2 - h / 2, w, h };
  return { x: Math.min(p.x, q.x) + 8, y: p.y - h - 4, w, h };
}

// ---------------------------------------------------------------- semantic XML

function eventDefinition(el, ctx) {
  const ev = el.event;
  if (!ev) return '';
  const id = `${el.id}_def`;
  switch (ev.kind) {
    case 'timer': {
      const [key, value] = Object.entries(ev).find(([k]) => k.startsWith('time'));
      return `<bpmn:timerEventDefinition id="${id}"><bpmn:${key} xsi:type="bpmn:tFormalExpression">${esc(value)}</bpmn:${key}></bpmn:timerEventDefinition>`;
    }
    case 'message': return `<bpmn:messageEventDefinition id="${id}" messageRef="${ev.ref}" />`;
    case 'signal': return `<bpmn:signalEventDefinition id="${id}" signalRef="${ev.ref}" />`;
    case 'escalation': return ev.ref ? `<bpmn:escalationEventDefinition id="${id}" escalationRef="${ev.ref}" />` : `<bpmn:escalationEventDefinition id="${id}" />`;
    case 'error': return ev.ref ? `<bpmn:errorEventDefinition id="${id}" errorRef="${ev.ref}" />` : `<bpmn:errorEventDefinition id="${id}" />`;
    case 'terminate': return `<bpmn:terminateEventDefinition id="${id}" />`;
    case 'conditional': return `<bpmn:conditionalEventDefinition id="${id}"><bpmn:condition xsi:type="bpmn:tFormalExpression">${esc(ev.condition)}</bpmn:condition></bpmn:conditionalEventDefinition>`;
    default: throw new Error(`${el.id}: unknown event kind ${ev.kind} (${ctx})`);
  }
}

function extensionXml(el) {
  const x = el.ext ?? {};
  const parts = [];
  if (x.assignment) {
    const a = x.assignment;
    const attrs = [['candidateInstitutions', a.institutions], ['candidateRoles', a.roles], ['candidatePeople', a.people], ['assignee', a.assignee], ['priority', a.priority]]
      .filter(([, v]) => v !== undefined).map(([k, v]) => `${k}="${esc(v)}"`).join(' ');
    parts.push(`<hito:assignment ${attrs} />`);
  }
  if (x.schedule) {
    const s = x.schedule;
    const attrs = [['dueDate', s.due], ['followUpDate', s.followUp], ['calendar', s.calendar]].filter(([, v]) => v !== undefined).map(([k, v]) => `${k}="${esc(v)}"`).join(' ');
    parts.push(`<hito:schedule ${attrs} />`);
  }
  if (el.form) parts.push(`<hito:form formId="${esc(el.form.id)}" />`);
  if (x.job) parts.push(`<hito:taskDefinition type="${esc(x.job.type)}"${x.job.retries ? ` retries="${esc(x.job.retries)}"` : ''} />`);
  if (x.headers) {
    parts.push(`<hito:taskHeaders>${Object.entries(x.headers).map(([k, v]) => `<hito:header key="${esc(k)}" value="${esc(v)}" />`).join('')}</hito:taskHeaders>`);
  }
  if (x.inputs || x.outputs) {
    const ins = (x.inputs ?? []).map(([source, target]) => `<hito:input source="${esc(source)}" target="${esc(target)}" />`);
    const outs = (x.outputs ?? []).map(([source, target]) => `<hito:output source="${esc(source)}" target="${esc(target)}" />`);
    parts.push(`<hito:ioMapping>${[...ins, ...outs].join('')}</hito:ioMapping>`);
  }
  if (x.calledProcess) {
    const c = x.calledProcess;
    const attrs = Object.entries(c).map(([k, v]) => `${k}="${esc(v)}"`).join(' ');
    parts.push(`<hito:calledProcess ${attrs} />`);
  }
  if (x.decision) parts.push(`<hito:decision expression="${esc(x.decision.expression)}" resultVariable="${esc(x.decision.result)}" />`);
  if (x.scriptResult) parts.push(`<hito:scriptResult resultVariable="${esc(x.scriptResult)}" />`);
  return parts.length ? `<bpmn:extensionElements>${parts.join('')}</bpmn:extensionElements>` : '';
}

function elementXml(el, pool, indent) {
  const pad = '  '.repeat(indent);
  const incoming = pool.flows.filter((f) => f.to === el.id).map((f) => `${pad}  <bpmn:incoming>${f.id}</bpmn:incoming>`);
  const outgoing = pool.flows.filter((f) => f.from === el.id).map((f) => `${pad}  <bpmn:outgoing>${f.id}</bpmn:outgoing>`);
  const attrs = [`id="${el.id}"`];
  if (el.name) attrs.push(`name="${esc(el.name)}"`);
  if (el.type === 'boundaryEvent') {
    attrs.push(`attachedToRef="${el.attachedTo}"`);
    if (el.interrupting === false) attrs.push('cancelActivity="false"');
  }
  if (el.type === 'startEvent' && el.interrupting === false) attrs.push('isInterrupting="false"');
  if (el.type === 'subProcess' && el.eventSub) attrs.push('triggeredByEvent="true"');
  if (el.default) attrs.push(`default="${el.default}"`);
  if (el.type === 'scriptTask') attrs.push('scriptFormat="feel"');
  if (el.type === 'callActivity') attrs.push(`calledElement="${el.calledElement}"`);
  const body = [];
  if (el.doc) body.push(`${pad}  <bpmn:documentation>${esc(el.doc)}</bpmn:documentation>`);
  const ext = extensionXml(el);
  if (ext) body.push(`${pad}  ${ext}`);
  body.push(...incoming, ...outgoing);
  if (el.mi) {
    const mi = el.mi;
    let inner = `<bpmn:loopCardinality xsi:type="bpmn:tFormalExpression">${esc(mi.cardinality)}</bpmn:loopCardinality>`;
    if (mi.completion) inner += `<bpmn:completionCondition xsi:type="bpmn:tFormalExpression">${esc(mi.completion)}</bpmn:completionCondition>`;
    body.push(`${pad}  <bpmn:multiInstanceLoopCharacteristics isSequential="${mi.sequential ? 'true' : 'false'}">${inner}</bpmn:multiInstanceLoopCharacteristics>`);
  }
  if (el.type === 'scriptTask') body.push(`${pad}  <bpmn:script>${esc(el.script)}</bpmn:script>`);
  const def = eventDefinition(el, pool.id);
  if (def) body.push(`${pad}  ${def}`);
  if (el.type === 'subProcess') {
    for (const child of pool.elements.filter((c) => c.parent === el.id)) body.push(elementXml(child, pool, indent + 1));
    for (const flow of pool.flows.filter((f) => flowScope(f, pool) === el.id)) body.push(flowXml(flow, indent + 1));
  }
  if (!body.length) return `${pad}<bpmn:${el.type} ${attrs.join(' ')} />`;
  return `${pad}<bpmn:${el.type} ${attrs.join(' ')}>\n${body.join('\n')}\n${pad}</bpmn:${el.type}>`;
}

function flowScope(flow, pool) {
  const src = pool.elements.find((e) => e.id === flow.from);
  return src?.parent;
}

function flowXml(flow, indent) {
  const pad = '  '.repeat(indent);
  const attrs = [`id="${flow.id}"`];
  if (flow.name) attrs.push(`name="${esc(flow.name)}"`);
  attrs.push(`sourceRef="${flow.from}"`, `targetRef="${flow.to}"`);
  if (flow.cond) {
    return `${pad}<bpmn:sequenceFlow ${attrs.join(' ')}>\n${pad}  <bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">${esc(flow.cond)}</bpmn:conditionExpression>\n${pad}</bpmn:sequenceFlow>`;
  }
  return `${pad}<bpmn:sequenceFlow ${attrs.join(' ')} />`;
}

function processXml(pool) {
  const lines = [];
  const attrs = [`id="${pool.processId}"`, `name="${esc(pool.processName ?? pool.name)}"`, 'isExecutable="true"'];
  lines.push(`  <bpmn:process ${attrs.join(' ')}>`);
  if (pool.doc) lines.push(`    <bpmn:documentation>${esc(pool.doc)}</bpmn:documentation>`);
  lines.push(`    <bpmn:laneSet id="${pool.processId}_lanes">`);
  for (const lane of pool.lanes) {
    const refs = pool.elements.filter((el) => !el.parent && el.lane === lane.id).map((el) => `        <bpmn:flowNodeRef>${el.id}</bpmn:flowNodeRef>`);
    lines.push(`      <bpmn:lane id="${lane.id}" name="${esc(lane.name)}">`, ...refs, '      </bpmn:lane>');
  }
  lines.push('    </bpmn:laneSet>');
  for (const el of pool.elements.filter((e) => !e.parent)) lines.push(elementXml(el, pool, 2));
  for (const flow of pool.flows.filter((f) => !flowScope(f, pool))) lines.push(flowXml(flow, 2));
  for (const group of pool.groups ?? []) lines.push(`    <bpmn:group id="${group.id}" categoryValueRef="${group.id}_value" />`);
  lines.push('  </bpmn:process>');
  return lines.join('\n');
}

// ---------------------------------------------------------------- diagram interchange

const bounds = (b) => `<dc:Bounds x="${Math.round(b.x)}" y="${Math.round(b.y)}" width="${Math.round(b.w)}" height="${Math.round(b.h)}" />`;

function diXml(model) {
  const out = [];
  out.push(`  <bpmndi:BPMNDiagram id="${model.id}_diagram">`);
  out.push(`    <bpmndi:BPMNPlane id="${model.id}_plane" bpmnElement="${model.id}_collaboration">`);
  for (const pool of model.pools) {
    out.push(`      <bpmndi:BPMNShape id="${pool.id}_di" bpmnElement="${pool.id}" isHorizontal="true">${bounds(pool.bounds)}</bpmndi:BPMNShape>`);
    for (const lane of pool.lanes) out.push(`      <bpmndi:BPMNShape id="${lane.id}_di" bpmnElement="${lane.id}" isHorizontal="true">${bounds(lane.bounds)}</bpmndi:BPMNShape>`);
    const ordered = [...pool.elements].sort((a, b) => rank(a) - rank(b));
    for (const el of ordered) {
      const extra = el.type === 'subProcess' ? ' isExpanded="true"' : '';
      const marker = el.type === 'exclusiveGateway' ? ' isMarkerVisible="true"' : '';
      const label = (EVENT_TYPES.has(el.type) || GATEWAY_TYPES.has(el.type)) && el.name ? `<bpmndi:BPMNLabel>${bounds(labelBounds(el))}</bpmndi:BPMNLabel>` : '';
      out.push(`      <bpmndi:BPMNShape id="${el.id}_di" bpmnElement="${el.id}"${extra}${marker}>${bounds(el.bounds)}${label}</bpmndi:BPMNShape>`);
    }
    for (const flow of pool.flows) {
      const wps = flow.points.map((p) => `<di:waypoint x="${Math.round(p.x)}" y="${Math.round(p.y)}" />`).join('');
      const label = flow.name ? `<bpmndi:BPMNLabel>${bounds(flowLabelBounds(flow, flow.points))}</bpmndi:BPMNLabel>` : '';
      out.push(`      <bpmndi:BPMNEdge id="${flow.id}_di" bpmnElement="${flow.id}">${wps}${label}</bpmndi:BPMNEdge>`);
    }
    for (const group of pool.groups ?? []) {
      const label = { x: group.bounds.x + 8, y: group.bounds.y + 6, w: Math.min(group.bounds.w - 16, 260), h: 14 };
      out.push(`      <bpmndi:BPMNShape id="${group.id}_di" bpmnElement="${group.id}">${bounds(group.bounds)}<bpmndi:BPMNLabel>${bounds(label)}</bpmndi:BPMNLabel></bpmndi:BPMNShape>`);
    }
  }
  out.push('    </bpmndi:BPMNPlane>', '  </bpmndi:BPMNDiagram>');
  return out.join('\n');
}

// Sub-processes before their children so that children are drawn on top; boundary events last.
function rank(el) {
  if (el.type === 'boundaryEvent') return 100;
  if (el.type === 'subProcess') return el.eventSub ? 2 : 1;
  return 10;
}

// ---------------------------------------------------------------- forms

const FIELD_TYPES = new Set(['textfield', 'textarea', 'number', 'select', 'checkbox', 'datetime', 'dynamiclist', 'text']);

function fieldJson(formId, field, index) {
  const [key, type, label, opts = {}] = field;
  if (!FIELD_TYPES.has(type)) throw new Error(`${formId}: unsupported field type ${type}`);
  if (type === 'text') return { type: 'text', id: `${formId}_text_${index}`, text: label };
  const comp = { type, key, label, id: `${formId}_${key}` };
  if (type === 'datetime') {
    comp.subtype = opts.subtype ?? 'date';
    if (comp.subtype !== 'time') comp.dateLabel = label;
    if (comp.subtype !== 'date') { comp.timeLabel = opts.timeLabel ?? 'Hora'; comp.use24h = true; comp.timeSerializingFormat = 'no_timezone'; }
  }
  if (type === 'select') comp.values = opts.values.map(([value, text]) => ({ label: text, value }));
  if (type === 'number' && opts.min !== undefined) comp.validate = { ...(comp.validate ?? {}), min: opts.min };
  if (type === 'number' && opts.max !== undefined) comp.validate = { ...(comp.validate ?? {}), max: opts.max };
  if (opts.required) comp.validate = { ...(comp.validate ?? {}), required: true };
  if (opts.description) comp.description = opts.description;
  if (opts.readonly) comp.readonly = true;
  if (opts.condition) comp.conditional = { hide: opts.condition };
  if (type === 'dynamiclist') {
    delete comp.key;
    comp.path = key;
    comp.isRepeating = true;
    comp.allowAddRemove = true;
    comp.defaultRepetitions = 1;
    comp.components = opts.fields.map((f, i) => fieldJson(`${formId}_${key}`, f, i));
  }
  return comp;
}

/** The form-js schema (schemaVersion 16) of a task's form. */
export function formJson(form) {
  const components = [];
  if (form.intro) components.push({ type: 'text', id: `${form.id}_intro`, text: form.intro });
  form.fields.forEach((field, i) => components.push(fieldJson(form.id, field, i)));
  const keys = components.map((c) => c.key ?? c.path).filter(Boolean);
  const dup = keys.find((k, i) => keys.indexOf(k) !== i);
  if (dup) throw new Error(`${form.id}: duplicate key ${dup}`);
  return {
    $schema: 'https://unpkg.com/@bpmn-io/form-json-schema@1.9.0/resources/schema.json',
    schemaVersion: 16,
    exporter: { name: 'Hito processes/tools', version: '1.0.0' },
    type: 'default',
    id: form.id,
    components,
  };
}

// ---------------------------------------------------------------- entry point

/** Builds the BPMN XML of a model and the list of its forms. */
export function build(model) {
  let y = 0;
  for (const pool of model.pools) {
    y = layoutPool(pool, y) + (model.poolGap ?? 40);
  }
  const all = new Map();
  for (const pool of model.pools) for (const el of pool.elements) {
    if (all.has(el.id)) throw new Error(`duplicate id ${el.id}`);
    all.set(el.id, el);
  }
  for (const pool of model.pools) {
    for (const flow of pool.flows) {
      if (flow.via) {
        flow.via = flow.via.map((p) => ({
          x: p.x ?? pool.grid.x(p.col) + (p.dx ?? 0),
          y: p.y ?? pool.grid.y(p.lane, p.row) + (p.dy ?? 0),
        }));
      }
      if (flow.labelAt?.col !== undefined) {
        flow.labelAt = { x: pool.grid.x(flow.labelAt.col) + (flow.labelAt.dx ?? 0), y: pool.grid.y(flow.labelAt.lane, flow.labelAt.row) + (flow.labelAt.dy ?? 0) };
      }
      const s = all.get(flow.from);
      const t = all.get(flow.to);
      if (!s || !t) throw new Error(`${flow.id}: unknown end ${flow.from} -> ${flow.to}`);
      flow.points = route(flow, s, t);
    }
    for (const group of pool.groups ?? []) {
      const members = group.members.map((id) => all.get(id));
      const minX = Math.min(...members.map((m) => m.bounds.x)) - 15;
      const maxX = Math.max(...members.map((m) => m.bounds.x + m.bounds.w)) + 15;
      group.bounds = { x: minX, y: pool.bounds.y + 4, w: maxX - minX, h: pool.bounds.h - 8 };
      if (group.y !== undefined) { group.bounds.y = group.y; group.bounds.h = group.h; }
    }
  }
  const forms = [];
  for (const pool of model.pools) for (const el of pool.elements) if (el.form) forms.push(el.form);
  const defs = [];
  defs.push('<?xml version="1.0" encoding="UTF-8"?>');
  defs.push(`<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" xmlns:di="http://www.omg.org/spec/DD/20100524/DI" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:hito="https://hito.dev/schema/bpmn/1.0" id="${model.id}_definitions" targetNamespace="https://hito.dev/processes/${model.id}" exporter="Hito processes/tools" exporterVersion="1.0.0">`);
  if (model.doc) defs.push(`  <bpmn:documentation>${esc(model.doc)}</bpmn:documentation>`);
  for (const m of model.messages ?? []) {
    const sub = m.correlationKey ? `<bpmn:extensionElements><hito:subscription correlationKey="${esc(m.correlationKey)}" /></bpmn:extensionElements>` : '';
    defs.push(sub ? `  <bpmn:message id="${m.id}" name="${esc(m.name)}">${sub}</bpmn:message>` : `  <bpmn:message id="${m.id}" name="${esc(m.name)}" />`);
  }
  for (const e of model.escalations ?? []) defs.push(`  <bpmn:escalation id="${e.id}" name="${esc(e.name)}" escalationCode="${esc(e.code)}" />`);
  for (const e of model.errors ?? []) defs.push(`  <bpmn:error id="${e.id}" name="${esc(e.name)}" errorCode="${esc(e.code)}" />`);
  for (const s of model.signals ?? []) defs.push(`  <bpmn:signal id="${s.id}" name="${esc(s.name)}" />`);
  for (const pool of model.pools) for (const group of pool.groups ?? []) {
    defs.push(`  <bpmn:category id="${group.id}_category"><bpmn:categoryValue id="${group.id}_value" value="${esc(group.name)}" /></bpmn:category>`);
  }
  defs.push(`  <bpmn:collaboration id="${model.id}_collaboration">`);
  for (const pool of model.pools) defs.push(`    <bpmn:participant id="${pool.id}" name="${esc(pool.name)}" processRef="${pool.processId}" />`);
  defs.push('  </bpmn:collaboration>');
  for (const pool of model.pools) defs.push(processXml(pool));
  defs.push(diXml(model));
  defs.push('</bpmn:definitions>');
  return { xml: defs.join('\n') + '\n', forms };
}
