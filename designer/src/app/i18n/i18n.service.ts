import { Injectable, signal } from '@angular/core';
import { type Language, MESSAGES, type MessageKey } from './messages';

const STORAGE_KEY = 'hito.language';

/** The interface language (Spanish by default, remembered per browser) and message lookup. */
@Injectable({ providedIn: 'root' })
export class I18nService {
  readonly language = signal<Language>(this.initialLanguage());

  t(key: MessageKey, params: Record<string, string> = {}): string {
    const text: string = MESSAGES[this.language()][key];
    return text.replace(/\{(\w+)\}/g, (_, name: string) => params[name] ?? `{${name}}`);
  }

  toggle(): void {
    const next: Language = this.language() === 'es' ? 'en' : 'es';
    this.language.set(next);
    localStorage.setItem(STORAGE_KEY, next);
    document.documentElement.lang = next;
  }

  private initialLanguage(): Language {
    const stored = localStorage.getItem(STORAGE_KEY);
    return stored === 'en' || stored === 'es' ? stored : 'es';
  }
}
