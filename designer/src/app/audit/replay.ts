import type { HistoryRecord } from '../api/models';
import type { DiagramMarkers } from '../shared/diagram-viewer.component';

/** The diagram's state after applying records 0..step of an instance's history. */
export interface ReplayState {
  active: Set<string>;
  completed: Set<string>;
  terminated: Set<string>;
  incidents: Set<string>;
  taken: Set<string>;
  current?: string;
}

/**
 * Replays records up to and including `step`: an element is active while one of its element
 * instances is activating/activated and not yet completed or terminated; flows are taken once a
 * SEQUENCE_FLOW_TAKEN names them (`value.flowId`).
 */
export function replay(records: HistoryRecord[], step: number): ReplayState {
  const live = new Map<string, string>(); // element instance key -> element id
  const completed = new Set<string>();
  const terminated = new Set<string>();
  const incidents = new Map<string, number>();
  const taken = new Set<string>();
  const last = Math.min(step, records.length - 1);
  for (let i = 0; i <= last; i++) {
    const record = records[i];
    const id = record.elementId;
    const instanceKey = record.key ?? record.elementInstanceKey ?? id ?? '';
    switch (record.intent) {
      case 'ELEMENT_ACTIVATING':
      case 'ELEMENT_ACTIVATED':
        if (id) live.set(instanceKey, id);
        break;
      case 'ELEMENT_COMPLETED':
        live.delete(instanceKey);
        if (id) completed.add(id);
        break;
      case 'ELEMENT_TERMINATED':
        live.delete(instanceKey);
        if (id) terminated.add(id);
        break;
      case 'SEQUENCE_FLOW_TAKEN': {
        const flowId = record.value?.['flowId'];
        if (typeof flowId === 'string') taken.add(flowId);
        break;
      }
      case 'INCIDENT_CREATED':
        if (id) incidents.set(id, (incidents.get(id) ?? 0) + 1);
        break;
      case 'INCIDENT_RESOLVED':
        if (id && incidents.has(id)) {
          const left = (incidents.get(id) ?? 1) - 1;
          if (left > 0) incidents.set(id, left);
          else incidents.delete(id);
        }
        break;
    }
  }
  const active = new Set(live.values());
  return {
    active,
    completed: new Set([...completed].filter((id) => !active.has(id))),
    terminated: new Set([...terminated].filter((id) => !active.has(id))),
    incidents: new Set(incidents.keys()),
    taken,
    current: last >= 0 ? (records[last].elementId ?? undefined) : undefined,
  };
}

/** The CSS markers of a replay state, for {@link DiagramMarkers}. */
export function replayMarkers(state: ReplayState): DiagramMarkers {
  const markers: DiagramMarkers = {};
  const add = (ids: Iterable<string>, marker: string) => {
    for (const id of ids) (markers[id] ??= []).push(marker);
  };
  add(state.completed, 'hito-completed');
  add(state.terminated, 'hito-terminated');
  add(state.active, 'hito-active');
  add(state.incidents, 'hito-incident');
  add(state.taken, 'hito-taken');
  if (state.current) add([state.current], 'hito-current');
  return markers;
}
