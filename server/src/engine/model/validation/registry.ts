import type { Rule } from './rule.js';
import { activityRule } from './rules/activity.rule.js';
import { boundaryEventRule } from './rules/boundary-event.rule.js';
import { callActivityRule } from './rules/call-activity.rule.js';
import { collaborationRule } from './rules/collaboration.rule.js';
import { dataAssociationRule, dataObjectReferenceNameRule, itemCollectionRule } from './rules/data.rule.js';
import { endEventRule } from './rules/end-event.rule.js';
import { eventBasedGatewayRule } from './rules/event-based-gateway.rule.js';
import { eventDataRule, eventDefinitionRule, sharedEventDefinitionRule } from './rules/event-definition.rule.js';
import { eventSubProcessRule } from './rules/event-subprocess.rule.js';
import { conditionalEventRule, conditionTypeRule, expressionShapeRule, feelSyntaxRule, formalExpressionRule } from './rules/expression.rule.js';
import { gatewayFlowsRule } from './rules/gateway.rule.js';
import { duplicateIdRule, missingIdRule } from './rules/ids.rule.js';
import { intermediateEventRule } from './rules/intermediate-event.rule.js';
import { ioSpecificationRule } from './rules/io-specification.rule.js';
import { linkEventRule } from './rules/link-event.rule.js';
import { multiInstanceRule } from './rules/loop.rule.js';
import { messageFlowRule } from './rules/message-flow.rule.js';
import { messageTaskRule } from './rules/message-task.rule.js';
import { connectedNodesRule, startAndEndRule } from './rules/process-level.rule.js';
import { referenceTypeRule } from './rules/reference-type.rule.js';
import { conditionalFlowRule, defaultFlowRule, flowNodeReferencesRule, immediateFlowRule, sequenceFlowContainerRule } from './rules/sequence-flow.rule.js';
import { singleChildRule } from './rules/single-child.rule.js';
import { instantiatingReceiveTaskRule, startEventRule } from './rules/start-event.rule.js';
import { textFormatRule } from './rules/text-format.rule.js';
import { timerRule } from './rules/timer.rule.js';
import { unknownAttributeRule } from './rules/unknown-attribute.rule.js';

/** Every rule deploy-time validation runs, schema first, then references, expressions and structure. */
export const rules: readonly Rule[] = [
  // schema
  duplicateIdRule,
  missingIdRule,
  singleChildRule,
  unknownAttributeRule,
  textFormatRule,
  // references
  referenceTypeRule,
  flowNodeReferencesRule,
  callActivityRule,
  linkEventRule,
  // expressions
  formalExpressionRule,
  expressionShapeRule,
  feelSyntaxRule,
  conditionTypeRule,
  conditionalEventRule,
  timerRule,
  // flows and gateways
  sequenceFlowContainerRule,
  immediateFlowRule,
  conditionalFlowRule,
  defaultFlowRule,
  gatewayFlowsRule,
  eventBasedGatewayRule,
  // events
  startEventRule,
  instantiatingReceiveTaskRule,
  endEventRule,
  boundaryEventRule,
  intermediateEventRule,
  eventDefinitionRule,
  sharedEventDefinitionRule,
  eventDataRule,
  eventSubProcessRule,
  // process levels
  startAndEndRule,
  connectedNodesRule,
  // activities and data
  activityRule,
  multiInstanceRule,
  itemCollectionRule,
  dataAssociationRule,
  dataObjectReferenceNameRule,
  ioSpecificationRule,
  messageTaskRule,
  // collaborations
  messageFlowRule,
  collaborationRule,
];
