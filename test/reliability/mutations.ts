/** A small seeded pseudo-random generator (mulberry32), so every fuzz run can be repeated. */
export function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type Random = () => number;
const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)];
const between = (random: Random, min: number, max: number) => min + Math.floor(random() * (max - min + 1));

const TAG = /<\/?[A-Za-z][^<>]*>/g;
const ATTRIBUTE = /\s([A-Za-z:_][\w:.-]*)="([^"]*)"/g;
const REFERENCE = /\b(sourceRef|targetRef|attachedToRef|messageRef|signalRef|errorRef|default|calledElement|processRef|escalationRef)="([^"]*)"/g;
const ELEMENT_NAMES = ['bpmn:task', 'bpmn:userTask', 'bpmn:serviceTask', 'bpmn:exclusiveGateway', 'bpmn:parallelGateway', 'bpmn:startEvent',
  'bpmn:endEvent', 'bpmn:subProcess', 'bpmn:boundaryEvent', 'bpmn:sequenceFlow', 'bpmn:process', 'bpmn:definitions', 'bpmn:nada', 'foo', 'hito:assignment'];
const GARBAGE = ['<', '>', '&', '&amp', '&#0;', ']]>', '<![CDATA[', '<!--', '"', "'", '\u0000', '\uFFFE', '\uD800', 'ñandú', '{{}}', '= 1 +', '${x}', '<x:y xmlns:x="urn:x">', '</bpmn:process>', '\r\n', '😀'];

function matches(text: string, pattern: RegExp): RegExpExecArray[] {
  return [...text.matchAll(new RegExp(pattern.source, pattern.flags))];
}

