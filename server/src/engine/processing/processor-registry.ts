import type { ElementKind, ExecutableElement } from '../model/executable-model.js';
import type { ElementInstanceState } from '../state/engine-state.js';
import { adHocSubProcessProcessor } from './container/ad-hoc-sub-process.processor.js';
import { callActivityProcessor } from './container/call-activity.processor.js';
import { eventSubProcessProcessor } from './container/event-sub-process.processor.js';
import { loopBodyProcessor } from './container/loop-body.processor.js';
import { multiInstanceBodyProcessor } from './container/multi-instance-body.processor.js';
import { processProcessor } from './container/process.processor.js';
import { subProcessProcessor } from './container/sub-process.processor.js';
import { boundaryEventProcessor } from './event/boundary-event.processor.js';
import { endEventProcessor } from './event/end-event.processor.js';
import { intermediateCatchEventProcessor } from './event/intermediate-catch-event.processor.js';
import { intermediateThrowEventProcessor } from './event/intermediate-throw-event.processor.js';
import { startEventProcessor } from './event/start-event.processor.js';
import { complexGatewayProcessor } from './gateway/complex-gateway.processor.js';
import { eventBasedGatewayProcessor } from './gateway/event-based-gateway.processor.js';
import { exclusiveGatewayProcessor } from './gateway/exclusive-gateway.processor.js';
import { inclusiveGatewayProcessor } from './gateway/inclusive-gateway.processor.js';
import { parallelGatewayProcessor } from './gateway/parallel-gateway.processor.js';
import { businessRuleTaskProcessor } from './task/business-rule-task.processor.js';
import { manualTaskProcessor } from './task/manual-task.processor.js';
import { receiveTaskProcessor } from './task/receive-task.processor.js';
import { scriptTaskProcessor } from './task/script-task.processor.js';
import { sendTaskProcessor } from './task/send-task.processor.js';
import { serviceTaskProcessor } from './task/service-task.processor.js';
import { userTaskProcessor } from './task/user-task.processor.js';
import type { ElementProcessor } from './types.js';

/** One processor per element type; the compiler names a missing one. */
export const PROCESSORS: Record<ElementKind, ElementProcessor> = {
  process: processProcessor,
  startEvent: startEventProcessor,
  endEvent: endEventProcessor,
  intermediateCatchEvent: intermediateCatchEventProcessor,
  intermediateThrowEvent: intermediateThrowEventProcessor,
  boundaryEvent: boundaryEventProcessor,
  task: manualTaskProcessor,
  manualTask: manualTaskProcessor,
  userTask: userTaskProcessor,
  serviceTask: serviceTaskProcessor,
  sendTask: sendTaskProcessor,
  receiveTask: receiveTaskProcessor,
  scriptTask: scriptTaskProcessor,
  businessRuleTask: businessRuleTaskProcessor,
  exclusiveGateway: exclusiveGatewayProcessor,
  parallelGateway: parallelGatewayProcessor,
  inclusiveGateway: inclusiveGatewayProcessor,
  eventBasedGateway: eventBasedGatewayProcessor,
  complexGateway: complexGatewayProcessor,
  subProcess: subProcessProcessor,
  eventSubProcess: eventSubProcessProcessor,
  transaction: subProcessProcessor,
  adHocSubProcess: adHocSubProcessProcessor,
  callActivity: callActivityProcessor,
};

/** The processor for an element instance: bodies of loops and multi-instances have their own. */
export function processorFor(instance: ElementInstanceState, element: ExecutableElement): ElementProcessor {
  if (instance.body === 'multi-instance') return multiInstanceBodyProcessor;
  if (instance.body === 'loop') return loopBodyProcessor;
  return PROCESSORS[element.kind];
}
