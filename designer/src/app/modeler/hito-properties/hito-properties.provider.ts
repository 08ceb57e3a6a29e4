import type { Element } from 'bpmn-js/lib/model/Types';
import { is } from 'bpmn-js/lib/util/ModelUtil';
import type { Injector } from 'didi';
import { type EntryContext, type HitoTranslate, textEntry, validatePriority, validateRetries } from './hito-entries';
import { hostOf, type ModdleObject } from './hito-extension';

interface Group {
  id: string;
  label: string;
  entries: Record<string, unknown>[];
}

const LIST = 'hito.list.description' as const;
const DATE = 'hito.schedule.date.description' as const;

/**
 * Adds a "Hito" group, right after "General", with the `hito:` extension attributes that fit the
 * selected element: assignment, schedule and form on user tasks; form on start events; job type on
 * service and send tasks and message throw events; correlation key on the message of a catch.
 */
export class HitoPropertiesProvider {
  static $inject = ['propertiesPanel', 'injector', 'hitoTranslate'];

  constructor(
    propertiesPanel: { registerProvider(priority: number, provider: unknown): void },
    private readonly injector: Injector,
    private readonly t: HitoTranslate,
  ) {
    propertiesPanel.registerProvider(500, this);
  }

  getGroups(element: Element): (groups: Group[]) => Group[] {
    return (groups) => {
      const entries = this.entries(element);
      if (entries.length === 0) return groups;
      const hito: Group = { id: 'hito', label: this.t('hito.group'), entries };
      const general = groups.findIndex((group) => group.id === 'general');
      groups.splice(general + 1, 0, hito);
      return groups;
    };
  }

  private entries(element: Element): Record<string, unknown>[] {
    const context: EntryContext = {
      element,
      t: this.t,
      bpmnFactory: this.injector.get('bpmnFactory'),
      commandStack: this.injector.get('commandStack'),
      debounce: this.injector.get('debounceInput'),
    };
    const entries: Record<string, unknown>[] = [];
    if (is(element, 'bpmn:UserTask')) {
      entries.push(
        textEntry(context, { type: 'hito:Assignment', name: 'candidateInstitutions', label: 'hito.assignment.candidateInstitutions', description: LIST }),
        textEntry(context, { type: 'hito:Assignment', name: 'candidateRoles', label: 'hito.assignment.candidateRoles', description: LIST }),
        textEntry(context, { type: 'hito:Assignment', name: 'candidatePeople', label: 'hito.assignment.candidatePeople', description: LIST }),
        textEntry(context, { type: 'hito:Assignment', name: 'assignee', label: 'hito.assignment.assignee' }),
        textEntry(context, { type: 'hito:Assignment', name: 'priority', label: 'hito.assignment.priority', validate: validatePriority }),
        textEntry(context, { type: 'hito:Schedule', name: 'dueDate', label: 'hito.schedule.dueDate', description: DATE }),
        textEntry(context, { type: 'hito:Schedule', name: 'followUpDate', label: 'hito.schedule.followUpDate', description: DATE }),
        textEntry(context, {
          type: 'hito:Schedule',
          name: 'calendar',
          label: 'hito.schedule.calendar',
          description: 'hito.schedule.calendar.description',
        }),
      );
    }
    if (is(element, 'bpmn:UserTask') || is(element, 'bpmn:StartEvent')) {
      entries.push(textEntry(context, { type: 'hito:Form', name: 'formId', label: 'hito.form.formId', description: 'hito.form.description' }));
    }
    if (runsAJob(element)) {
      entries.push(
        textEntry(context, {
          type: 'hito:TaskDefinition',
          name: 'type',
          label: 'hito.taskDefinition.type',
          description: 'hito.taskDefinition.type.description',
        }),
        textEntry(context, { type: 'hito:TaskDefinition', name: 'retries', label: 'hito.taskDefinition.retries', validate: validateRetries }),
      );
    }
    if (!runsAJob(element) && hostOf(element, 'hito:Subscription')) {
      entries.push(
        textEntry(context, {
          type: 'hito:Subscription',
          name: 'correlationKey',
          label: 'hito.subscription.correlationKey',
          description: 'hito.subscription.description',
        }),
      );
    }
    return entries;
  }
}

/** Service and send tasks, and message throw or end events, hand work to a job worker. */
function runsAJob(element: Element): boolean {
  if (is(element, 'bpmn:ServiceTask') || is(element, 'bpmn:SendTask')) return true;
  if (!is(element, 'bpmn:IntermediateThrowEvent') && !is(element, 'bpmn:EndEvent')) return false;
  const definitions = ((element as { businessObject: ModdleObject }).businessObject.get('eventDefinitions') as ModdleObject[]) ?? [];
  return definitions.some((definition) => is(definition, 'bpmn:MessageEventDefinition'));
}
