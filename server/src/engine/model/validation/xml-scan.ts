/** The BPMN 2.0 model namespace. */
export const BPMN_NS = 'http://www.omg.org/spec/BPMN/20100524/MODEL';

/** One start tag of the document, as written (before any meta-model interpretation). */
export interface ScannedElement {
  /** Local name, without prefix. */
  localName: string;
  /** Namespace URI the prefix resolves to ('' when undeclared). */
  namespace: string;
  /** 1-based line of the start tag. */
  line: number;
  attributes: Record<string, string>;
  /** Index of the parent in `elements`, -1 for the root. */
  parent: number;
}

/** A lightweight view of the XML text: every element with its line, for positions and counts moddle does not keep. */
export interface XmlScan {
  elements: ScannedElement[];
  /** Line of the first element carrying each id. */
  lineOfId: Map<string, number>;
}

const TOKEN = /<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<\?[\s\S]*?\?>|<!DOCTYPE[^>]*>|<(\/?)([^\s/>!?]+)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/g;
const ATTRIBUTE = /([^\s=]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/** Scans well-formed XML (the parser has already accepted it); tolerant of anything odd. */
export function scanXml(xml: string): XmlScan {
  const elements: ScannedElement[] = [];
  const lineOfId = new Map<string, number>();
  const stack: { index: number; prefixes: Map<string, string> }[] = [];
  let line = 1;
  let position = 0;
  for (const match of xml.matchAll(TOKEN)) {
    line += countNewlines(xml, position, match.index);
    position = match.index;
    const [token, closing, qualifiedName, rawAttributes, selfClosing] = match;
    if (qualifiedName === undefined) continue;
    if (closing) {
      stack.pop();
      continue;
    }
    const attributes: Record<string, string> = {};
    for (const attribute of (rawAttributes ?? '').matchAll(ATTRIBUTE)) {
      attributes[attribute[1]] = attribute[2] ?? attribute[3] ?? '';
    }
    const prefixes = new Map(stack.at(-1)?.prefixes ?? []);
    for (const [name, value] of Object.entries(attributes)) {
      if (name === 'xmlns') prefixes.set('', value);
      else if (name.startsWith('xmlns:')) prefixes.set(name.slice(6), value);
    }
    const colon = qualifiedName.indexOf(':');
    const prefix = colon < 0 ? '' : qualifiedName.slice(0, colon);
    const index = elements.length;
    elements.push({
      localName: qualifiedName.slice(colon + 1),
      namespace: prefixes.get(prefix) ?? '',
      line: line + countNewlines(token, 0, qualifiedName.length + 1),
      attributes,
      parent: stack.at(-1)?.index ?? -1,
    });
    if (attributes.id !== undefined && !lineOfId.has(attributes.id)) lineOfId.set(attributes.id, line);
    if (!selfClosing) stack.push({ index, prefixes });
  }
  return { elements, lineOfId };
}

function countNewlines(text: string, from: number, to: number): number {
  let count = 0;
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 10) count++;
  return count;
}