/** One mutation of XML text, named for the report. */
const MUTATIONS: [string, (text: string, random: Random) => string][] = [
  ['delete-tag', (text, random) => {
    const tags = matches(text, TAG);
    if (tags.length === 0) return text.slice(1);
    const tag = pick(random, tags);
    return text.slice(0, tag.index) + text.slice(tag.index + tag[0].length);
  }],
  ['delete-element', (text, random) => {
    const tags = matches(text, /<([A-Za-z][\w:.-]*)\b[^<>]*?(\/>|>[\s\S]*?<\/\1>)/g);
    if (tags.length === 0) return '';
    const tag = pick(random, tags);
    return text.slice(0, tag.index) + text.slice(tag.index + tag[0].length);
  }],
  ['duplicate-tag', (text, random) => {
    const tags = matches(text, TAG);
    if (tags.length === 0) return text + text;
    const tag = pick(random, tags);
    return text.slice(0, tag.index) + tag[0] + text.slice(tag.index);
  }],
  ['rename-element', (text, random) => {
    const tags = matches(text, /<\/?([A-Za-z][\w:.-]*)/g);
    if (tags.length === 0) return text;
    const tag = pick(random, tags);
    const start = tag.index + tag[0].indexOf(tag[1]);
    return text.slice(0, start) + pick(random, ELEMENT_NAMES) + text.slice(start + tag[1].length);
  }],
  ['delete-attribute', (text, random) => {
    const attributes = matches(text, ATTRIBUTE);
    if (attributes.length === 0) return text;
    const attribute = pick(random, attributes);
    return text.slice(0, attribute.index) + text.slice(attribute.index + attribute[0].length);
  }],
  ['rename-attribute', (text, random) => {
    const attributes = matches(text, ATTRIBUTE);
    if (attributes.length === 0) return text;
    const attribute = pick(random, attributes);
    const renamed = pick(random, ['id', 'name', 'sourceRef', 'targetRef', 'xsi:type', 'hito:candidateRoles', 'isExecutable', 'x', 'xmlns', 'xmlns:bpmn']);
    return text.slice(0, attribute.index) + ` ${renamed}="${attribute[2]}"` + text.slice(attribute.index + attribute[0].length);
  }],
  ['break-reference', (text, random) => {
    const references = matches(text, REFERENCE);
    if (references.length === 0) return text.replace(/id="/, 'id="x');
    const reference = pick(random, references);
    const value = pick(random, ['NoExiste', '', ' ', reference[2] + reference[2], '../etc/passwd', 'Inicio Fin']);
    return text.slice(0, reference.index) + `${reference[1]}="${value}"` + text.slice(reference.index + reference[0].length);
  }],
  ['duplicate-id', (text, random) => {
    const ids = matches(text, /\bid="([^"]*)"/g);
    if (ids.length < 2) return text;
    const [from, to] = [pick(random, ids), pick(random, ids)];
    return text.slice(0, to.index) + `id="${from[1]}"` + text.slice(to.index + to[0].length);
  }],
  ['truncate', (text, random) => text.slice(0, Math.floor(random() * text.length))],
  ['inject-garbage', (text, random) => {
    const at = Math.floor(random() * (text.length + 1));
    return text.slice(0, at) + Array.from({ length: between(random, 1, 4) }, () => pick(random, GARBAGE)).join('') + text.slice(at);
  }],
  ['huge-attribute', (text, random) => {
    const attributes = matches(text, ATTRIBUTE);
    const huge = pick(random, ['a', 'ñ', '&amp;', '<', '= x']).repeat(between(random, 10_000, 120_000));
    if (attributes.length === 0) return text + huge;
    const attribute = pick(random, attributes);
    return text.slice(0, attribute.index) + ` ${attribute[1]}="${huge}"` + text.slice(attribute.index + attribute[0].length);
  }],
  ['garbage-expression', (text, random) => {
    const bodies = matches(text, />([^<>]+)<\/(bpmn:)?(conditionExpression|timeDuration|timeDate|timeCycle|script|loopCardinality|completionCondition)>/g);
    const value = pick(random, ['= (', '= 1/0', '= x.y.z', 'P-1D', 'R/P0D', 'R999999999/PT0S', '0 0 * * * * *', '9999-99-99', '= "a" + ', 'PT0S', '= now()']);
    if (bodies.length === 0) return text.replace('</bpmn:process>', `<bpmn:intermediateCatchEvent id="T"><bpmn:timerEventDefinition><bpmn:timeCycle>${value}</bpmn:timeCycle></bpmn:timerEventDefinition></bpmn:intermediateCatchEvent></bpmn:process>`);
    const body = pick(random, bodies);
    const start = body.index + 1;
    return text.slice(0, start) + value + text.slice(start + body[1].length);
  }],
  ['deep-nesting', (text, random) => {
    const depth = between(random, 100, 5_000);
    return text.replace('</bpmn:process>', `${'<bpmn:subProcess>'.repeat(depth)}${'</bpmn:subProcess>'.repeat(depth)}</bpmn:process>`);
  }],
  ['entity-expansion', (text) => `<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>${text.replace(/^<\?xml[^>]*>/, '').replace(/name="[^"]*"/, 'name="&c;"')}`],
  ['empty', () => ''],
];

/** Applies 1 to 3 seeded mutations; returns the text and the names of what was done. */
export function mutate(text: string, random: Random): { text: string; applied: string[] } {
  const applied: string[] = [];
  let result = text;
  for (let count = between(random, 1, 3); count > 0; count--) {
    const [name, mutation] = pick(random, MUTATIONS);
    result = mutation(result, random);
    applied.push(name);
  }
  return { text: result, applied };
}

/** A value of a JSON payload replaced by something of the wrong shape. */
export function wrongValue(random: Random): unknown {
  const deep = (depth: number): unknown => (depth === 0 ? 1 : { a: deep(depth - 1) });
  return pick(random, [
    () => null, () => 0, () => -1, () => 1e308, () => true, () => '', () => ' ', () => 'x'.repeat(between(random, 201, 100_000)),
    () => [], () => [1, 'a', null], () => ({}), () => ({ $where: '1' }), () => ({ __proto__: { admin: true } }), () => '\u0000',
    () => '1; DROP TABLE event_record', () => '= 1 +', () => 'ñandú 😀', () => deep(between(random, 50, 3_000)), () => '9'.repeat(40),
  ])();
}

export { between, pick };
