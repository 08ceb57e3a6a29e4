import type { ExecutableElement, ExecutableFlow } from '../executable-model.js';

/**
 * For a converging inclusive or complex gateway: for each incoming flow, every element of the same
 * scope from which a token could still travel to that flow without passing the gateway itself.
 * The OR-join waits only for tokens at such elements.
 */
export function computeUpstream(
  gateway: ExecutableElement,
  elements: Record<string, ExecutableElement>,
  flows: Record<string, ExecutableFlow>,
): Record<string, string[]> {
  const result: Record<string, string[]> = {};
  for (const flowId of gateway.incoming) {
    const seen = new Set<string>();
    const stack = [flows[flowId].sourceId];
    while (stack.length > 0) {
      const id = stack.pop()!;
      if (id === gateway.id || seen.has(id)) continue;
      seen.add(id);
      const element = elements[id];
      if (!element) continue;
      for (const incoming of element.incoming) stack.push(flows[incoming].sourceId);
      if (element.kind === 'boundaryEvent' && element.attachedTo) stack.push(element.attachedTo);
      if (element.kind === 'intermediateCatchEvent') {
        for (const other of Object.values(elements)) if (other.linkTargetId === id) stack.push(other.id);
      }
    }
    result[flowId] = [...seen];
  }
  return result;
}
