import type Modeler from 'bpmn-js/lib/Modeler';
import type { ProblemItem } from '../api/api-error';

interface Canvas {
  addMarker(id: string, marker: string): void;
  removeMarker(id: string, marker: string): void;
  scrollToElement(element: unknown): void;
}
interface Overlays {
  add(id: string, type: string, overlay: { position: Record<string, number>; html: HTMLElement }): string;
  remove(filter: { type: string }): void;
}
interface Registry {
  get(id: string): unknown;
}

const MARKER = 'hito-problem';
const OVERLAY = 'hito-problem';

/** Marks the elements a rejected deployment names: a red outline and a badge with the count. */
export class ProblemMarkers {
  private marked: string[] = [];

  constructor(private readonly modeler: Modeler) {}

  show(problems: ProblemItem[]): void {
    this.clear();
    const canvas = this.modeler.get<Canvas>('canvas');
    const overlays = this.modeler.get<Overlays>('overlays');
    const counts = new Map<string, number>();
    for (const problem of problems) {
      if (problem.elementId && this.exists(problem.elementId)) {
        counts.set(problem.elementId, (counts.get(problem.elementId) ?? 0) + 1);
      }
    }
    for (const [id, count] of counts) {
      canvas.addMarker(id, MARKER);
      const badge = document.createElement('span');
      badge.className = 'hito-problem-badge';
      badge.textContent = String(count);
      badge.setAttribute('aria-hidden', 'true');
      overlays.add(id, OVERLAY, { position: { top: -10, right: 10 }, html: badge });
      this.marked.push(id);
    }
  }

  clear(): void {
    const canvas = this.modeler.get<Canvas>('canvas');
    for (const id of this.marked) if (this.exists(id)) canvas.removeMarker(id, MARKER);
    this.modeler.get<Overlays>('overlays').remove({ type: OVERLAY });
    this.marked = [];
  }

  /** Selects the element of a problem and scrolls it into view; false when it is not on the canvas. */
  select(elementId: string | undefined): boolean {
    if (!elementId || !this.exists(elementId)) return false;
    const element = this.modeler.get<Registry>('elementRegistry').get(elementId);
    this.modeler.get<{ select(element: unknown): void }>('selection').select(element);
    this.modeler.get<Canvas>('canvas').scrollToElement(element);
    return true;
  }

  private exists(id: string): boolean {
    return !!this.modeler.get<Registry>('elementRegistry').get(id);
  }
}
