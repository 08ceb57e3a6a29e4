const KEY = 'hito.designer.draft';

/** The diagram being edited, kept in sessionStorage so signing in or reloading loses nothing. */
export class DraftStore {
  load(): { xml: string; name: string } | null {
    try {
      const draft = JSON.parse(sessionStorage.getItem(KEY) ?? 'null') as { xml?: unknown; name?: unknown } | null;
      return typeof draft?.xml === 'string' && typeof draft.name === 'string' ? { xml: draft.xml, name: draft.name } : null;
    } catch {
      return null;
    }
  }

  save(draft: { xml: string; name: string }): void {
    sessionStorage.setItem(KEY, JSON.stringify(draft));
  }

  clear(): void {
    sessionStorage.removeItem(KEY);
  }
}
