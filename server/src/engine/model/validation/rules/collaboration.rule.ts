import { isElement } from '../model-index.js';
import type { Problem } from '../problem.js';
import { kind, label, problemAt, type Rule } from '../rule.js';

/** Participants, public processes and choreography references are consistent (EXT.027, 029, 033, 035, 036, 056). */
export const collaborationRule: Rule = (model) => {
  const problems: Problem[] = [];
  for (const participant of model.ofType('bpmn:Participant')) {
    const multiplicity = participant.participantMultiplicity;
    if (!multiplicity) continue;
    const minimum = Number(multiplicity.minimum ?? 0);
    const maximum = Number(multiplicity.maximum ?? 1);
    if (minimum < 0 || maximum < minimum || maximum < 1) {
      problems.push(problemAt(model, participant, 'participant-multiplicity', `Participant ${label(participant)} has multiplicity ${minimum}..${maximum}: the minimum must not be negative and the maximum must be at least 1 and not below the minimum.`));
    }
  }
  for (const process of model.ofType('bpmn:Process')) {
    if (process.processType === 'Public' && process.isExecutable === true) {
      problems.push(problemAt(model, process, 'public-process-executable', `Process ${label(process)} is public (processType="Public") and marked executable: a public process cannot be executed.`));
    }
  }
  for (const activity of model.ofType('bpmn:ChoreographyActivity')) {
    const level = model.container(activity);
    if (level && !level.$instanceOf('bpmn:Choreography') && !level.$instanceOf('bpmn:SubChoreography')) {
      problems.push(problemAt(model, activity, 'choreography-activity-placement', `${kind(activity)} ${label(activity)} is inside ${kind(level)} ${label(level)}: choreography activities belong only in choreographies.`));
    }
  }
  for (const collaboration of model.ofType('bpmn:Collaboration')) {
    const references = (collaboration.choreographyRef ?? []).filter(isElement);
    if (references.length && (collaboration.$instanceOf('bpmn:Choreography') || collaboration.$instanceOf('bpmn:GlobalConversation'))) {
      problems.push(problemAt(model, collaboration, 'choreography-reference', `${kind(collaboration)} ${label(collaboration)} references choreography ${label(references[0])}: a choreography or global conversation must not reference a choreography.`));
      continue;
    }
    for (const choreography of references) {
      if (!!choreography.isClosed !== !!collaboration.isClosed) {
        problems.push(problemAt(model, collaboration, 'choreography-reference', `Collaboration ${label(collaboration)} (isClosed=${!!collaboration.isClosed}) references choreography ${label(choreography)} (isClosed=${!!choreography.isClosed}): both must agree.`));
      }
    }
  }
  return problems;
};
