import type { ExecutableProcess } from './executable-model.js';
import { transformProcess } from './transform/process.transformer.js';
import { type ModdleElement, type ScriptSupport, TransformContext } from './transform/transform-context.js';
import { readAndValidate } from './validation/index.js';
import type { Problem } from './validation/problem.js';

/** One BPMN document of a deployment. */
export interface DeploymentResource {
  name: string;
  xml: string;
}

/** Options of {@link compileDeployment}. */
export interface CompileOptions {
  scriptSupport: ScriptSupport;
  defaultScriptFormat?: string;
  /** Process ids already deployed, which call activities may reference. */
  knownProcessIds?: readonly string[];
  /** Moddle packages for extension elements (Hito's `hito:` schema). */
  moddleExtensions?: Record<string, unknown>;
}

/** A compiled process with the resource it came from. */
export interface CompiledProcess {
  resourceName: string;
  resource: string;
  model: ExecutableProcess;
}

/** The outcome of compiling a deployment: processes, or the problems that prevent it. */
export interface CompiledDeployment {
  processes: CompiledProcess[];
  problems: (Problem & { resourceName: string })[];
}

/**
 * Parses, validates and compiles every resource of a deployment. Any problem in any resource means
 * nothing may be deployed; the caller checks `problems`.
 */
export async function compileDeployment(resources: DeploymentResource[], options: CompileOptions): Promise<CompiledDeployment> {
  const result: CompiledDeployment = { processes: [], problems: [] };
  const processIds = new Set(options.knownProcessIds ?? []);
  const parsed: { resource: DeploymentResource; definitions: ModdleElement }[] = [];
  for (const resource of resources) {
    const read = await readAndValidate(resource.xml, {
      defaultScriptFormat: options.defaultScriptFormat,
      knownProcessIds: [...processIds, ...collectProcessIds(resources)],
      moddleExtensions: options.moddleExtensions,
    });
    for (const problem of read.problems) result.problems.push({ ...problem, resourceName: resource.name });
    if (read.definitions) parsed.push({ resource, definitions: read.definitions });
  }
  for (const { definitions } of parsed) {
    for (const root of definitions.rootElements ?? []) if (root.$type === 'bpmn:Process') processIds.add(root.id);
  }
  for (const { resource, definitions } of parsed) {
    for (const root of definitions.rootElements ?? []) {
      if (root.$type !== 'bpmn:Process' || root.isExecutable === false) continue;
      const problems: Problem[] = [];
      const context = new TransformContext(problems, { scriptSupport: options.scriptSupport, defaultScriptFormat: options.defaultScriptFormat });
      const model = transformProcess(root, context);
      for (const element of Object.values(model.elements)) {
        if (element.kind === 'callActivity' && element.calledProcessId && !processIds.has(element.calledProcessId)) {
          problems.push({ elementId: element.id, rule: 'called-process', message: `Call activity "${element.id}" calls "${element.calledProcessId}", which is not deployed.` });
        }
      }
      const root_ = model.elements[model.id];
      if (root_.noneStartEvents.length === 0 && model.triggeredStarts.length === 0) {
        problems.push({ elementId: model.id, rule: 'no-start-event', message: `Process "${model.id}" has no start event.` });
      }
      for (const problem of problems) result.problems.push({ ...problem, resourceName: resource.name });
      result.processes.push({ resourceName: resource.name, resource: resource.xml, model });
    }
  }
  return result;
}

function collectProcessIds(resources: DeploymentResource[]): string[] {
  const ids: string[] = [];
  for (const resource of resources) {
    for (const match of resource.xml.matchAll(/<(?:\w+:)?process\b[^>]*\bid="([^"]+)"/g)) ids.push(match[1]);
  }
  return ids;
}
